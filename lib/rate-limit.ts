import { env } from "@/lib/core/env";
import { errors } from "@/lib/core/errors";
import { logger } from "@/lib/core/logger";
import { withTimeout } from "@/lib/core/timeout";
import { getKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";

/** Every abuse limit in one table: fixed windows counted in the KV store. */
export const RATE_LIMITS = {
  signIn: { limit: 10, windowSeconds: 15 * 60 },
  register: { limit: 5, windowSeconds: 60 * 60 },
  token: { limit: 10, windowSeconds: 15 * 60 },
  chat: { limit: 20, windowSeconds: 60 },
} as const;

type RateLimitPolicy = keyof typeof RATE_LIMITS;

interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/**
 * Counts one attempt. When the KV store is down or slow the attempt is allowed: a limit is a guard against abuse,
 * and refusing every sign-in because the cache is unreachable would be worse.
 */
export async function consumeRateLimit(
  policy: RateLimitPolicy,
  identity: string,
  kv: KvStore = getKv(),
): Promise<RateLimitResult> {
  const { limit, windowSeconds } = RATE_LIMITS[policy];
  const key = `ratelimit:${policy}:${identity.toLowerCase()}`;
  try {
    const timeout = env().KV_TIMEOUT_MS;
    const count = await withTimeout(kv.increment(key, windowSeconds), timeout, "kv");
    if (count <= limit) return { allowed: true, remaining: limit - count, retryAfterSeconds: 0 };
    const ttl = await withTimeout(kv.ttl(key), timeout, "kv");
    return { allowed: false, remaining: 0, retryAfterSeconds: ttl > 0 ? ttl : windowSeconds };
  } catch (error) {
    logger().warn({ policy, err: (error as Error).message }, "rate limit skipped: kv unavailable");
    return { allowed: true, remaining: limit, retryAfterSeconds: 0 };
  }
}

/** Throws a 429 `rate_limited` error with Retry-After when the identity is over its limit. */
export async function enforceRateLimit(policy: RateLimitPolicy, identity: string, kv?: KvStore): Promise<void> {
  const result = await consumeRateLimit(policy, identity, kv);
  if (!result.allowed) throw errors.rateLimited(result.retryAfterSeconds);
}

/** The client's address as the platform reports it (Vercel and most proxies set x-forwarded-for). */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
