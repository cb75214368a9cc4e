import { type SQL, sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { epochMs } from "@/db/sql";
import { isJobTask, type JobTask } from "./tasks";

/**
 * Runs as the status page tells them: a run handed on from slice to slice (runner.ts, handoff.ts) is one run, its
 * counts and time summed over its slices; its status, and when it finished, are its latest slice's.
 */
const RUNS: SQL = sql`
  select run_id::text as "runId", task, count(*)::int as slices,
         ${epochMs("min(started_at)")} as "startedAt",
         (array_agg(status order by started_at desc))[1] as status,
         ${epochMs("(array_agg(finished_at order by started_at desc))[1]")} as "finishedAt",
         sum(processed)::int as processed, sum(succeeded)::int as succeeded, sum(errors)::int as errors,
         sum(duration_ms)::int as "durationMs"
  from job_runs
  group by run_id, task`;

interface RunRow {
  runId: string;
  task: string;
  slices: number;
  startedAt: number;
  status: string;
  finishedAt: number | null;
  processed: number;
  succeeded: number;
  errors: number;
  durationMs: number | null;
}

const toRun = (row: RunRow) => ({
  ...row,
  startedAt: new Date(row.startedAt),
  finishedAt: row.finishedAt === null ? null : new Date(row.finishedAt),
});

/** The latest runs of the scheduled analyses, newest first: counts and timings only, never athlete ids. */
export async function recentJobRuns(db: Database, limit = 30) {
  const rows = await queryRows<RunRow>(db, sql`${RUNS} order by min(started_at) desc limit ${limit}`);
  return rows.map(toRun);
}

type LastRun = { status: string; startedAt: Date; finishedAt: Date | null };

/** Each scheduled analysis's latest run, in one query; a task never run is absent. */
export async function lastRunByTask(db: Database): Promise<Map<JobTask, LastRun>> {
  const rows = await queryRows<RunRow>(
    db,
    sql`select distinct on (task) * from (${RUNS}) runs order by task, "startedAt" desc`,
  );
  const latest = new Map<JobTask, LastRun>();
  for (const row of rows) {
    if (!isJobTask(row.task)) continue;
    const { status, startedAt, finishedAt } = toRun(row);
    latest.set(row.task, { status, startedAt, finishedAt });
  }
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
