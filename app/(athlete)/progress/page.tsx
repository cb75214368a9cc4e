import type { Metadata } from "next";
import Link from "next/link";
import { EmptyCard } from "@/components/pages/empty-state";
import { PageHeader } from "@/components/pages/page-header";
import { PageSection } from "@/components/pages/page-section";
import { markLabel, windLabel } from "@/components/progress/controls";
import { ProgressChart, type ProgressPoint } from "@/components/progress/progress-chart";
import { TrackForm } from "@/components/progress/track-form";
import { Card } from "@/components/ui/card";
import { isLowerBetter } from "@/lib/analysis/sprint";
import { requireUser } from "@/lib/auth/session";
import { formatDate, todayIn } from "@/lib/core/dates";
import { capitalized, plural } from "@/lib/core/words";
import { getDb } from "@/lib/database";
import type { MetricDto } from "@/lib/progress/analytics";
import { metricLabel } from "@/lib/progress/metrics";
import { cachedProgressAnalytics } from "@/lib/progress/service";

export const metadata: Metadata = { title: "Progress" };

/** Ten years: personal bests are lifetime figures, and the charts show every mark an athlete is likely to have. */
const HISTORY_DAYS = 3650;

const TREND_TEXT = { improving: "improving", declining: "slipping", steady: "steady" } as const;

function PbCard({
  metric,
  unit,
  best,
  pb,
  ageGraded,
  trend,
  count,
  timeZone,
}: {
  metric: string;
  unit: string;
  best: number | null;
  pb: MetricDto | undefined;
  ageGraded: number | undefined;
  trend: keyof typeof TREND_TEXT | null;
  count: number;
  timeZone: string;
}) {
  const label = capitalized(metricLabel(metric));
  return (
    <article
      aria-label={`${label} personal best`}
      className="rounded-2xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h3 className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">{label}</h3>
      {best === null || !pb ? (
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Every mark is wind-aided: no legal best yet.</p>
      ) : (
        <>
          <p className="mt-1 text-2xl font-bold tabular-nums" data-testid="pb-value">
            {markLabel(pb.value, unit)}
            {pb.timing === "hand" ? <span className="ml-1 text-sm font-medium text-zinc-500">hand</span> : null}
          </p>
          {pb.timing === "hand" && pb.fat_equivalent !== null ? (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">
              FAT equivalent {markLabel(pb.fat_equivalent, unit)}
            </p>
          ) : null}
          <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
            {formatDate(pb.date, { timeZone })}
            {unit === "s" && pb.wind_mps !== null ? ` · wind ${windLabel(pb.wind_mps)}` : ""}
          </p>
        </>
      )}
      <div className="mt-2 flex flex-wrap gap-1.5 text-xs">
        {ageGraded !== undefined ? (
          <span className="rounded-full bg-indigo-100 px-2 py-0.5 font-semibold text-indigo-800 dark:bg-indigo-900/40 dark:text-indigo-200">
            {ageGraded.toFixed(1)}% age-graded
          </span>
        ) : null}
        {trend ? (
          <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
            {TREND_TEXT[trend]}
          </span>
        ) : null}
        <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
          {plural(count, "mark")}
        </span>
      </div>
    </article>
  );
}

