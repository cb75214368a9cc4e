import { EmptyNote } from "@/components/pages/empty-state";
import { markLabel, windLabel } from "@/components/progress/controls";
import { formatDate } from "@/lib/core/dates";
import { capitalized } from "@/lib/core/words";
import type { MetricDto, ProgressAnalytics } from "@/lib/progress/analytics";
import { metricLabel } from "@/lib/progress/metrics";

/**
 * A linked athlete's progress on the coach's drill-down, from the same analytics as their own Progress page: each
 * event's personal best with its date and trend, then their latest results, newest first.
 */

const TREND_WORDS = { improving: "improving", declining: "slipping", steady: "steady" } as const;
const RECENT_RESULTS = 8;

function Mark({ mark, unit }: { mark: MetricDto; unit: string }) {
  return (
    <>
      {markLabel(mark.value, unit)}
      {mark.timing === "hand" ? " hand" : ""}
    </>
  );
}

export function AthleteProgress({
  analytics,
  firstName,
  timeZone,
}: {
  analytics: ProgressAnalytics;
  firstName: string;
  timeZone: string;
}) {
  const metrics = Object.entries(analytics.summary);
  if (metrics.length === 0) {
    return <EmptyNote>{`${firstName} has logged no time trial or other mark yet.`}</EmptyNote>;
  }
  const recent = [...analytics.metrics]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .slice(0, RECENT_RESULTS);
  return (
    <div className="space-y-5">
      <section aria-labelledby="coach-pb-heading">
        <h3 id="coach-pb-heading" className="text-sm font-semibold">
          Personal bests
        </h3>
        <ul className="mt-1 divide-y divide-zinc-100 dark:divide-zinc-800">
          {metrics.map(([metric, summary]) => {
            const pb = analytics.metrics.find((m) => m.metric === metric && m.is_pb);
            return (
              <li key={metric} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 py-2 text-sm">
                <span className="font-medium">{capitalized(metricLabel(metric))}</span>
                <span className="tabular-nums">
                  {pb ? (
                    <>
                      <span className="font-semibold">
                        <Mark mark={pb} unit={summary.unit} />
                      </span>
                      <span className="text-zinc-600 dark:text-zinc-400"> · {formatDate(pb.date, { timeZone })}</span>
                    </>
                  ) : (
                    <span className="text-zinc-600 dark:text-zinc-400">no legal best yet (every mark wind-aided)</span>
                  )}
                  {summary.trend ? (
                    <span className="text-zinc-600 dark:text-zinc-400"> · {TREND_WORDS[summary.trend]}</span>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="coach-results-heading">
        <h3 id="coach-results-heading" className="text-sm font-semibold">
          Latest results
        </h3>
        <ul className="mt-1 divide-y divide-zinc-100 dark:divide-zinc-800">
          {recent.map((mark) => (
            <li key={mark.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 py-2 text-sm">
              <span className="tabular-nums">
                <span className="font-medium">{capitalized(metricLabel(mark.metric))}</span>{" "}
                <Mark mark={mark} unit={mark.unit} />
                <span className="text-zinc-600 dark:text-zinc-400"> · {formatDate(mark.date, { timeZone })}</span>
              </span>
              <span className="flex flex-wrap items-center gap-1.5 text-xs">
                {mark.unit === "s" && mark.wind_mps !== null ? (
                  <span className="text-zinc-600 dark:text-zinc-400">wind {windLabel(mark.wind_mps)}</span>
                ) : null}
                {mark.wind_aided ? (
                  <span className="rounded-full border border-red-400 px-2 py-0.5 font-semibold text-red-700 dark:text-red-300">
                    wind-aided
                  </span>
                ) : null}
                {mark.is_pb ? (
                  <span className="rounded-full bg-amber-100 px-2 py-0.5 font-semibold text-amber-800 dark:bg-amber-900/40 dark:text-amber-200">
                    Personal best
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
