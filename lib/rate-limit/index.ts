import { createHash } from "node:crypto";
import { errors } from "@/lib/core/errors";
import { logger } from "@/lib/core/logger";
import { getKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";
import { UNKNOWN_ADDRESS } from "./client-address";
import { type Counters, fallbackCounters, kvCounters } from "./counters";
import { ACCOUNT_BACKOFF, type AddressPolicy, backoffSeconds, RATE_LIMITS, type RateLimitPolicy } from "./policies";

export { clientAddress, UNKNOWN_ADDRESS } from "./client-address";
export { ACCOUNT_BACKOFF, backoffSeconds, RATE_LIMITS, type RateLimitPolicy } from "./policies";

/** Where the counters live: the KV store, and the in-process fallback for the limits that must hold without it. */
export interface LimitStores {
  kv?: KvStore;
  fallback?: Counters;
}

interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  retryAfterSeconds: number;
}

/** After the KV store fails, how long the limits go straight to their fallback before trying it again. */
const KV_RETRY_AFTER_MS = 5_000;
const kvDownUntil = new WeakMap<KvStore, number>();

/**
 * Runs `work` on the KV store; when the store fails, on the fallback, or not at all (null) for an "allow" policy.
 * A failed store is left alone for a few seconds, so that an outage costs each request one timeout at most.
 */
async function onCounters<T>(policy: RateLimitPolicy, stores: LimitStores, work: (c: Counters) => Promise<T>) {
  const kv = stores.kv ?? getKv();
  const { whenKvDown } = RATE_LIMITS[policy];
  const degraded = () => (whenKvDown === "fallback" ? work(stores.fallback ?? fallbackCounters()) : null);
  if ((kvDownUntil.get(kv) ?? 0) > Date.now()) return degraded();
  try {
    return await work(kvCounters(kv));
  } catch (error) {
    kvDownUntil.set(kv, Date.now() + KV_RETRY_AFTER_MS);
    const message = whenKvDown === "fallback" ? "rate limit counted in process" : "rate limit skipped";
    logger().warn({ policy, err: (error as Error).message }, `${message}: kv unavailable`);
    return degraded();
  }
}

async function fixedWindow(c: Counters, policy: RateLimitPolicy, identity: string): Promise<RateLimitResult> {
  const { limit, windowSeconds } = RATE_LIMITS[policy];
  const key = `ratelimit:${policy}:${identity.toLowerCase()}`;
  const count = await c.increment(key, windowSeconds);
  if (count <= limit) return { allowed: true, remaining: limit - count, retryAfterSeconds: 0 };
  return { allowed: false, remaining: 0, retryAfterSeconds: (await c.secondsLeft(key)) || windowSeconds };
}

/** Counts one attempt against a policy's window for an identity (a user id, an address). */
export async function consumeRateLimit(
  policy: RateLimitPolicy,
  identity: string,
  kv?: KvStore,
  fallback?: Counters,
): Promise<RateLimitResult> {
  const result = await onCounters(policy, { kv, fallback }, (c) => fixedWindow(c, policy, identity));
  return result ?? { allowed: true, remaining: RATE_LIMITS[policy].limit, retryAfterSeconds: 0 };
}

/** Throws a 429 `rate_limited` error with Retry-After when the identity is over its limit. */
export async function enforceRateLimit(policy: RateLimitPolicy, identity: string, kv?: KvStore): Promise<void> {
  const result = await consumeRateLimit(policy, identity, kv);
  if (!result.allowed) throw errors.rateLimited(result.retryAfterSeconds);
}

/** A per-address limit; an unknown address is skipped or shared as the policy says. Throws 429 when over. */
export async function enforceAddressLimit(
  policy: AddressPolicy,
  address: string,
  stores: LimitStores = {},
): Promise<void> {
  if (address === UNKNOWN_ADDRESS && RATE_LIMITS[policy].whenAddressUnknown === "skip") return;
  const result = await consumeRateLimit(policy, address, stores.kv, stores.fallback);
  if (!result.allowed) throw errors.rateLimited(result.retryAfterSeconds);
}

export type CredentialAttempt =
  | { allowed: false; retryAfterSeconds: number }
  | { allowed: true; retryAfterSeconds: 0; settle(succeeded: boolean): Promise<void> };

const FAILURES_KEY = "ratelimit:credential-failures";

/** Accounts are keyed by a digest, so that the KV store never holds e-mail addresses. */
function accountKeys(email: string) {
  const digest = createHash("sha256").update(email.trim().toLowerCase()).digest("base64url");
  return { attempts: `ratelimit:account:${digest}`, hold: `ratelimit:account-hold:${digest}` };
}

const refuse = (retryAfterSeconds: number): CredentialAttempt => ({
  allowed: false,
  retryAfterSeconds: Math.max(1, retryAfterSeconds),
});

/**
 * Admits one password check for an account, or refuses it with the seconds to wait. In order: the caller's
 * address (its policy's window), the deployment's budget of failures, then the account's back-off. The attempt is
 * counted against the account before the password is checked, so that parallel guesses count too; `settle(true)`
 * forgets the account's failures, `settle(false)` adds one to the deployment's budget.
 */
export async function beginCredentialAttempt(
  policy: "signIn" | "token",
  email: string,
  address: string,
  stores: LimitStores = {},
): Promise<CredentialAttempt> {
  const attempt = await onCounters(policy, stores, async (c): Promise<CredentialAttempt> => {
    if (address !== UNKNOWN_ADDRESS) {
      const byAddress = await fixedWindow(c, policy, address);
      if (!byAddress.allowed) return refuse(byAddress.retryAfterSeconds);
    }
    const budget = RATE_LIMITS.credentialFailures;
    if ((await c.count(FAILURES_KEY)) >= budget.limit) return refuse(await c.secondsLeft(FAILURES_KEY));

    const keys = accountKeys(email);
    const held = await c.secondsLeft(keys.hold);
    if (held > 0) return refuse(held);
    const n = await c.increment(keys.attempts, ACCOUNT_BACKOFF.memorySeconds);
    const delay = backoffSeconds(n);
    // Only one attempt per back-off interval gets through: taking the hold is atomic in every store.
    if (delay > 0 && !(await c.hold(keys.hold, delay))) return refuse(await c.secondsLeft(keys.hold));

    return {
      allowed: true,
      retryAfterSeconds: 0,
      async settle(succeeded) {
        try {
          if (succeeded) await c.clear(keys.attempts, keys.hold);
          else await c.increment(FAILURES_KEY, budget.windowSeconds);
        } catch (error) {
          // The attempt is already answered; a store that failed since only loses this one count.
          logger().warn({ policy, err: (error as Error).message }, "sign-in attempt not recorded: kv unavailable");
        }
      },
    };
  });
  // Both policies count in process while the KV is down, so an attempt is always decided.
  return attempt ?? refuse(RATE_LIMITS[policy].windowSeconds);
}
