"use client";

import type { ReactElement, ReactNode } from "react";
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { dayAxis, dayToX } from "@/components/charts/day-axis";
import { accelerationAtTime, timeAtDistance, velocityAtTime } from "@/lib/analysis/sprint-profile";
import { formatDate } from "@/lib/core/dates";
import type { SprintProfileDto } from "@/lib/sprint-profiles/responses";

/**
 * The Sprint profile's charts (PRODUCT 4.9). Each is a figure whose caption says in words what the chart draws, so
 * the numbers reach a screen reader (and anyone who does not read charts) as well as the eye.
 */

const BRAND = "#fe4a11";
const SECOND = "#6366f1";
/** Points along the model curves: smooth at phone width, cheap to draw. */
const SAMPLES = 60;

const axisProps = { stroke: "currentColor", strokeOpacity: 0.5 } as const;

function ChartFigure({ label, caption, children }: { label: string; caption: ReactNode; children: ReactElement }) {
  return (
    <figure aria-label={label} className="min-w-0">
      <div className="h-56 w-full text-xs">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">{caption}</figcaption>
    </figure>
  );
}

/** The furthest gate, rounded up to 5 m: where the model curves stop. */
/** The distance axis both profile charts share: 0 to the last gate, in metres. */
function distanceAxis(to: number) {
  return {
    dataKey: "distance",
    type: "number",
    domain: [0, to],
    unit: " m",
    ...axisProps,
    label: { value: "Distance (m)", position: "insideBottom", offset: -10, fill: "currentColor" },
  } as const;
}

function lastDistance(profile: Pick<SprintProfileDto, "distances_m">): number {
  return Math.ceil(Math.max(...profile.distances_m) / 5) * 5;
}

function samples(to: number): number[] {
  return Array.from({ length: SAMPLES + 1 }, (_, i) => (to * i) / SAMPLES);
}

type SplitsProfile = Pick<SprintProfileDto, "distances_m" | "times_s" | "time_correction_s" | "mss" | "tau" | "rse">;

/** Measured splits (dots) over the model's time at each distance, on the clock the splits were timed on. */
export function SplitsChart({ profile }: { profile: SplitsProfile }) {
  const to = lastDistance(profile);
  const model = samples(to)
    .map((distance) => ({
      distance,
      model: timeAtDistance(distance, profile.mss, profile.tau) - profile.time_correction_s,
    }))
    .filter((p) => p.model >= 0);
  const measured = profile.distances_m.map((distance, i) => ({ distance, measured: profile.times_s[i]! }));
  const splitsWords = measured.map((m) => `${m.distance} m in ${m.measured.toFixed(2)} s`).join(", ");
  return (
    <ChartFigure
      label="Measured splits over the model curve"
      caption={`Measured: ${splitsWords}. The line is the model (MSS ${profile.mss.toFixed(2)} m/s, TAU ${profile.tau.toFixed(2)} s); it misses the splits by ${profile.rse.toFixed(3)} s on average.`}
    >
      <ComposedChart data={model} margin={{ top: 10, right: 16, bottom: 14, left: -8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.1} />
        <XAxis {...distanceAxis(to)} />
        <YAxis
          type="number"
          unit=" s"
          domain={[0, "auto"]}
          tickFormatter={(v: number) => v.toFixed(1)}
          width={56}
          {...axisProps}
        />
        <Line dataKey="model" name="Model" stroke={SECOND} strokeWidth={2} dot={false} isAnimationActive={false} />
        <Scatter data={measured} dataKey="measured" name="Measured split" fill={BRAND} isAnimationActive={false} />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12 }} />
      </ComposedChart>
    </ChartFigure>
  );
}

/** Speed and acceleration the model gives at each distance of the sprint. */
export function SpeedChart({ profile }: { profile: Pick<SprintProfileDto, "distances_m" | "mss" | "tau" | "mac"> }) {
  const to = lastDistance(profile);
  const data = samples(to).map((distance) => {
    const t = timeAtDistance(distance, profile.mss, profile.tau);
    return {
      distance,
      speed: velocityAtTime(t, profile.mss, profile.tau),
      acceleration: accelerationAtTime(t, profile.mss, profile.tau),
    };
  });
  const at = (d: number) =>
    data.reduce((best, p) => (Math.abs(p.distance - d) < Math.abs(best.distance - d) ? p : best));
  const ten = at(10);
  const end = data[data.length - 1]!;
  return (
    <ChartFigure
      label="Speed and acceleration over distance"
      caption={`Acceleration starts at ${profile.mac.toFixed(2)} m/s² and fades as speed rises: ${ten.speed.toFixed(1)} m/s at 10 m, ${end.speed.toFixed(1)} m/s at ${to} m, towards a top speed of ${profile.mss.toFixed(2)} m/s.`}
    >
      <LineChart data={data} margin={{ top: 10, right: 4, bottom: 14, left: -8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.1} />
        <XAxis {...distanceAxis(to)} />
        <YAxis
          yAxisId="speed"
          domain={[0, "auto"]}
          tickFormatter={(v: number) => v.toFixed(0)}
          width={40}
          {...axisProps}
        />
        <YAxis
          yAxisId="acceleration"
          orientation="right"
          domain={[0, "auto"]}
          tickFormatter={(v: number) => v.toFixed(0)}
          width={32}
          {...axisProps}
        />
        <Line
          yAxisId="speed"
          dataKey="speed"
          name="Speed (m/s)"
          stroke={BRAND}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          yAxisId="acceleration"
          dataKey="acceleration"
          name="Acceleration (m/s², right)"
          stroke={SECOND}
          strokeDasharray="5 4"
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12 }} />
      </LineChart>
    </ChartFigure>
  );
}

