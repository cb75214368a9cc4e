import { createHash, randomBytes } from "node:crypto";

/**
 * Bearer secrets (API tokens, calendar feed links): 256 random bits after a prefix that says what the secret is for,
 * and the one hash a secret is stored and looked up by. Only the hash is ever stored; the secret is shown once.
 */

const SECRET_BYTES = 32;

export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(SECRET_BYTES).toString("base64url")}`;
}

/** SHA-256 as lower-case hex: a stored secret's hash, an idempotent request's fingerprint. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}
