import { Cron } from "croner";
import type { Metadata } from "next";
import Link from "next/link";
import { Logo } from "@/components/brand/logo";
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
  return (
    <div className="min-h-dvh bg-zinc-50 dark:bg-zinc-950">
      <header className="mx-auto flex h-14 max-w-5xl items-center px-4">
        <Link href="/" aria-label="Aria home">
          <Logo />
        </Link>
      </header>
      <main className="mx-auto max-w-5xl space-y-6 px-4 pb-12">
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
          <div className="overflow-x-auto">
            <table className="w-full min-w-[36rem] text-left text-sm">
              <thead className="text-xs uppercase text-zinc-500">
                <tr>
                  <th className="py-2 pr-3 font-medium">Task</th>
                  <th className="py-2 pr-3 font-medium">Schedule (UTC)</th>
                  <th className="py-2 pr-3 font-medium">Next run</th>
                </tr>
              </thead>
              <tbody>
                {(Object.entries(JOB_TASKS) as [JobTask, (typeof JOB_TASKS)[JobTask]][]).map(
                  ([task, { name, schedule }]) => (
                    <tr key={task} className="border-t border-zinc-200 dark:border-zinc-800">
                      <td className="py-2 pr-3 font-medium">{name}</td>
                      <td className="py-2 pr-3 font-mono text-xs">{schedule}</td>
                      <td className="py-2 pr-3">{utc(new Cron(schedule, { timezone: "UTC" }).nextRun())}</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        </Card>
        <Card title="Recent runs">
          {runs.length === 0 ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No scheduled analysis has run yet.</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full min-w-[40rem] text-left text-sm">
                <thead className="text-xs uppercase text-zinc-500">
                  <tr>
                    <th className="py-2 pr-3 font-medium">Task</th>
                    <th className="py-2 pr-3 font-medium">Started</th>
                    <th className="py-2 pr-3 font-medium">Status</th>
                    <th className="py-2 pr-3 text-right font-medium">Athletes</th>
                    <th className="py-2 pr-3 text-right font-medium">Errors</th>
                    <th className="py-2 pr-3 text-right font-medium">Duration</th>
                  </tr>
                </thead>
                <tbody>
                  {runs.map((run) => (
                    <tr key={run.id} className="border-t border-zinc-200 dark:border-zinc-800">
                      <td className="py-2 pr-3 font-medium">{run.task}</td>
                      <td className="py-2 pr-3">{utc(run.startedAt)}</td>
                      <td className="py-2 pr-3">
                        <Pill value={run.status} />
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums">
                        {run.succeeded}/{run.processed}
                      </td>
                      <td className="py-2 pr-3 text-right tabular-nums">{run.errors}</td>
                      <td className="py-2 pr-3 text-right tabular-nums">
                        {run.durationMs === null ? "—" : `${(run.durationMs / 1000).toFixed(1)} s`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </main>
    </div>
  );
}
