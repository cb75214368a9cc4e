/** Shared look of form controls on the athlete's logging pages (matches the settings forms). */
export const CONTROL =
  "mt-1 block w-full rounded-xl border border-zinc-300 bg-white px-3 py-2.5 text-base text-zinc-900 shadow-sm focus:border-track-500 focus:outline-none focus:ring-2 focus:ring-track-500/30 aria-[invalid]:border-red-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";

export const LABEL = "block text-sm font-medium text-zinc-800 dark:text-zinc-200";

const SPECIAL: Record<string, string> = { "30m_fly": "30 m fly", "100mh": "100 m hurdles", "110mh": "110 m hurdles" };

/** "100m" → "100 m", "400mh" → "400 m hurdles", "squat_1rm" → "squat 1rm". */
export function metricLabel(metric: string): string {
  if (SPECIAL[metric]) return SPECIAL[metric];
  const race = /^(\d+(?:\.\d+)?)m(h?)(?:_(.*))?$/.exec(metric);
  if (race) return `${race[1]} m${race[2] ? " hurdles" : ""}${race[3] ? ` ${race[3].replaceAll("_", " ")}` : ""}`;
  return metric.replaceAll("_", " ");
}

/** A mark as read: times to 2 decimals with "s", other units as given. */
export function markLabel(value: number, unit: string): string {
  if (unit === "s") return `${value.toFixed(2)} s`;
  return `${Number(value.toFixed(2))} ${unit}`;
}

export function windLabel(wind: number | null): string {
  if (wind === null) return "no wind reading";
  return `${wind > 0 ? "+" : wind < 0 ? "−" : "±"}${Math.abs(wind).toFixed(1)} m/s`;
}
