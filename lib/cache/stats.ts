import { env } from "@/lib/core/env";
import { withTimeout } from "@/lib/core/timeout";
import { getKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";

/**
 * Hit and miss counters, kept in the KV store itself so that every server instance adds to the same figures.
 * Counting never delays or fails a request.
 */

const HITS = "cache:stats:hits";
const MISSES = "cache:stats:misses";

export function countCacheResult(result: "hit" | "miss", kv: KvStore = getKv()): void {
  withTimeout(kv.increment(result === "hit" ? HITS : MISSES), env().KV_TIMEOUT_MS, "kv").catch(() => undefined);
}

export async function cacheStats(kv: KvStore = getKv()) {
  const timeout = env().KV_TIMEOUT_MS;
  const [hits, misses] = await Promise.all([
    withTimeout(kv.get<number>(HITS), timeout, "kv"),
    withTimeout(kv.get<number>(MISSES), timeout, "kv"),
  ]);
  const total = (hits ?? 0) + (misses ?? 0);
  return {
    backend: kv.backend,
    hits: hits ?? 0,
    misses: misses ?? 0,
    hit_rate: total === 0 ? null : Math.round(((hits ?? 0) / total) * 10_000) / 10_000,
  };
}
