import { addDays, daysBetween } from "@/lib/core/dates";

/**
 * Windows are inclusive day ranges ending on the as-of date (PRODUCT.md section 4): the last N days are
 * as_of−(N−1) … as_of, so day −6 is inside the 7-day window and day −7 is not. Nothing after as-of is inside.
 */

export interface DayWindow {
  from: string;
  to: string;
}

/** The last `days` days ending on `asOf`. */
export function lastDays(asOf: string, days: number): DayWindow {
  return { from: addDays(asOf, -(days - 1)), to: asOf };
}

/** The `days` days just before the last `skip` days: the "previous week" when skip = days = 7. */
export function previousDays(asOf: string, days: number, skip: number = days): DayWindow {
  return { from: addDays(asOf, -(skip + days - 1)), to: addDays(asOf, -skip) };
}

/** Whether a `YYYY-MM-DD` date lies in the window (string comparison is date order for this format). */
export function inWindow(date: string, window: DayWindow): boolean {
  return date >= window.from && date <= window.to;
}

export function within<T extends { date: string }>(rows: readonly T[], window: DayWindow): T[] {
  return rows.filter((row) => inWindow(row.date, window));
}

/** Every date from `from` to `to`, both included; empty when `to` is before `from`. */
export function datesFrom(from: string, to: string): string[] {
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

/** Whole days from `date` back to `asOf`: 0 on as-of, 6 for the oldest day of the 7-day window. */
export function daysAgo(date: string, asOf: string): number {
  return daysBetween(date, asOf);
}

/** The as-of date must be a real `YYYY-MM-DD` date; anything else is a caller's bug, reported clearly. */
export function assertAsOf(asOf: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || addDays(asOf, 0) !== asOf) {
    throw new RangeError(`as-of must be a YYYY-MM-DD date, got "${asOf}"`);
  }
}
