import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobRuns } from "@/db/schema";
import { logger } from "@/lib/core/logger";
import { analyzeAthletes, loadDrillLibrary, storeAnalyses } from "@/lib/insights/analyze";
import { getKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";
import { activeAthletesAfter } from "./active-athletes";
import { runInLanes } from "./lanes";
import { acquireJobLock } from "./lock";
import { JOB_TASKS, type JobTask } from "./tasks";
import { warmHotKeys } from "./warm-hot-keys";

/**
 * Runs one scheduled analysis over every active athlete, batch by batch: each batch's inputs in a fixed number of
 * set-based queries, analysed in memory, stored in bulk in one transaction, with two batches in flight so that the
 * database writes one while this process analyses the next (lanes.ts). Safe when Vercel delivers a cron twice or
 * starts a second run while the first is going (a KV lock, and every write lands on a unique key), resumable (when
 * the time budget runs out the run keeps its cursor and the next call carries on after the last athlete stored),
 * and a finished run warms the cache for the hot keys (warm-hot-keys.ts).
 */

// Vercel's maxDuration for the cron route is 300 s (vercel.json); stop well before it to record the cursor.
const DEFAULT_BUDGET_MS = 240_000;
const DEFAULT_BATCH_SIZE = 500;
const LANES = 2;
const MAX_ERROR_SAMPLES = 20;

interface JobReport {
  task: JobTask;
  processed: number;
  succeeded: number;
  errors: number;
  duration_ms: number;
  done: boolean;
  run_id: string | null;
  /** Cached reads filled again after a finished run (see warm-hot-keys.ts). */
  cache_warmed?: number;
  /** Set when another run of the same task held the lock, so this call did nothing. */
  skipped?: string;
}

interface RunOptions {
  budgetMs?: number;
  batchSize?: number;
  now?: Date;
  kv?: KvStore;
  /** False to skip warming the cache after the run (the benchmark times it on its own). */
  warm?: boolean;
  /** Called after each batch (the local scheduler shows progress with it). */
  onBatch?: (progress: { processed: number; succeeded: number; errors: number }) => void;
}

export async function runJob(db: Database, task: JobTask, options: RunOptions = {}): Promise<JobReport> {
  const started = performance.now();
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const now = options.now ?? new Date();
  const kv = options.kv ?? getKv();
  const parts = new Set(JOB_TASKS[task].parts);
  const elapsed = () => Math.round(performance.now() - started);

  const release = await acquireJobLock(kv, task, Math.ceil(budgetMs / 1000) + 60);
  if (!release) {
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

  try {
    const library = await loadDrillLibrary(db);
    const { complete: done } = await runInLanes<string>({
      lanes: LANES,
      after: cursor,
      pageSize: batchSize,
      nextPage: (after, size) => activeAthletesAfter(db, after, size, now),
      shouldStop: () => elapsed() >= budgetMs,
      work: async (ids) => {
        const { analyses, failures } = await analyzeAthletes(db, ids, { now, library });
        try {
          await storeAnalyses(db, analyses, parts, now, { readBack: false });
          totals.succeeded += analyses.length;
          totals.errors += failures.length;
          samples.push(...failures);
        } catch (error) {
          // The batch's writes are lost together (one transaction); the other batches go on.
          totals.errors += ids.length;
          samples.push({ userId: ids[0]!, message: `batch of ${ids.length} not stored: ${(error as Error).message}` });
          logger().error({ task, err: error }, "job batch not stored");
        }
        totals.processed += ids.length;
      },
      onSettled: async (through) => {
        cursor = through;
        await db
          .update(jobRuns)
          .set({ ...totals, cursor, errorSamples: samples.slice(0, MAX_ERROR_SAMPLES) })
          .where(eq(jobRuns.id, runId));
        options.onBatch?.({ ...totals });
      },
    });
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
    // A finished run leaves the hot keys filled for the next visits (it never fails the run).
    const warmed = done && options.warm !== false ? (await warmHotKeys(db, now, kv).catch(() => null))?.warmed : 0;
    return { task, ...totals, duration_ms: duration, done, run_id: runId, cache_warmed: warmed ?? 0 };
  } catch (error) {
    await db
      .update(jobRuns)
      .set({ ...totals, status: "failed", finishedAt: new Date(), durationMs: elapsed(), cursor })
      .where(eq(jobRuns.id, runId));
    throw error;
  } finally {
    await release();
  }
}
