import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/core/env";

/**
 * The Auth.js signing secret. Production must set AUTH_SECRET (the start stops with a clear message otherwise);
 * in development one is generated once and kept under .data/ so that a fresh clone just runs.
 */

const MISSING_SECRET_MESSAGE =
  "AUTH_SECRET is not set. In production Aria needs a stable secret to sign sessions: generate one with " +
  "`openssl rand -base64 32` and set it in the environment (on Vercel: Project → Settings → Environment Variables).";

const holder = globalThis as unknown as { __ariaAuthSecret?: string };

export function authSecret(): string {
  if (holder.__ariaAuthSecret) return holder.__ariaAuthSecret;
  const e = env();
  if (e.AUTH_SECRET) {
    holder.__ariaAuthSecret = e.AUTH_SECRET;
  } else if (e.NODE_ENV === "production") {
    throw new Error(MISSING_SECRET_MESSAGE);
  } else {
    holder.__ariaAuthSecret = developmentSecret(path.resolve(".data", "auth-secret"));
  }
  return holder.__ariaAuthSecret;
}

function developmentSecret(file: string): string {
  try {
    const existing = readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {
    // Not created yet.
  }
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
