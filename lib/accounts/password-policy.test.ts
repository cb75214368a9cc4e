import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_MESSAGE, EMAIL_PASSWORD_MESSAGE, isCommonPassword, isEmailPassword } from "./password-policy";
import { registerInput } from "./schemas";

const registration = (password: string, email = "ada.sprinter@test.example") => ({
  email,
  password,
  name: "Ada",
  role: "athlete",
});

const passwordError = (input: unknown) => {
  const result = registerInput.safeParse(input);
  return result.success ? undefined : result.error.issues.find((issue) => issue.path[0] === "password")?.message;
};

describe("password policy", () => {
  it.each(["password", "12345678", "qwertyuiop", "PassWord1", "iloveyou", "football"])(
    "finds %s on the common-password list, whatever its case",
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it.each(["correct-horse-42", "sprint-demo-2026", "fast-start-2026", "hurdles and blocks at dawn"])(
    "lets %s through",
    (password) => {
      expect(isCommonPassword(password)).toBe(false);
    },
  );

  it("refuses the e-mail address and the part before its @, whatever the case", () => {
    expect(isEmailPassword("Ada.Sprinter@Test.Example", "ada.sprinter@test.example")).toBe(true);
    expect(isEmailPassword("ada.sprinter", "ada.sprinter@test.example")).toBe(true);
    expect(isEmailPassword("ada.sprinter2", "ada.sprinter@test.example")).toBe(false);
  });
});

describe("the registration schema", () => {
  it.each(["password", "12345678"])("refuses %s, naming the password field", (password) => {
    expect(passwordError(registration(password))).toBe(COMMON_PASSWORD_MESSAGE);
  });

  it("refuses the account's own e-mail address as its password", () => {
    expect(passwordError(registration("ada.sprinter@test.example"))).toBe(EMAIL_PASSWORD_MESSAGE);
    expect(passwordError(registration("ada.sprinter"))).toBe(EMAIL_PASSWORD_MESSAGE);
  });

  it("says a short password is short before anything else", () => {
    expect(passwordError(registration("1234"))).toBe("must be at least 8 characters");
  });

  it("accepts an uncommon password", () => {
    expect(registerInput.safeParse(registration("correct-horse-42")).success).toBe(true);
  });
});
