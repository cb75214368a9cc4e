import { env } from "@/lib/env";
import { getKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";
import { logger } from "@/lib/logger";
import { withTimeout } from "@/lib/timeout";
import { cachePatterns } from "./keys";
import { countCacheResult } from "./stats";

export { CACHE_TTL_SECONDS, cacheKeys } from "./keys";

/**
 * Read-through caching over the KV store. Every KV call has a short timeout (KV_TIMEOUT_MS): when the store is down
 * or slow the loader answers from the database, so a request never fails or waits because of the cache.
 */
export async function cached<T>(
  key: string,
  ttlSeconds: number,
  loader: () => Promise<T>,
  kv: KvStore = getKv(),
): Promise<T> {
  const timeout = env().KV_TIMEOUT_MS;
  try {
    const hit = await withTimeout(kv.get<{ value: T }>(key), timeout, "kv");
    if (hit !== null) {
      countCacheResult("hit", kv);
      return hit.value;
    }
  } catch (error) {
    logger().warn({ key, err: (error as Error).message }, "cache read skipped: kv unavailable");
    return loader();
  }
  countCacheResult("miss", kv);
  const value = await loader();
  // Wrapped, so that a loader that legitimately returns null is cached too.
  await withTimeout(kv.set(key, { value }, { ttlSeconds }), timeout, "kv").catch((error: Error) => {
    logger().warn({ key, err: error.message }, "cache write skipped: kv unavailable");
  });
  return value;
}

async function clear(patterns: string[], kv: KvStore): Promise<void> {
  const timeout = env().KV_TIMEOUT_MS;
  await Promise.all(
    patterns.map((pattern) =>
      withTimeout(kv.deleteByPattern(pattern), timeout * 4, "kv").catch((error: Error) => {
        // Entries written before the outage expire by their TTL; the log says which athlete to watch.
        logger().error({ pattern, err: error.message }, "cache invalidation failed: kv unavailable");
      }),
    ),
  );
}

/** The invalidations of PRODUCT.md section 5: call the one that matches a write, after it commits. */
export const invalidate = {
  /** A new, edited or deleted training session. */
  sessionWritten: (userId: string, kv: KvStore = getKv()) =>
    clear([cachePatterns.recommendedDrills(userId), cachePatterns.progressAnalytics(userId)], kv),
  /** A new, edited or deleted progress metric. */
  metricWritten: (userId: string, kv: KvStore = getKv()) => clear([cachePatterns.progressAnalytics(userId)], kv),
  /** A new or changed injury changes which drills are safe to recommend. */
  injuryChanged: (userId: string, kv: KvStore = getKv()) => clear([cachePatterns.recommendedDrills(userId)], kv),
  /** Goal progress updates and new goals change the athlete's achievements. */
  goalsChanged: (userId: string, kv: KvStore = getKv()) => clear([cachePatterns.achievements(userId)], kv),
  /** Any change to the mental exercises (the seed's upsert). */
  mentalExercisesChanged: (kv: KvStore = getKv()) => clear([cachePatterns.mentalExercises()], kv),
};
