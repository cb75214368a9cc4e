import { randomUUID } from "node:crypto";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import { withTimeout } from "@/lib/core/timeout";
import type { KvStore } from "@/lib/kv/types";

/**
 * A KV lock per task, so that when Vercel delivers a cron twice, or starts a run while the last is going, only one
 * does the work. Returns a release function, or null when another run holds the lock. Without the KV the run goes
 * ahead: a duplicate run costs time, never duplicate rows (every write lands on a unique key).
 */
export async function acquireJobLock(
  kv: KvStore,
  task: string,
  ttlSeconds: number,
): Promise<(() => Promise<void>) | null> {
  const key = `job:lock:${task}`;
  const token = randomUUID();
  try {
    if (!(await withTimeout(kv.setIfAbsent(key, token, ttlSeconds), env().KV_TIMEOUT_MS, "kv"))) return null;
  } catch (error) {
    logger().warn({ key, err: (error as Error).message }, "job lock unavailable: running without it");
  }
  return async () => {
    try {
      if ((await withTimeout(kv.get<string>(key), env().KV_TIMEOUT_MS, "kv")) === token) await kv.delete(key);
    } catch {
      // The lock's TTL frees it.
    }
  };
}
