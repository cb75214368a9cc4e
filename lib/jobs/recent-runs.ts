import { desc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { jobRuns } from "@/db/schema";
import { isJobTask, type JobTask } from "./tasks";

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

type LastRun = Pick<typeof jobRuns.$inferSelect, "status" | "startedAt" | "finishedAt">;

/** Each scheduled analysis's latest run, in one query (the task and start index serves it); a task never run is absent. */
export async function lastRunByTask(db: Database): Promise<Map<JobTask, LastRun>> {
  const rows = await db
    .selectDistinctOn([jobRuns.task], {
      task: jobRuns.task,
      status: jobRuns.status,
      startedAt: jobRuns.startedAt,
      finishedAt: jobRuns.finishedAt,
    })
    .from(jobRuns)
    .orderBy(jobRuns.task, desc(jobRuns.startedAt));
  const latest = new Map<JobTask, LastRun>();
  for (const { task, ...run } of rows) if (isJobTask(task)) latest.set(task, run);
  return latest;
}

const MINUTE_MS = 60_000;
const ago = new Intl.RelativeTimeFormat("en-GB", { numeric: "always" });

/** How long ago an instant was, in words for a public page: "just now", "5 minutes ago", "3 hours ago", "2 days ago". */
export function timeAgoInWords(then: Date, now = new Date()): string {
  const minutes = Math.floor(Math.max(0, now.getTime() - then.getTime()) / MINUTE_MS);
  if (minutes < 1) return "just now";
  if (minutes < 60) return ago.format(-minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return ago.format(-hours, "hour");
  return ago.format(-Math.floor(hours / 24), "day");
}
