import { describe, expect, it } from "vitest";
import { signInErrorMessage, waitInWords } from "./sign-in-errors";

describe("signInErrorMessage", () => {
  it("says nothing when no sign-in was refused", () => {
    expect(signInErrorMessage({})).toBeUndefined();
  });

  it("names the provider that has not verified the address", () => {
    expect(signInErrorMessage({ error: "EmailNotVerified", provider: "github" })).toMatch(
      /^GitHub has not verified the e-mail address/,
    );
    expect(signInErrorMessage({ error: "EmailNotVerified", provider: "somewhere" })).toMatch(/^GitHub or Google/);
  });

  it.each([
    [{ error: "CredentialsSignin", code: "credentials" }, "That e-mail address and password do not match an account."],
    [{ error: "CredentialsSignin", code: "rate_limited" }, "Too many sign-in attempts for this account."],
    [{ error: "OAuthAccountNotLinked" }, "An Aria account already uses this e-mail address."],
    [{ error: "OAuthCallbackError", provider: "google" }, "Google did not finish signing you in."],
    [{ error: "AccessDenied" }, "That sign-in was refused."],
    [{ error: "MissingCSRF" }, "The sign-in form had expired."],
    [{ error: "Configuration" }, "Sign-in is not working on our side right now."],
    [{ error: "<script>alert(1)</script>" }, "Signing in did not work this time."],
  ])("words %o as a sentence", (params, start) => {
    expect(signInErrorMessage(params)).toMatch(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  });
});

describe("waitInWords", () => {
  it.each([
    [1, "1 second"],
    [0.2, "1 second"],
    [42, "42 seconds"],
    [60, "1 minute"],
    [61, "2 minutes"],
    [900, "15 minutes"],
  ])("%s s is %s", (seconds, words) => {
    expect(waitInWords(seconds)).toBe(words);
  });
});
