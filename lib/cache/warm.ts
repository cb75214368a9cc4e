import type { Database } from "@/db/client";
import { mentalExercises } from "@/db/schema";
import { logger } from "@/lib/core/logger";
import { getKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";
import { readGeneration, storeEntry } from "./index";
import { CACHE_TTL_SECONDS, cacheKeys } from "./keys";

/**
 * Cache warming after the scheduled analyses (PRODUCT.md section 5): the analyses have just changed what the hot
 * reads would answer, so each hot key is loaded again and overwritten, and the next dashboard visit is a hit.
 */

/** The parameters of the reads that the dashboard and the API ask for when none are given. */
export const WARM_DEFAULTS = {
  drillsLimit: 10,
  progressType: "all",
  progressDays: 365,
  achievementsDays: 365,
  /** The mental exercise list of every type; each type's own list is warmed too. */
  mentalType: "all",
} as const;

/**
 * The loaders the cached routes wrap in `cached()`, injected so that this module depends on no service. Each must
 * be the very function its route caches, called with the key's parameters, or a warmed key would hold a value the
 * route would never have stored. A type of "all" means every type, as in the key.
 */
export interface WarmLoaders {
  recommendedDrillsFor(db: Database, userId: string, limit: number): Promise<unknown>;
  progressAnalytics(db: Database, userId: string, type: string, days: number): Promise<unknown>;
  achievementsFor(db: Database, userId: string, days: number): Promise<unknown>;
  listMentalExercises(db: Database, type: string): Promise<unknown>;
}

export interface WarmResult {
  /** Keys the run meant to write. */
  keys: number;
  warmed: number;
  /** Keys not written: the loader failed, the KV write failed, or the run stopped after the KV went away. */
  failed: number;
  /** True when the run stopped early because the KV store kept failing. */
  kvUnavailable: boolean;
}

interface WarmOptions {
  kv?: KvStore;
  /** Keys loaded at once: enough to overlap the database's round trips, few enough not to crowd out requests. */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 8;
/** After this many KV writes in a row fail the store is taken as down and the rest of the run is skipped. */
const KV_FAILURES_BEFORE_STOPPING = 3;

interface WarmTask {
  key: string;
  ttlSeconds: number;
  load: () => Promise<unknown>;
}

function tasksFor(db: Database, userIds: string[], types: string[], loaders: WarmLoaders): WarmTask[] {
  const d = WARM_DEFAULTS;
  const perAthlete = userIds.flatMap((userId): WarmTask[] => [
    {
      key: cacheKeys.recommendedDrills(userId, d.drillsLimit),
      ttlSeconds: CACHE_TTL_SECONDS.recommendedDrills,
      load: () => loaders.recommendedDrillsFor(db, userId, d.drillsLimit),
    },
    {
      key: cacheKeys.progressAnalytics(userId, d.progressType, d.progressDays),
      ttlSeconds: CACHE_TTL_SECONDS.progressAnalytics,
      load: () => loaders.progressAnalytics(db, userId, d.progressType, d.progressDays),
    },
    {
      key: cacheKeys.achievements(userId, d.achievementsDays),
      ttlSeconds: CACHE_TTL_SECONDS.achievements,
      load: () => loaders.achievementsFor(db, userId, d.achievementsDays),
    },
  ]);
  const mental = [d.mentalType, ...types].map(
    (type): WarmTask => ({
      key: cacheKeys.mentalExercises(type),
      ttlSeconds: CACHE_TTL_SECONDS.mentalExercises,
      load: () => loaders.listMentalExercises(db, type),
    }),
  );
  return [...mental, ...perAthlete];
}

/** Fills the hot keys for these athletes and the mental exercise lists. Never throws; failures are counted and logged. */
export async function warmCache(
  db: Database,
  userIds: string[],
  loaders: WarmLoaders,
  options: WarmOptions = {},
): Promise<WarmResult> {
  const kv = options.kv ?? getKv();
  let types: string[] = [];
  try {
    const rows = await db.selectDistinct({ type: mentalExercises.type }).from(mentalExercises);
    types = rows.map((row) => row.type).sort();
  } catch (error) {
    logger().warn({ err: (error as Error).message }, "cache warming: mental exercise types unavailable");
  }
  const tasks = tasksFor(db, [...new Set(userIds)], types, loaders);
  const result: WarmResult = { keys: tasks.length, warmed: 0, failed: 0, kvUnavailable: false };
  let kvFailuresInARow = 0;

  async function warm(task: WarmTask): Promise<void> {
    if (result.kvUnavailable) {
      result.failed++;
      return;
    }
    let value: unknown;
    let generation: number;
    try {
      // Read before loading, as cached() does, so that a write during the load leaves this entry a miss.
      generation = await readGeneration(kv, task.key);
    } catch (error) {
      result.failed++;
      kvFailuresInARow++;
      if (kvFailuresInARow >= KV_FAILURES_BEFORE_STOPPING) result.kvUnavailable = true;
      logger().warn({ key: task.key, err: (error as Error).message }, "cache warming: kv unavailable");
      return;
    }
    try {
      value = await task.load();
    } catch (error) {
      result.failed++;
      logger().warn({ key: task.key, err: (error as Error).message }, "cache warming: loader failed");
      return;
    }
    try {
      await storeEntry(kv, task.key, value, task.ttlSeconds, generation);
      result.warmed++;
      kvFailuresInARow = 0;
    } catch (error) {
      result.failed++;
      kvFailuresInARow++;
      if (kvFailuresInARow >= KV_FAILURES_BEFORE_STOPPING && !result.kvUnavailable) {
        result.kvUnavailable = true;
        logger().error({ err: (error as Error).message }, "cache warming stopped: kv unavailable");
      }
    }
  }

  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await warm(tasks[next++]!);
  };
  const width = Math.max(1, Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, tasks.length));
  await Promise.all(Array.from({ length: width }, worker));
  logger().info(result, "cache warmed");
  return result;
}
