import { randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobRuns } from "@/db/schema";
import { env } from "@/lib/env";
import {
  type AnalysisFailure,
  type AthleteAnalysis,
  analyzeAthletes,
  loadDrillLibrary,
  storeAnalyses,
} from "@/lib/insights/analyze";
import { getKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";
import { logger } from "@/lib/logger";
import { withTimeout } from "@/lib/timeout";
import { activeAthletesAfter } from "./active-athletes";
import { JOB_TASKS, type JobTask } from "./tasks";

/**
 * Runs one scheduled analysis over every active athlete, batch by batch: each batch's inputs in a fixed number of
 * set-based queries, analysed in memory, stored in bulk. Safe when Vercel delivers a cron twice or starts a second
 * run while the first is going (a KV lock, and every write lands on a unique key), and resumable: when the time
 * budget runs out the run keeps its cursor and the next call carries on after the last athlete handled.
 */

// Vercel's maxDuration for the cron route is 300 s (vercel.json); stop well before it to record the cursor.
export const DEFAULT_BUDGET_MS = 240_000;
export const DEFAULT_BATCH_SIZE = 500;
const MAX_ERROR_SAMPLES = 20;

export interface JobReport {
  task: JobTask;
  processed: number;
  succeeded: number;
  errors: number;
  duration_ms: number;
  done: boolean;
  run_id: string | null;
  /** Set when another run of the same task held the lock, so this call did nothing. */
  skipped?: string;
}

export interface RunOptions {
  budgetMs?: number;
  batchSize?: number;
  now?: Date;
  kv?: KvStore;
  /** Called after each batch (the local scheduler shows progress with it). */
  onBatch?: (progress: { processed: number; succeeded: number; errors: number }) => void;
}

async function acquireLock(kv: KvStore, key: string, token: string, ttlSeconds: number): Promise<boolean> {
  try {
    return await withTimeout(kv.setIfAbsent(key, token, ttlSeconds), env().KV_TIMEOUT_MS, "kv");
  } catch (error) {
    // Without the KV the run goes ahead: a duplicate run costs time, never duplicate rows.
    logger().warn({ key, err: (error as Error).message }, "job lock unavailable: running without it");
    return true;
  }
}

async function releaseLock(kv: KvStore, key: string, token: string): Promise<void> {
  try {
    if ((await withTimeout(kv.get<string>(key), env().KV_TIMEOUT_MS, "kv")) === token) await kv.delete(key);
  } catch {
    // The lock's TTL frees it.
  }
}

export async function runJob(db: Database, task: JobTask, options: RunOptions = {}): Promise<JobReport> {
  const started = performance.now();
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const now = options.now ?? new Date();
  const kv = options.kv ?? getKv();
  const parts = new Set(JOB_TASKS[task].parts);
  const elapsed = () => Math.round(performance.now() - started);

  const lockKey = `job:lock:${task}`;
  const lockToken = randomUUID();
  if (!(await acquireLock(kv, lockKey, lockToken, Math.ceil(budgetMs / 1000) + 60))) {
    return {
      task,
      processed: 0,
      succeeded: 0,
      errors: 0,
      duration_ms: elapsed(),
      done: false,
      run_id: null,
      skipped: "another run of this task is in progress",
    };
  }

  // The latest run decides where to start: after a partial, crashed or failed run, from its cursor; else afresh.
  const [latest] = await db
    .select()
    .from(jobRuns)
    .where(eq(jobRuns.task, task))
    .orderBy(desc(jobRuns.startedAt))
    .limit(1);
  let cursor = latest && latest.status !== "done" ? latest.cursor : null;
  const [run] = await db.insert(jobRuns).values({ task, status: "running", cursor, startedAt: now }).returning();
  const runId = run!.id;
  const totals = { processed: 0, succeeded: 0, errors: 0 };
  const samples: { userId: string; message: string }[] = [];

  // Batch k is stored while batch k+1 is loaded and analysed: the database writes on its own core while this
  // process computes. One store at a time, in order, so the recorded cursor only ever passes stored athletes.
  let storing: Promise<void> = Promise.resolve();
  try {
    const library = await loadDrillLibrary(db);
    let done = false;
    let next = cursor;
    const store = async (ids: string[], analyses: AthleteAnalysis[], failures: AnalysisFailure[]) => {
      try {
        await storeAnalyses(db, analyses, parts, now, { readBack: false });
        totals.succeeded += analyses.length;
        totals.errors += failures.length;
        samples.push(...failures);
      } catch (error) {
        // The batch's writes are lost together (one transaction); the next batches go on.
        totals.errors += ids.length;
        samples.push({ userId: ids[0]!, message: `batch of ${ids.length} not stored: ${(error as Error).message}` });
        logger().error({ task, err: error }, "job batch not stored");
      }
      totals.processed += ids.length;
      cursor = ids[ids.length - 1]!;
      await db
        .update(jobRuns)
        .set({ ...totals, cursor, errorSamples: samples.slice(0, MAX_ERROR_SAMPLES) })
        .where(eq(jobRuns.id, runId));
      options.onBatch?.({ ...totals });
    };
    while (true) {
      const ids = await activeAthletesAfter(db, next, batchSize, now);
      if (ids.length === 0) {
        done = true;
        break;
      }
      next = ids[ids.length - 1]!;
      const { analyses, failures } = await analyzeAthletes(db, ids, { now, library });
      await storing;
      storing = store(ids, analyses, failures);
      // Handled when awaited above or below; this only keeps a failure meanwhile from counting as unhandled.
      storing.catch(() => undefined);
      if (ids.length < batchSize) {
        done = true;
        break;
      }
      if (elapsed() >= budgetMs) break;
    }
    await storing;
    const duration = elapsed();
    await db
      .update(jobRuns)
      .set({
        ...totals,
        status: done ? "done" : "partial",
        cursor: done ? null : cursor,
        finishedAt: new Date(),
        durationMs: duration,
        errorSamples: samples.slice(0, MAX_ERROR_SAMPLES),
      })
      .where(eq(jobRuns.id, runId));
    logger().info({ task, runId, ...totals, durationMs: duration, done }, "job run");
    return { task, ...totals, duration_ms: duration, done, run_id: runId };
  } catch (error) {
    await storing.catch(() => undefined);
    await db
      .update(jobRuns)
      .set({ ...totals, status: "failed", finishedAt: new Date(), durationMs: elapsed(), cursor })
      .where(eq(jobRuns.id, runId));
    throw error;
  } finally {
    await releaseLock(kv, lockKey, lockToken);
  }
}
