import { desc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobRuns } from "@/db/schema";

/** The latest runs of the scheduled analyses, newest first: counts and timings only, never athlete ids. */
export async function recentJobRuns(db: Database, limit = 30) {
  const rows = await db.select().from(jobRuns).orderBy(desc(jobRuns.startedAt)).limit(limit);
  return rows.map((run) => ({
    id: run.id,
    task: run.task,
    status: run.status,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    processed: run.processed,
    succeeded: run.succeeded,
    errors: run.errors,
    durationMs: run.durationMs,
  }));
}
