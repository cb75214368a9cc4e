import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import { withTimeout } from "@/lib/core/timeout";
import { getKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";
import { cacheScopes, generationKey, scopeOf } from "./keys";
import { countCacheResult } from "./stats";

export { CACHE_TTL_SECONDS, cacheKeys } from "./keys";

/**
 * Read-through caching over the KV store (PRODUCT.md section 5).
 *
 * Never stale: each entry records the generation of its scope (one read family of one athlete) read *before* its
 * loader ran, and invalidating a scope increments that generation. An entry from an older generation is a miss —
 * including one a slow loader stores after a write has already invalidated it. Invalidation is one increment per
 * scope, never a scan of the store.
 *
 * Never a failure: every KV call has a short timeout (KV_TIMEOUT_MS); when the store is down or slow the loader
 * answers from the database.
 */

interface Entry<T> {
  value: T;
  generation: number;
}

async function currentGeneration(kv: KvStore, key: string, timeout: number): Promise<number> {
  return (await withTimeout(kv.get<number>(generationKey(scopeOf(key))), timeout, "kv")) ?? 0;
}

/** Stores a value as `cached()` reads it, under the generation read before the value was loaded. */
export async function storeEntry(kv: KvStore, key: string, value: unknown, ttlSeconds: number, generation: number) {
  await withTimeout(kv.set(key, { value, generation }, { ttlSeconds }), env().KV_TIMEOUT_MS, "kv");
}

export async function readGeneration(kv: KvStore, key: string): Promise<number> {
  return currentGeneration(kv, key, env().KV_TIMEOUT_MS);
}

export async function cached<T>(
  key: string,
  ttlSeconds: number,
  loader: () => Promise<T>,
  kv: KvStore = getKv(),
): Promise<T> {
  const timeout = env().KV_TIMEOUT_MS;
  let generation: number;
  try {
    const [entry, current] = await Promise.all([
      withTimeout(kv.get<Entry<T>>(key), timeout, "kv"),
      currentGeneration(kv, key, timeout),
    ]);
    generation = current;
    if (entry !== null && entry.generation === current) {
      countCacheResult("hit", kv);
      return entry.value;
    }
  } catch (error) {
    logger().warn({ key, err: (error as Error).message }, "cache read skipped: kv unavailable");
    return loader();
  }
  countCacheResult("miss", kv);
  const value = await loader();
  await storeEntry(kv, key, value, ttlSeconds, generation).catch((error: Error) => {
    logger().warn({ key, err: error.message }, "cache write skipped: kv unavailable");
  });
  return value;
}

async function bump(scopes: string[], kv: KvStore): Promise<void> {
  const timeout = env().KV_TIMEOUT_MS;
  await Promise.all(
    scopes.map((scope) =>
      withTimeout(kv.increment(generationKey(scope)), timeout, "kv").catch((error: Error) => {
        // Entries written before the outage expire by their TTL; the log says which scope to watch.
        logger().error({ scope, err: error.message }, "cache invalidation failed: kv unavailable");
      }),
    ),
  );
}

/** The invalidations of PRODUCT.md section 5: call the one that matches a write, after it commits. */
export const invalidate = {
  /** A new, edited or deleted training session. */
  sessionWritten: (userId: string, kv: KvStore = getKv()) =>
    bump([cacheScopes.recommendedDrills(userId), cacheScopes.progressAnalytics(userId)], kv),
  /** A new, edited or deleted progress metric. */
  metricWritten: (userId: string, kv: KvStore = getKv()) => bump([cacheScopes.progressAnalytics(userId)], kv),
  /** A new or changed injury changes which drills are safe to recommend. */
  injuryChanged: (userId: string, kv: KvStore = getKv()) => bump([cacheScopes.recommendedDrills(userId)], kv),
  /** Goal progress updates and new goals change the athlete's achievements. */
  goalsChanged: (userId: string, kv: KvStore = getKv()) => bump([cacheScopes.achievements(userId)], kv),
  /** A new or deleted sprint profile. */
  sprintProfilesWritten: (userId: string, kv: KvStore = getKv()) => bump([cacheScopes.sprintProfiles(userId)], kv),
  /** Any change to the mental exercises (the seed's upsert). */
  mentalExercisesChanged: (kv: KvStore = getKv()) => bump([cacheScopes.mentalExercises()], kv),
};
