import { z } from "zod";
import { ROLES } from "@/lib/core/domain";
import { emailField, enumField, nameField, passwordField, plainText, timeZoneField } from "@/lib/core/validation";
import { COMMON_PASSWORD_MESSAGE, EMAIL_PASSWORD_MESSAGE, isCommonPassword, isEmailPassword } from "./password-policy";

/**
 * Request schemas of the account endpoints. The profile's live in profile-schema.ts because the settings form
 * imports it in the browser, and this module carries the common-password list, which stays on the server.
 */
export { ATHLETE_ONLY_FIELDS, type ProfileUpdateInput, profileUpdateInput } from "./profile-schema";

/** A new account's password: long enough, not a common one, not the e-mail address (password-policy.ts). */
export const newPasswordField = passwordField.refine(
  (password) => !isCommonPassword(password),
  COMMON_PASSWORD_MESSAGE,
);

export const registerInput = z
  .object({
    email: emailField,
    password: newPasswordField,
    name: nameField,
    role: enumField(ROLES),
    timezone: timeZoneField.optional(),
  })
  .refine((input) => !isEmailPassword(input.password, input.email), {
    message: EMAIL_PASSWORD_MESSAGE,
    path: ["password"],
  });
export type RegisterInput = z.infer<typeof registerInput>;

export const signInInput = z.object({
  email: emailField,
  password: z.string({ error: "is required" }).min(1, "is required").max(200, "must be at most 200 characters"),
});

/** What an API token is called in Settings, so that its owner knows which program holds it. */
export const tokenNameField = plainText("single-line")
  .min(1, "must not be empty")
  .max(60, "must be at most 60 characters");

export const tokenRequestInput = signInInput.extend({
  token_name: tokenNameField.optional(),
});

/** `POST /api/v1/me/tokens`: a new token for the signed-in user, by name. */
export const createTokenInput = z.object({ name: tokenNameField });
