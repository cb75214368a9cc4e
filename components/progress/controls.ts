/** Shared look of form controls on the athlete's logging pages (matches the settings forms). */
export const CONTROL =
  "mt-1 block w-full rounded-xl border border-zinc-300 bg-white px-3 py-2.5 text-base text-zinc-900 shadow-sm focus:border-track-500 focus:outline-none focus:ring-2 focus:ring-track-500/30 aria-[invalid]:border-red-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";

export const LABEL = "block text-sm font-medium text-zinc-800 dark:text-zinc-200";

/** A mark's number as read: times to 2 decimals, other units as given (at most 2 decimals, no trailing zeros). */
export function markNumber(value: number, unit: string): string {
  return unit === "s" ? value.toFixed(2) : String(Number(value.toFixed(2)));
}

/** A mark as read, with its unit: "12.58 s", "2.5 m", "184 kg". */
export function markLabel(value: number, unit: string): string {
  return `${markNumber(value, unit)} ${unit}`;
}

export function windLabel(wind: number | null): string {
  if (wind === null) return "no wind reading";
  return `${wind > 0 ? "+" : wind < 0 ? "−" : "±"}${Math.abs(wind).toFixed(1)} m/s`;
}
