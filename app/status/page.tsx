import { Cron } from "croner";
import type { Metadata } from "next";
import { DataTable } from "@/components/pages/data-table";
import { EmptyNote } from "@/components/pages/empty-state";
import { PublicFrame } from "@/components/pages/public-frame";
import { Card } from "@/components/ui/card";
import { getDb } from "@/lib/database";
import { checkHealth } from "@/lib/health";
import { recentJobRuns } from "@/lib/jobs/recent-runs";
import { JOB_TASKS, type JobTask } from "@/lib/jobs/tasks";

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

const utc = (date: Date | null) => (date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "—");

/** Health of the parts and the scheduled analyses: what ran, when, how many athletes, how many errors. */
export default async function StatusPage() {
  const health = await checkHealth();
  const runs = health.db.status === "ok" ? await recentJobRuns(await getDb()) : [];
  const tasks = Object.entries(JOB_TASKS) as [JobTask, (typeof JOB_TASKS)[JobTask]][];
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
        <DataTable
          minWidth="min-w-[36rem]"
          rows={tasks}
          rowKey={([task]) => task}
          columns={[
            { header: "Task", className: "font-medium", cell: ([, { name }]) => name },
            { header: "Schedule (UTC)", className: "font-mono text-xs", cell: ([, { schedule }]) => schedule },
            { header: "Next run", cell: ([, { schedule }]) => utc(new Cron(schedule, { timezone: "UTC" }).nextRun()) },
          ]}
        />
      </Card>
      <Card title="Recent runs">
        {runs.length === 0 ? (
          <EmptyNote>No scheduled analysis has run yet.</EmptyNote>
        ) : (
          <DataTable
            minWidth="min-w-[40rem]"
            rows={runs}
            rowKey={(run) => run.id}
            columns={[
              { header: "Task", className: "font-medium", cell: (run) => run.task },
              { header: "Started", cell: (run) => utc(run.startedAt) },
              { header: "Status", cell: (run) => <Pill value={run.status} /> },
              { header: "Athletes", numeric: true, cell: (run) => `${run.succeeded}/${run.processed}` },
              { header: "Errors", numeric: true, cell: (run) => run.errors },
              {
                header: "Duration",
                numeric: true,
                cell: (run) => (run.durationMs === null ? "—" : `${(run.durationMs / 1000).toFixed(1)} s`),
              },
            ]}
          />
        )}
      </Card>
    </PublicFrame>
  );
}
