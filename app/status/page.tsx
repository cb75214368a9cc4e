import type { Metadata } from "next";
import { DataTable } from "@/components/pages/data-table";
import { EmptyNote } from "@/components/pages/empty-state";
import { PublicFrame } from "@/components/pages/public-frame";
import { Card } from "@/components/ui/card";
import { getDb } from "@/lib/database";
import { checkHealth } from "@/lib/health";
import { lastRunByTask, recentJobRuns, timeAgoInWords } from "@/lib/jobs/recent-runs";
import { isJobTask, JOB_TASKS, type JobTask } from "@/lib/jobs/tasks";

export const metadata: Metadata = { title: "Status" };
export const dynamic = "force-dynamic";

const STATUS_STYLE: Record<string, string> = {
  ok: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200",
  done: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200",
  degraded: "bg-amber-100 text-amber-800 dark:bg-amber-900/40 dark:text-amber-200",
  partial: "bg-amber-100 text-amber-800 dark:bg-amber-900/40 dark:text-amber-200",
  running: "bg-sky-100 text-sky-800 dark:bg-sky-900/40 dark:text-sky-200",
  down: "bg-red-100 text-red-800 dark:bg-red-900/40 dark:text-red-200",
  failed: "bg-red-100 text-red-800 dark:bg-red-900/40 dark:text-red-200",
};

function Pill({ value }: { value: string }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[value] ?? ""}`}>{value}</span>;
}

const taskLabel = (task: string) => (isJobTask(task) ? JOB_TASKS[task].label : "Other analysis");

/** What a run that has not simply finished is doing, in words. */
const UNFINISHED: Record<string, string> = {
  running: "still running",
  partial: "part done, carries on in its next slice",
  failed: "did not finish",
};

function lastRunInWords(run: { status: string; startedAt: Date } | undefined, now: Date): string {
  if (!run) return "Never on this server — analyses run when athletes open the app";
  const when = `Last ran ${timeAgoInWords(run.startedAt, now)}`;
  const unfinished = UNFINISHED[run.status];
  return unfinished ? `${when}, ${unfinished}` : when;
}

/** A run's working time, and over how many slices when it was handed on: "12.4 s", "3.2 min in 4 slices". */
function durationInWords(ms: number | null, slices: number): string {
  if (ms === null) return "—";
  const time = ms < 120_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 60_000).toFixed(1)} min`;
  return slices > 1 ? `${time} in ${slices} slices` : time;
}

/** Health of the parts and the scheduled analyses: what ran, when, how many athletes, how many errors. */
export default async function StatusPage() {
  const health = await checkHealth();
  const db = health.db.status === "ok" ? await getDb() : null;
  const [runs, lastRuns] = db ? await Promise.all([recentJobRuns(db), lastRunByTask(db)]) : [[], new Map()];
  const tasks = Object.entries(JOB_TASKS) as [JobTask, (typeof JOB_TASKS)[JobTask]][];
  const now = new Date();
  return (
    <PublicFrame className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">
        Status <Pill value={health.status} />
      </h1>
      <div className="grid gap-3 sm:grid-cols-3">
        {(
          [
            ["Database", health.db.status, health.db.driver],
            ["Cache (KV)", health.kv.status, health.kv.backend],
            ["Model", health.model.status, health.model.provider],
          ] as const
        ).map(([label, status, detail]) => (
          <Card key={label}>
            <p className="text-xs uppercase tracking-wide text-zinc-500">{label}</p>
            <p className="mt-1 flex items-center gap-2 font-semibold">
              <Pill value={status} /> {detail}
            </p>
          </Card>
        ))}
      </div>
      <Card title="Scheduled analyses">
        <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
          When each analysis last ran on this server, and how often it is meant to run. Between runs, an athlete&apos;s
          suggestions and check-ins are brought up to date when they open the app.
        </p>
        <dl className="text-sm">
          {tasks.map(([task, { label, cadence }]) => (
            <div
              key={task}
              className="grid gap-x-3 gap-y-0.5 border-t border-zinc-200 py-2 first:border-t-0 sm:grid-cols-[12rem_1fr] dark:border-zinc-800"
            >
              <dt className="font-medium">{label}</dt>
              <dd>
                {db ? lastRunInWords(lastRuns.get(task), now) : "Not known while the database is down"}
                <span className="block text-zinc-600 dark:text-zinc-400">Runs {cadence}</span>
              </dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title="Recent runs">
        {runs.length === 0 ? (
          <EmptyNote>No scheduled analysis has run yet.</EmptyNote>
        ) : (
          <DataTable
            label="Recent runs"
            minWidth="min-w-[40rem]"
            rows={runs}
            rowKey={(run) => run.runId}
            columns={[
              { header: "Analysis", className: "font-medium", cell: (run) => taskLabel(run.task) },
              { header: "Started", cell: (run) => timeAgoInWords(run.startedAt, now) },
              { header: "Status", cell: (run) => <Pill value={run.status} /> },
              { header: "Athletes", numeric: true, cell: (run) => `${run.succeeded}/${run.processed}` },
              { header: "Errors", numeric: true, cell: (run) => run.errors },
              {
                header: "Duration",
                numeric: true,
                cell: (run) => durationInWords(run.durationMs, run.slices),
              },
            ]}
          />
        )}
      </Card>
    </PublicFrame>
  );
}
