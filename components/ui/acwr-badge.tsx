import type { AcwrZone } from "@/lib/analysis/types";

const ZONES: Record<AcwrZone, { label: string; className: string }> = {
  low: { label: "below sweet spot", className: "bg-sky-100 text-sky-800 dark:bg-sky-900/40 dark:text-sky-200" },
  sweet_spot: {
    label: "sweet spot",
    className: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200",
  },
  elevated: { label: "elevated", className: "bg-amber-100 text-amber-800 dark:bg-amber-900/40 dark:text-amber-200" },
  danger: { label: "danger", className: "bg-red-100 text-red-800 dark:bg-red-900/50 dark:text-red-200" },
};

/** The acute:chronic workload ratio with the colour of its band (the zone comes from lib/analysis/load.ts). */
export function AcwrBadge({ acwr, zone }: { acwr: number | null; zone: AcwrZone | null }) {
  if (acwr === null || zone === null) {
    return <span className="text-sm text-zinc-500 dark:text-zinc-400">not enough history</span>;
  }
  const { label, className } = ZONES[zone];
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ${className}`}>
      {acwr.toFixed(2)} · {label}
    </span>
  );
}