function MarkList({ marks, unit, timeZone }: { marks: MetricDto[]; unit: string; timeZone: string }) {
  return (
    <ul className="mt-3 divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
      {marks.map((m) => (
        <li key={m.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 py-1.5">
          <span className="tabular-nums">
            <span className="font-medium">{markLabel(m.value, unit)}</span>
            {m.timing === "hand" ? <span className="text-zinc-500"> hand</span> : null}
            <span className="text-zinc-500 dark:text-zinc-400"> · {formatDate(m.date, { timeZone })}</span>
          </span>
          <span className="flex flex-wrap items-center gap-1.5 text-xs">
            {unit === "s" && m.wind_mps !== null ? (
              <span className="text-zinc-500 dark:text-zinc-400">{windLabel(m.wind_mps)}</span>
            ) : null}
            {m.wind_aided ? (
              <span className="rounded-full border border-red-400 px-2 py-0.5 font-semibold text-red-700 dark:text-red-300">
                wind-aided — not a PB
              </span>
            ) : null}
            {m.is_pb ? (
              <span className="rounded-full bg-amber-100 px-2 py-0.5 font-semibold text-amber-800 dark:bg-amber-900/40 dark:text-amber-200">
                ★ PB
              </span>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function ProgressPage() {
  const user = await requireUser("athlete");
  const analytics = await cachedProgressAnalytics(await getDb(), user.id, "all", HISTORY_DAYS);
  const metrics = Object.entries(analytics.summary);
  const byMetric = new Map<string, MetricDto[]>();
  for (const mark of analytics.metrics) byMetric.set(mark.metric, [...(byMetric.get(mark.metric) ?? []), mark]);

  return (
    <div className="space-y-6">
      <PageHeader title="Progress">
        Personal bests count legal marks only: hand times are compared as their FAT equivalent, and a tailwind over +2.0
        m/s never makes a PB.
      </PageHeader>

      <Link
        href="/progress/sprint"
        className="flex min-h-11 items-center justify-between gap-3 rounded-2xl border border-zinc-200 bg-white p-4 transition-colors hover:border-track-400 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-track-500/50 dark:border-zinc-800 dark:bg-zinc-900 dark:hover:border-track-700"
      >
        <span>
          <span className="block font-semibold">Sprint profile</span>
          <span className="block text-sm text-zinc-600 dark:text-zinc-400">
            Top speed and acceleration from the split times of one sprint, and which to work on.
          </span>
        </span>
        <span aria-hidden="true" className="text-xl text-track-600 dark:text-track-400">
          →
        </span>
      </Link>

      {metrics.length === 0 ? (
        <EmptyCard>
          No marks yet. Add your first time trial below and Aria starts tracking your bests and trends.
        </EmptyCard>
      ) : (
        <PageSection id="pb-heading" title="Personal bests" className="space-y-3">
          <div className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 lg:grid-cols-4">
            {metrics.map(([metric, summary]) => (
              <PbCard
                key={metric}
                metric={metric}
                unit={summary.unit}
                best={summary.best}
                pb={byMetric.get(metric)?.find((m) => m.is_pb)}
                ageGraded={analytics.age_graded?.[metric]}
                trend={summary.trend}
                count={summary.count}
                timeZone={user.timezone}
              />
            ))}
          </div>
        </PageSection>
      )}

      <Card title="Add a time trial">
        <TrackForm today={todayIn(user.timezone)} />
      </Card>

      {metrics.length > 0 ? (
        <div className="grid gap-6 lg:grid-cols-2">
          {metrics.map(([metric, summary]) => {
            const marks = byMetric.get(metric) ?? [];
            const label = metricLabel(metric);
            const points: ProgressPoint[] = marks.map((m) => ({
              id: m.id,
              date: m.date,
              value: m.value,
              adjusted: m.still_air ?? m.fat_equivalent,
              timing: m.timing,
              wind: m.wind_mps,
              windAided: m.wind_aided,
              isPb: m.is_pb,
            }));
            return (
              <section
                key={metric}
                aria-label={label}
                className="min-w-0 rounded-2xl border border-zinc-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
              >
                <h2 className="mb-3 text-base font-semibold">{capitalized(label)}</h2>
                <ProgressChart
                  label={capitalized(label)}
                  unit={summary.unit}
                  lowerIsBetter={isLowerBetter(metric, summary.unit)}
                  points={points}
                  timeZone={user.timezone}
                />
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm font-medium text-track-700 dark:text-track-400">
                    {marks.length === 1 ? `The one ${label} mark` : `All ${marks.length} ${label} marks`}
                  </summary>
                  <MarkList marks={[...marks].reverse()} unit={summary.unit} timeZone={user.timezone} />
                </details>
              </section>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
