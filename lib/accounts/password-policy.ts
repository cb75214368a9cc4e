import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * What a new password must not be, beyond its length (lib/core/validation.ts): one of the passwords attackers try
 * first, or the account's own e-mail address. The list is zxcvbn-ts's common-password dictionary (MIT, about
 * 49,000 entries from leaked-password corpora, lower case), kept up to date by that project's releases.
 * NIST SP 800-63B §3.1.1.2: compare new passwords against commonly used and compromised values.
 */

export const COMMON_PASSWORD_MESSAGE = "is one of the most common passwords, which are guessed first: choose another";
export const EMAIL_PASSWORD_MESSAGE = "must not be your e-mail address";

let common: Set<string> | undefined;

/** Whether the password is on the common-password list, whatever its case. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"]);
  return common.has(password.toLowerCase());
}

/** Whether the password is the e-mail address or the part before its @, whatever the case. */
export function isEmailPassword(password: string, email: string): boolean {
  const candidate = password.trim().toLowerCase();
  const address = email.trim().toLowerCase();
  return candidate === address || candidate === address.split("@")[0];
}