/** The horizontal force–velocity line, F0 at standstill down to V0, with peak power at its middle. */
export function ForceVelocityChart({ fv }: { fv: NonNullable<SprintProfileDto["fv"]> }) {
  const data = [
    { v: 0, force: fv.f0_rel },
    { v: fv.v0, force: 0 },
  ];
  return (
    <ChartFigure
      label="Force–velocity line"
      caption={`Force falls in a straight line from ${fv.f0_rel.toFixed(2)} N/kg at standstill (F0) to none at ${fv.v0.toFixed(2)} m/s (V0); power peaks at ${fv.pmax_rel.toFixed(1)} W/kg halfway along.`}
    >
      <LineChart data={data} margin={{ top: 10, right: 16, bottom: 14, left: -8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.1} />
        <XAxis
          dataKey="v"
          type="number"
          domain={[0, Math.ceil(fv.v0)]}
          {...axisProps}
          label={{ value: "Speed (m/s)", position: "insideBottom", offset: -10, fill: "currentColor" }}
        />
        <YAxis
          type="number"
          domain={[0, Math.ceil(fv.f0_rel)]}
          tickFormatter={(v: number) => v.toFixed(0)}
          width={40}
          {...axisProps}
          label={{ value: "N/kg", angle: -90, position: "insideLeft", offset: 14, fill: "currentColor" }}
        />
        <Line dataKey="force" name="Horizontal force" stroke={BRAND} strokeWidth={2} isAnimationActive={false} />
        <ReferenceDot
          x={fv.v0 / 2}
          y={fv.f0_rel / 2}
          r={5}
          fill={SECOND}
          stroke="none"
          label={{ value: "Pmax", position: "top", fill: "currentColor" }}
        />
      </LineChart>
    </ChartFigure>
  );
}

export interface TrendPoint {
  date: string;
  mss: number;
  mac: number;
}

function TrendTooltip({
  active,
  payload,
  timeZone,
}: {
  active?: boolean;
  payload?: readonly { payload?: TrendPoint }[];
  timeZone: string;
}) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="rounded-xl border border-zinc-200 bg-white px-3 py-2 text-xs shadow-md dark:border-zinc-700 dark:bg-zinc-900">
      <p className="font-semibold">{formatDate(point.date, { timeZone })}</p>
      <p>
        MSS {point.mss.toFixed(2)} m/s · MAC {point.mac.toFixed(2)} m/s²
      </p>
    </div>
  );
}

/** MSS and MAC over the season, on a time axis with dates in words. `caption` is the reading in words. */
export function TrendChart({ points, timeZone, caption }: { points: TrendPoint[]; timeZone: string; caption: string }) {
  const ordered = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const axis = dayAxis(
    ordered.map((p) => p.date),
    { timeZone, ticks: 4 },
  );
  const data = ordered.map((p) => ({ ...p, day: dayToX(p.date) }));
  return (
    <ChartFigure label="Top speed and acceleration over time" caption={caption}>
      <LineChart data={data} margin={{ top: 10, right: 4, bottom: 0, left: -8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.1} vertical={false} />
        <XAxis dataKey="day" {...axis.props} minTickGap={16} {...axisProps} />
        <YAxis
          yAxisId="mss"
          domain={["auto", "auto"]}
          tickFormatter={(v: number) => v.toFixed(1)}
          width={44}
          {...axisProps}
        />
        <YAxis
          yAxisId="mac"
          orientation="right"
          domain={["auto", "auto"]}
          tickFormatter={(v: number) => v.toFixed(1)}
          width={36}
          {...axisProps}
        />
        <Line
          yAxisId="mss"
          dataKey="mss"
          name="MSS (m/s)"
          stroke={BRAND}
          strokeWidth={2}
          dot={{ r: 3.5, fill: BRAND }}
          isAnimationActive={false}
        />
        <Line
          yAxisId="mac"
          dataKey="mac"
          name="MAC (m/s², right)"
          stroke={SECOND}
          strokeDasharray="5 4"
          strokeWidth={2}
          dot={{ r: 3.5, fill: SECOND }}
          isAnimationActive={false}
        />
        <Tooltip content={(props) => <TrendTooltip {...props} timeZone={timeZone} />} />
        <Legend verticalAlign="top" wrapperStyle={{ fontSize: 12 }} />
      </LineChart>
    </ChartFigure>
  );
}
