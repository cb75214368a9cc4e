import { LoadChart } from "@/components/charts/load-chart";
import { Card } from "@/components/ui/card";
import type { AthleteOverview } from "@/lib/athlete/overview";

/** Six weeks of daily load with the acute and chronic averages, rounded for the chart's tooltips. */
export function LoadSection({
  chart,
  hasHistory,
  timeZone,
}: Pick<AthleteOverview, "chart" | "hasHistory"> & { timeZone: string }) {
  return (
    <Card title="Training load · 6 weeks">
      {hasHistory ? (
        <LoadChart
          timeZone={timeZone}
          points={chart.map((p) => ({
            date: p.date,
            load: p.load,
            acute: Math.round(p.acuteEwma),
            chronic: Math.round(p.chronicEwma),
            acwr: p.acwr === null ? null : Math.round(p.acwr * 100) / 100,
          }))}
        />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Your load chart starts with your first session.</p>
      )}
    </Card>
  );
}
