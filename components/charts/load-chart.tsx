"use client";

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { dayAtX, dayAxis, dayToX } from "@/components/charts/day-axis";
import {
  ACUTE_WINDOW_DAYS,
  ACWR_DANGER,
  ACWR_SWEET_SPOT_HIGH,
  ACWR_SWEET_SPOT_LOW,
  CHRONIC_WINDOW_DAYS,
} from "@/lib/analysis/thresholds";

export interface LoadChartPoint {
  /** The calendar day. */
  date: string;
  load: number;
  acute: number;
  chronic: number;
  acwr: number | null;
}

const SWEET_SPOT = `${ACWR_SWEET_SPOT_LOW}–${ACWR_SWEET_SPOT_HIGH}`;

const AXIS = { stroke: "currentColor", strokeOpacity: 0.5 } as const;

/** The lines over the bars: the two loads on the load axis, the ratio on its own. */
const LINES = [
  { axis: "load", dataKey: "acute", name: `Acute (${ACUTE_WINDOW_DAYS} d)`, stroke: "#0ea5e9", strokeWidth: 2 },
  { axis: "load", dataKey: "chronic", name: `Chronic (${CHRONIC_WINDOW_DAYS} d)`, stroke: "#6366f1", strokeWidth: 2 },
  { axis: "ratio", dataKey: "acwr", name: "ACWR", stroke: "#fe4a11", strokeWidth: 2.5 },
] as const;

/**
 * Daily session load (RPE × min) as bars, the acute and chronic EWMA loads as lines, and the acute:chronic ratio on
 * its own axis with the engine's sweet-spot band and danger line, so the chart shades what the suggestions flag.
 * The x axis is time: a day missing from the series is a gap, not a squeeze.
 */
export function LoadChart({ points, timeZone }: { points: LoadChartPoint[]; timeZone: string }) {
  const maxRatio = Math.max(2, ...points.map((p) => p.acwr ?? 0));
  const axis = dayAxis(
    points.map((p) => p.date),
    { timeZone, padDays: 0.5 },
  );
  const data = points.map((p) => ({ ...p, day: dayToX(p.date) }));
  return (
    <figure aria-label="Training load: daily load, acute and chronic load, and the acute to chronic ratio">
      <div className="h-64 w-full text-xs">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 0, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.1} vertical={false} />
            <XAxis dataKey="day" {...axis.props} minTickGap={16} {...AXIS} />
            <YAxis yAxisId="load" {...AXIS} />
            <YAxis yAxisId="ratio" orientation="right" domain={[0, Math.ceil(maxRatio * 2) / 2]} width={36} {...AXIS} />
            <ReferenceArea
              yAxisId="ratio"
              y1={ACWR_SWEET_SPOT_LOW}
              y2={ACWR_SWEET_SPOT_HIGH}
              fill="#10b981"
              fillOpacity={0.12}
            />
            <ReferenceLine yAxisId="ratio" y={ACWR_DANGER} stroke="#ef4444" strokeDasharray="4 3" />
            <Bar
              yAxisId="load"
              dataKey="load"
              name="Daily load"
              barSize={axis.barSize}
              fill="#a1a1aa"
              fillOpacity={0.45}
              radius={[2, 2, 0, 0]}
              isAnimationActive={false}
            />
            {LINES.map(({ axis, ...line }) => (
              <Line
                key={line.dataKey}
                yAxisId={axis}
                {...line}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
            <Tooltip
              labelFormatter={(label) => (typeof label === "number" ? dayAtX(label, timeZone) : String(label))}
              formatter={(value, name) => [
                typeof value === "number" ? value.toFixed(name === "ACWR" ? 2 : 0) : "—",
                name,
              ]}
              contentStyle={{ borderRadius: 12, fontSize: 12 }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">
        Green band: the {SWEET_SPOT} sweet spot for the acute:chronic ratio (right axis). Red line: {ACWR_DANGER}, where
        injury risk climbs.
      </figcaption>
    </figure>
  );
}
