import { daysBetween } from "@/lib/core/dates";

/**
 * A tiny trend line for 0–10 values (pain) on their calendar days, oldest first, with the "above 5" zone shaded.
 * Points sit by date, so a week without a log is a longer stretch of line than a day. Server-rendered SVG.
 */
export function Sparkline({ points, label }: { points: readonly { date: string; level: number }[]; label: string }) {
  const width = 120;
  const height = 32;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return null;
  const span = daysBetween(first.date, last.date);
  const x = (date: string) => (span > 0 ? (daysBetween(first.date, date) / span) * width : width / 2);
  const y = (v: number) => height - (v / 10) * height;
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.date).toFixed(1)},${y(p.level).toFixed(1)}`).join(" ");
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-8 w-30" role="img" aria-label={label}>
      <rect x="0" y="0" width={width} height={y(5)} className="fill-red-500/10" />
      <path d={path} fill="none" strokeWidth="2" className="stroke-track-500" strokeLinejoin="round" />
      <circle cx={x(last.date)} cy={y(last.level)} r="2.5" className="fill-track-600" />
    </svg>
  );
}
