"use client";

import {
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";

export interface SquadPoint {
  name: string;
  mss: number;
  mac: number;
}

const firstName = (name: string) => name.split(" ")[0] ?? name;

function PointTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: SquadPoint }[] }) {
  const point = active ? payload?.[0]?.payload : undefined;
  if (!point) return null;
  return (
    <div className="rounded-xl border border-zinc-200 bg-white px-3 py-2 text-xs shadow-md dark:border-zinc-700 dark:bg-zinc-900">
      <p className="font-semibold">{point.name}</p>
      <p>
        MSS {point.mss.toFixed(2)} m/s · MAC {point.mac.toFixed(2)} m/s²
      </p>
    </div>
  );
}

/**
 * The squad's latest profiles as points of top speed (MSS, across) against acceleration (MAC, up): who is fast, who
 * is quick out of the start. The caption lists every point in words.
 */
export function SquadScatter({ points }: { points: SquadPoint[] }) {
  const data = points.map((p) => ({ ...p, label: firstName(p.name) }));
  return (
    <figure aria-label="Top speed against acceleration across the squad" className="min-w-0">
      <p aria-hidden="true" className="text-xs text-zinc-600 dark:text-zinc-400">
        ↑ Acceleration, MAC (m/s²)
      </p>
      <div className="h-64 w-full text-xs">
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 16, right: 24, bottom: 16, left: -4 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.1} />
            <XAxis
              dataKey="mss"
              type="number"
              name="MSS"
              unit=" m/s"
              domain={["dataMin - 0.3", "dataMax + 0.3"]}
              tickFormatter={(v: number) => v.toFixed(1)}
              stroke="currentColor"
              strokeOpacity={0.5}
              label={{ value: "Top speed, MSS (m/s)", position: "insideBottom", offset: -10, fill: "currentColor" }}
            />
            <YAxis
              dataKey="mac"
              type="number"
              name="MAC"
              domain={["dataMin - 0.5", "dataMax + 0.5"]}
              tickFormatter={(v: number) => v.toFixed(1)}
              stroke="currentColor"
              strokeOpacity={0.5}
              width={48}
            />
            <ZAxis range={[80, 80]} />
            <Scatter data={data} fill="#fe4a11" isAnimationActive={false}>
              <LabelList dataKey="label" position="top" fill="currentColor" />
            </Scatter>
            <Tooltip content={(props) => <PointTooltip {...props} />} />
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
        Right is faster at top speed, higher is quicker out of the start.{" "}
        {points.map((p) => `${p.name}: MSS ${p.mss.toFixed(2)} m/s, MAC ${p.mac.toFixed(2)} m/s²`).join("; ")}.
      </figcaption>
    </figure>
  );
}
