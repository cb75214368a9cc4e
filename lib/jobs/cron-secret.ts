import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";

/**
 * The secret Vercel Cron sends as `Authorization: Bearer $CRON_SECRET`. Production without one refuses every call;
 * development generates one, keeps it in .data/cron-secret (so `npm run cron` can read it) and prints it once.
 */

export const CRON_SECRET_FILE = path.resolve(".data", "cron-secret");
const holder = globalThis as unknown as { __ariaCronSecret?: string | null };

export function cronSecret(): string | null {
  if (holder.__ariaCronSecret !== undefined) return holder.__ariaCronSecret;
  const e = env();
  if (e.CRON_SECRET) holder.__ariaCronSecret = e.CRON_SECRET;
  else if (e.NODE_ENV === "production") holder.__ariaCronSecret = null;
  else holder.__ariaCronSecret = developmentSecret();
  return holder.__ariaCronSecret;
}

function developmentSecret(): string {
  try {
    const existing = readFileSync(CRON_SECRET_FILE, "utf8").trim();
    if (existing) return existing;
  } catch {
    // Not created yet.
  }
  const secret = randomBytes(24).toString("base64url");
  mkdirSync(path.dirname(CRON_SECRET_FILE), { recursive: true });
  writeFileSync(CRON_SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  logger().info({ file: CRON_SECRET_FILE }, `development cron secret created: ${secret}`);
  return secret;
}

const digest = (value: string) => createHash("sha256").update(value).digest();

/** Constant-time check of the bearer secret (digests first, so lengths never leak either). */
export function isCronRequest(request: Request, secret = cronSecret()): boolean {
  if (!secret) return false;
  const header = request.headers.get("authorization") ?? "";
  const presented = header.startsWith("Bearer ") ? header.slice("Bearer ".length) : "";
  return timingSafeEqual(digest(presented), digest(secret));
}
