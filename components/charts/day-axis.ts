import { daysBetween, dayTicks, formatDate, isoDate, parseIsoDate } from "@/lib/core/dates";

const DAY_MS = 86_400_000;

/** A calendar day as a point on a time axis: its 00:00 UTC in epoch milliseconds. */
export const dayToX = (day: string): number => parseIsoDate(day).getTime();

/** The words of the calendar day at a point of a time axis, in the athlete's zone's "this year". */
export function dayAtX(x: number, timeZone: string): string {
  return formatDate(isoDate(new Date(x)), { timeZone });
}

/**
 * A recharts x axis on real time over calendar days (`type="number"`, `scale="time"`), so two sessions a month
 * apart sit a month apart rather than side by side. The ticks are whole days picked here, not by the browser's
 * zone, and named like every other date. `padDays` widens the domain either side (half a day keeps the first and
 * last bars whole); a single day gets a day either side so it sits in the middle. On a number axis recharts sizes
 * bars by the gap between its own ticks, so `barSize` gives a bar most of one day's width instead.
 */
export function dayAxis(days: readonly string[], options: { timeZone: string; ticks?: number; padDays?: number }) {
  const { timeZone, ticks = 5, padDays = 0 } = options;
  const sorted = [...days].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const padding = first === last ? 1 : padDays;
  const pad = padding * DAY_MS;
  const width = (first && last ? daysBetween(first, last) : 0) + 2 * padding;
  return {
    /** 70% of one day, as a share of the axis. */
    barSize: `${width > 0 ? (70 / width).toFixed(3) : 0}%`,
    props: {
      type: "number" as const,
      scale: "time" as const,
      domain: [(dataMin: number) => dataMin - pad, (dataMax: number) => dataMax + pad] as const,
      ticks: first && last ? dayTicks(first, last, ticks).map(dayToX) : [],
      tickFormatter: (x: number) => dayAtX(x, timeZone),
    },
  };
}
