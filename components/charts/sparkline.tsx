/** A tiny trend line for 0–10 values (pain), with the "above 5" zone shaded. Server-rendered SVG. */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const width = 120;
  const height = 32;
  if (values.length === 0) return null;
  const x = (i: number) => (values.length === 1 ? width / 2 : (i / (values.length - 1)) * width);
  const y = (v: number) => height - (v / 10) * height;
  const path = values.map((v, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  const last = values[values.length - 1]!;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-8 w-30" role="img" aria-label={label}>
      <rect x="0" y="0" width={width} height={y(5)} className="fill-red-500/10" />
      <path d={path} fill="none" strokeWidth="2" className="stroke-track-500" strokeLinejoin="round" />
      <circle cx={x(values.length - 1)} cy={y(last)} r="2.5" className="fill-track-600" />
    </svg>
  );
}
