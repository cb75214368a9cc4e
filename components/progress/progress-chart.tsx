"use client";

import { CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dayAxis, dayToX } from "@/components/charts/day-axis";
import { formatDate } from "@/lib/core/dates";
import { markLabel, windLabel } from "./controls";
import { valueAxis } from "./value-axis";

export interface ProgressPoint {
  id: string;
  /** The calendar day of the mark. */
  date: string;
  /** As logged. */
  value: number;
  /** FAT equivalent, then still air where a wind model exists; null when unknown. */
  adjusted: number | null;
  timing: "fat" | "hand" | null;
  wind: number | null;
  windAided: boolean;
  isPb: boolean;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: ProgressPoint;
}

/** A PB is a star, a wind-aided mark a hollow red ring, any other mark a small filled dot. */
function MarkDot({ cx, cy, payload }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  if (payload.isPb) {
    const points = Array.from({ length: 10 }, (_, i) => {
      const r = i % 2 === 0 ? 8 : 3.5;
      const angle = (Math.PI / 5) * i - Math.PI / 2;
      return `${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`;
    }).join(" ");
    return <polygon points={points} fill="#f59e0b" stroke="#b45309" strokeWidth={1} />;
  }
  if (payload.windAided) {
    return <circle cx={cx} cy={cy} r={5} fill="none" stroke="#ef4444" strokeWidth={2} />;
  }
  return <circle cx={cx} cy={cy} r={3.5} fill="#fe4a11" />;
}

function MarkTooltip({
  active,
  payload,
  unit,
  timeZone,
}: {
  active?: boolean;
  payload?: readonly { payload?: ProgressPoint }[];
  unit: string;
  timeZone: string;
}) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="rounded-xl border border-zinc-200 bg-white px-3 py-2 text-xs shadow-md dark:border-zinc-700 dark:bg-zinc-900">
      <p className="font-semibold">{formatDate(point.date, { timeZone })}</p>
      <p>
        {markLabel(point.value, unit)}
        {point.timing === "hand" ? " (hand)" : ""}
        {point.wind === null ? "" : ` · wind ${windLabel(point.wind)}`}
      </p>
      {point.adjusted !== null && point.adjusted !== point.value ? (
        <p className="text-zinc-500 dark:text-zinc-400">Still air / FAT: {markLabel(point.adjusted, unit)}</p>
      ) : null}
      {point.windAided ? (
        <p className="font-semibold text-red-600 dark:text-red-400">wind-aided {windLabel(point.wind)} — not a PB</p>
      ) : null}
      {point.isPb ? <p className="font-semibold text-amber-600 dark:text-amber-400">★ Personal best</p> : null}
    </div>
  );
}

/**
 * One event's marks over time: as logged, and converted (hand → FAT, then to still air with Moinat et al. 2018).
 * The x axis is time, so a long gap between two marks shows as one. For times the y axis is reversed, so faster is
 * higher.
 */
export function ProgressChart({
  label,
  unit,
  lowerIsBetter,
  points,
  timeZone,
}: {
  label: string;
  unit: string;
  lowerIsBetter: boolean;
  points: ProgressPoint[];
  /** The athlete's zone: whose "this year" the dates leave the year out for. */
  timeZone: string;
}) {
  const showAdjusted = points.some((p) => p.adjusted !== null && p.adjusted !== p.value);
  const axis = dayAxis(
    points.map((p) => p.date),
    { timeZone, ticks: 4 },
  );
  const data = points.map((p) => ({ ...p, day: dayToX(p.date) }));
  const yAxis = valueAxis(
    points.flatMap((p) => (p.adjusted === null ? [p.value] : [p.value, p.adjusted])),
    unit,
  );
  return (
    <figure aria-label={`${label}: marks over time`}>
      <div className="h-56 w-full text-xs">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 10, right: 16, bottom: 0, left: -8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.1} vertical={false} />
            <XAxis dataKey="day" {...axis.props} minTickGap={16} stroke="currentColor" strokeOpacity={0.5} />
            <YAxis
              reversed={lowerIsBetter}
              domain={yAxis.domain}
              ticks={yAxis.ticks}
              tickFormatter={(v: number) => v.toFixed(yAxis.decimals)}
              stroke="currentColor"
              strokeOpacity={0.5}
              width={52}
            />
            <Line
              dataKey="value"
              name="As logged"
              stroke="#fe4a11"
              strokeWidth={2}
              dot={<MarkDot />}
              activeDot={false}
              isAnimationActive={false}
            />
            {showAdjusted ? (
              <Line
                dataKey="adjusted"
                name="Still air / FAT equivalent"
                stroke="#6366f1"
                strokeDasharray="5 4"
                strokeWidth={2}
                dot={{ r: 2.5, fill: "#6366f1" }}
                connectNulls
                isAnimationActive={false}
              />
            ) : null}
            <Tooltip content={(props) => <MarkTooltip {...props} unit={unit} timeZone={timeZone} />} />
            <Legend wrapperStyle={{ fontSize: 12 }} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-500 dark:text-zinc-400">
        <span>
          <span aria-hidden="true" className="text-amber-500">
            ★
          </span>{" "}
          personal best
        </span>
        {points.some((p) => p.windAided) ? (
          <span>
            <span aria-hidden="true" className="inline-block size-2.5 rounded-full border-2 border-red-500" />{" "}
            wind-aided (over +2.0 m/s), never a PB
          </span>
        ) : null}
        {lowerIsBetter ? <span>Faster is higher.</span> : null}
      </figcaption>
    </figure>
  );
}
