import type { Database } from "@/db/client";
import { scheduleCheckIns } from "@/lib/analysis/check-ins";
import { addDays } from "@/lib/core/dates";
import { logger } from "@/lib/core/logger";
import { analyzeAthletes, type BatchAnalysis, type StoredPart, storeAnalyses } from "@/lib/insights/analyze";
import type { KvStore } from "@/lib/kv/types";
import { type Counters, kvCounters, MemoryCounters } from "@/lib/rate-limit/counters";
import { JOB_TASKS } from "./tasks";

/**
 * Without a cron (a plain `npm run dev` or `npm start`) nothing would schedule check-ins or refresh suggestions, so
 * an athlete opening the app runs the scheduled analyses' own analysis and store for themself (PRODUCT 8), at most
 * once an hour: the same rows, on the same unique keys, so that it never doubles what a scheduled run wrote, and a
 * due check-in reaches the notifications by the one path there is (`dueCheckIns` reads the stored check-ins).
 */

const ONCE_PER_SECONDS = 3_600;
/** After the KV store fails, how long the gate goes straight to this process's memory before trying it again. */
const KV_RETRY_AFTER_MS = 5_000;
/** A daily run plans each day's check-ins; an open catches up what came due in the last day (see `withCatchUp`). */
const CATCH_UP_MS = 86_400_000;

const PARTS: ReadonlySet<StoredPart> = new Set([...JOB_TASKS.suggestions.parts, ...JOB_TASKS["check-ins"].parts]);

const kvDownUntil = new WeakMap<KvStore, number>();
// On globalThis so that Next's hot reloads in development keep one gate, not one per reload.
const holder = globalThis as unknown as { __ariaOnOpenFallback?: MemoryCounters };

type OnOpenOutcome = "ran" | "recent" | "failed";

/**
 * Takes the athlete's hourly slot: in the KV store, so that every server instance shares it; while the store is down,
 * in this process's memory, so that an outage never turns every page view into an analysis.
 */
async function takeHourlySlot(kv: KvStore, userId: string, fallback?: Counters): Promise<boolean> {
  const key = `on-open:${userId}`;
  if ((kvDownUntil.get(kv) ?? 0) <= Date.now()) {
    try {
      return await kvCounters(kv).hold(key, ONCE_PER_SECONDS);
    } catch (error) {
      kvDownUntil.set(kv, Date.now() + KV_RETRY_AFTER_MS);
      logger().warn({ err: (error as Error).message }, "on-open refresh gated in process: kv unavailable");
    }
  }
  holder.__ariaOnOpenFallback ??= new MemoryCounters();
  return (fallback ?? holder.__ariaOnOpenFallback).hold(key, ONCE_PER_SECONDS);
}

/**
 * Adds the check-ins the rules placed in the last 24 hours of the day before. A daily run would have stored them the
 * day before; without one, a morning open would otherwise show nothing of last evening (the 19:00 injury_status, a
 * Sunday's weekly_review), while yesterday's morning prompt, already followed by today's, is left out.
 */
function withCatchUp(one: BatchAnalysis, now: Date): BatchAnalysis {
  const since = now.getTime() - CATCH_UP_MS;
  const history = { sessions: one.features.recentSessions, injuries: one.features.injuries.map((i) => i.injury) };
  const yesterday = scheduleCheckIns(history, addDays(one.asOf, -1), one.profile.timezone)
    .filter((c) => c.scheduledFor.getTime() > since && c.scheduledFor.getTime() <= now.getTime())
    .map((c) => ({ type: c.type, scheduled_for: c.scheduledFor.toISOString() }));
  return { ...one, analysis: { ...one.analysis, check_ins: [...yesterday, ...one.analysis.check_ins] } };
}

/**
 * Refreshes one athlete's suggestions and check-ins when they open the app, unless that was done in the last hour.
 * Never throws: a failure is logged and the page goes on. `fallback` replaces this process's gate (tests).
 */
export async function refreshOnOpen(
  db: Database,
  kv: KvStore,
  userId: string,
  now = new Date(),
  options: { fallback?: Counters } = {},
): Promise<{ outcome: OnOpenOutcome; durationMs: number }> {
  const started = performance.now();
  const done = (outcome: OnOpenOutcome) => ({ outcome, durationMs: Math.round(performance.now() - started) });
  try {
    if (!(await takeHourlySlot(kv, userId, options.fallback))) return done("recent");
    const { analyses, failures } = await analyzeAthletes(db, [userId], { now });
    if (failures.length > 0) {
      logger().warn({ userId, failures }, "on-open refresh: analysis failed");
      return done("failed");
    }
    await storeAnalyses(
      db,
      analyses.map((one) => withCatchUp(one, now)),
      PARTS,
      now,
      { readBack: false },
    );
    const result = done("ran");
    logger().debug({ userId, durationMs: result.durationMs }, "on-open refresh");
    return result;
  } catch (error) {
    logger().error({ userId, err: error }, "on-open refresh failed");
    return done("failed");
  }
}
