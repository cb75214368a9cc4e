import { ACWR_DANGER, ACWR_SWEET_SPOT_HIGH, ACWR_SWEET_SPOT_LOW } from "@/lib/analysis/thresholds";

/**
 * A still of what an athlete sees on a Monday: the load chart with its sweet-spot band and the warning Aria raised.
 * Drawn from a fixed, realistic week so that the landing page needs no account and no database.
 */

const LOADS = [320, 0, 540, 410, 0, 620, 280, 360, 0, 580, 470, 0, 710, 300];
const ACWR = [0.92, 0.88, 0.97, 1.01, 0.97, 1.06, 1.05, 1.06, 1.01, 1.09, 1.13, 1.08, 1.2, 1.18];

export function HeroPreview() {
  const width = 280;
  const height = 110;
  const barWidth = width / LOADS.length - 4;
  const maxLoad = 800;
  const y = (ratio: number) => height - ((ratio - 0.5) / 1.2) * height;
  const line = ACWR.map(
    (r, i) => `${i === 0 ? "M" : "L"}${i * (width / LOADS.length) + barWidth / 2 + 2},${y(r)}`,
  ).join(" ");
  return (
    <figure
      aria-label="Example athlete dashboard: training load with an acute-to-chronic ratio of 1.18, inside the sweet spot, and a hamstring warning"
      className="relative mx-auto w-full max-w-sm rounded-3xl border border-zinc-200 bg-white p-5 shadow-xl shadow-track-500/10 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex items-center justify-between text-xs text-zinc-500 dark:text-zinc-400">
        <span>Training load · 14 days</span>
        <span className="rounded-full bg-emerald-100 px-2 py-0.5 font-medium text-emerald-700 dark:bg-emerald-900/50 dark:text-emerald-300">
          ACWR 1.18 · sweet spot
        </span>
      </div>
      <svg viewBox={`0 0 ${width} ${height}`} className="mt-3 h-28 w-full" aria-hidden="true">
        <rect
          x="0"
          y={y(ACWR_SWEET_SPOT_HIGH)}
          width={width}
          height={y(ACWR_SWEET_SPOT_LOW) - y(ACWR_SWEET_SPOT_HIGH)}
          className="fill-emerald-500/10"
        />
        <line
          x1="0"
          x2={width}
          y1={y(ACWR_DANGER)}
          y2={y(ACWR_DANGER)}
          className="stroke-red-400"
          strokeDasharray="4 3"
        />
        {LOADS.map((load, i) => (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed series
            key={i}
            x={i * (width / LOADS.length) + 2}
            y={height - (load / maxLoad) * height}
            width={barWidth}
            height={(load / maxLoad) * height}
            rx="2"
            className="fill-zinc-200 dark:fill-zinc-700"
          />
        ))}
        <path d={line} fill="none" className="stroke-track-500" strokeWidth="2.5" strokeLinejoin="round" />
      </svg>
      <div className="mt-4 rounded-2xl border border-red-200 bg-red-50 p-3 text-sm dark:border-red-900/60 dark:bg-red-950/40">
        <p className="font-semibold text-red-800 dark:text-red-300">Hold the flys today</p>
        <p className="mt-1 text-red-700/90 dark:text-red-200/80">
          Your right hamstring is still active (pain 6/10 yesterday) and Thursday was a max-velocity day. Swap to
          upper-body and core work until pain is 3 or lower.
        </p>
      </div>
      <div className="mt-3 grid grid-cols-3 gap-2 text-center text-xs">
        <div className="rounded-xl bg-zinc-50 p-2 dark:bg-zinc-800/60">
          <div className="text-base font-semibold">5</div>
          <div className="text-zinc-500 dark:text-zinc-400">sessions</div>
        </div>
        <div className="rounded-xl bg-zinc-50 p-2 dark:bg-zinc-800/60">
          <div className="text-base font-semibold">6.4</div>
          <div className="text-zinc-500 dark:text-zinc-400">avg RPE</div>
        </div>
        <div className="rounded-xl bg-zinc-50 p-2 dark:bg-zinc-800/60">
          <div className="text-base font-semibold">10.61</div>
          <div className="text-zinc-500 dark:text-zinc-400">100 m PB</div>
        </div>
      </div>
    </figure>
  );
}
