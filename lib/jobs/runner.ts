import { randomUUID } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobRuns } from "@/db/schema";
import { logger } from "@/lib/core/logger";
import { analyzeAthletes, loadDrillLibrary, type StoredPart, storeAnalyses } from "@/lib/insights/analyze";
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
 * and a finished run warms the cache for the hot keys (warm-hot-keys.ts). Each call is one slice of a run: the
 * slices of one run share its run id, and a call that names a run (a hand-off, handoff.ts) only ever continues it.
 */

// Vercel's maxDuration for the cron route is 300 s (vercel.json); stop well before it to record the cursor.
const DEFAULT_BUDGET_MS = 240_000;
// A thousand athletes a batch: measured faster than 500 or 2,000 (scripts/bench/analysis.ts --batch).
const DEFAULT_BATCH_SIZE = 1000;
const LANES = 2;
const MAX_ERROR_SAMPLES = 20;

interface JobReport {
  task: JobTask;
  processed: number;
  succeeded: number;
  errors: number;
  duration_ms: number;
  done: boolean;
  /** The run this call was a slice of (shared by its slices), and this slice's own job_runs row. */
  run_id: string | null;
  slice_id: string | null;
  /** Cached reads filled again after a finished run (see warm-hot-keys.ts). */
  cache_warmed?: number;
  /** Set when this call did nothing: another run held the lock, or the run it was to continue is over. */
  skipped?: string;
}

interface RunOptions {
  budgetMs?: number;
  batchSize?: number;
  now?: Date;
  kv?: KvStore;
  /** Continue this run only (a hand-off): nothing happens when it has finished or a newer run has replaced it. */
  runId?: string;
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

  const nothing = (skipped: string, done = false, runId: string | null = null): JobReport => ({
    task,
    processed: 0,
    succeeded: 0,
    errors: 0,
    duration_ms: elapsed(),
    done,
    run_id: runId,
    slice_id: null,
    skipped,
  });
  const release = await acquireJobLock(kv, task, Math.ceil(budgetMs / 1000) + 60);
  if (!release) return nothing("another run of this task is in progress");

  try {
    // The latest slice decides where to start: after a partial, crashed or failed one, its run goes on from its
    // cursor; after a finished one a new run begins. A hand-off (options.runId) only continues its own run.
    const [latest] = await db
      .select()
      .from(jobRuns)
      .where(eq(jobRuns.task, task))
      .orderBy(desc(jobRuns.startedAt))
      .limit(1);
    const unfinished = latest && latest.status !== "done" ? latest : undefined;
    if (options.runId !== undefined && unfinished?.runId !== options.runId) {
      return latest?.runId === options.runId
        ? nothing("this run has already finished", true, options.runId)
        : nothing("this run is not the task's current run", false, options.runId);
    }
    return await runSlice(db, task, {
      runId: unfinished?.runId ?? randomUUID(),
      cursor: unfinished?.cursor ?? null,
      budgetMs,
      batchSize,
      now,
      kv,
      parts,
      elapsed,
      options,
    });
  } finally {
    await release();
  }
}

interface Slice {
  runId: string;
  cursor: string | null;
  budgetMs: number;
  batchSize: number;
  now: Date;
  kv: KvStore;
  parts: Set<StoredPart>;
  elapsed: () => number;
  options: RunOptions;
}

async function runSlice(db: Database, task: JobTask, slice: Slice): Promise<JobReport> {
  const { runId, budgetMs, batchSize, now, kv, parts, elapsed, options } = slice;
  let cursor = slice.cursor;
  const [row] = await db
    .insert(jobRuns)
    // The database's clock, to the microsecond: slices handed on within one millisecond still sort in order.
    .values({ task, runId, status: "running", cursor, startedAt: sql`clock_timestamp()` })
    .returning({ id: jobRuns.id });
  const sliceId = row!.id;
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
          .where(eq(jobRuns.id, sliceId));
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
      .where(eq(jobRuns.id, sliceId));
    logger().info({ task, runId, sliceId, ...totals, durationMs: duration, done }, "job run");
    // A finished run leaves the hot keys filled for the next visits (it never fails the run).
    const warmed = done && options.warm !== false ? (await warmHotKeys(db, now, kv).catch(() => null))?.warmed : 0;
    return {
      task,
      ...totals,
      duration_ms: duration,
      done,
      run_id: runId,
      slice_id: sliceId,
      cache_warmed: warmed ?? 0,
    };
  } catch (error) {
    await db
      .update(jobRuns)
      .set({ ...totals, status: "failed", finishedAt: new Date(), durationMs: elapsed(), cursor })
      .where(eq(jobRuns.id, sliceId));
    throw error;
  }
}
