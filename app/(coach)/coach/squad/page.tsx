import type { Metadata } from "next";
import Link from "next/link";
import { NoAthletesYet } from "@/components/coach/no-athletes-yet";
import { DataTable } from "@/components/pages/data-table";
import { EmptyNote } from "@/components/pages/empty-state";
import { PageHeader } from "@/components/pages/page-header";
import { Card } from "@/components/ui/card";
import { PriorityBadge } from "@/components/ui/priority-badge";
import { requireUser } from "@/lib/auth/session";
import { SQUAD_WEEKS, squadView } from "@/lib/coach/squad";
import { formatDate } from "@/lib/core/dates";
import { plural } from "@/lib/core/words";
import { getDb } from "@/lib/database";

export const metadata: Metadata = { title: "Squad view" };

/** One athlete's weekly load as small bars on a scale shared by the whole squad, so the charts compare at a glance. */
function WeeklyBars({ weeks, max, label }: { weeks: number[]; max: number; label: string }) {
  const width = 160;
  const height = 48;
  const bar = width / weeks.length - 3;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio="none"
      className="mt-2 h-14 w-full"
      role="img"
      aria-label={label}
    >
      {weeks.map((load, i) => {
        const h = max > 0 ? Math.max(load > 0 ? 2 : 0, (load / max) * height) : 0;
        return (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed run of weeks
            key={i}
            x={i * (width / weeks.length) + 1.5}
            y={height - h}
            width={bar}
            height={h}
            rx="1.5"
            className={i === weeks.length - 1 ? "fill-track-500" : "fill-zinc-300 dark:fill-zinc-600"}
          />
        );
      })}
    </svg>
  );
}

export default async function SquadViewPage() {
  const coach = await requireUser("coach");
  const { weekStarts, athletes, flagCounts, squadSize } = await squadView(await getDb(), coach.id);
  const max = Math.max(0, ...athletes.flatMap((a) => a.weeks));
  return (
    <div className="space-y-6">
      <PageHeader title="Squad view">
        Training load (RPE × minutes) in each of the last {SQUAD_WEEKS} seven-day weeks, starting{" "}
        {formatDate(weekStarts[0]!, { timeZone: coach.timezone })}; the latest week in colour. Every chart shares one
        scale.
      </PageHeader>
      {athletes.length === 0 ? (
        <NoAthletesYet />
      ) : (
        <ul aria-label="Weekly load per athlete" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {athletes.map((athlete) => {
            const thisWeek = athlete.weeks[athlete.weeks.length - 1] ?? 0;
            return (
              <li
                key={athlete.id}
                className="rounded-2xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
              >
                <div className="flex items-baseline justify-between gap-2">
                  <Link href={`/coach/athletes/${athlete.id}`} className="truncate font-medium hover:underline">
                    {athlete.name}
                  </Link>
                  <span className="shrink-0 text-xs tabular-nums text-zinc-500">{thisWeek} AU this week</span>
                </div>
                <WeeklyBars
                  weeks={athlete.weeks}
                  max={max}
                  label={`${athlete.name}, weekly load oldest to newest: ${athlete.weeks.join(", ")}`}
                />
              </li>
            );
          })}
        </ul>
      )}
      <Card title="Flagged now">
        <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
          The flags on the{" "}
          <Link href="/coach" className="underline">
            squad
          </Link>{" "}
          cards right now, worked out from current data: how many of the {plural(squadSize, "athlete")} carry each.
        </p>
        {flagCounts.length === 0 ? (
          <EmptyNote>No flags: nothing Aria would raise for anyone in the squad today.</EmptyNote>
        ) : (
          <DataTable
            compact
            rows={flagCounts}
            rowKey={(row) => row.type}
            columns={[
              {
                header: "Flag",
                cell: (row) => (
                  <span className="flex items-center gap-1.5">
                    <PriorityBadge priority={row.priority} />
                    {row.title}
                  </span>
                ),
              },
              { header: "Athletes", numeric: true, cell: (row) => row.athletes.length },
              {
                header: "Who",
                cell: (row) => (
                  <span>
                    {row.athletes.map((athlete, i) => (
                      <span key={athlete.id}>
                        {i > 0 ? ", " : null}
                        <Link href={`/coach/athletes/${athlete.id}`} className="hover:underline">
                          {athlete.name}
                        </Link>
                      </span>
                    ))}
                  </span>
                ),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
