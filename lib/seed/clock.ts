import { addDays, todayIn, weekdayOf, zonedTimeToUtc } from "@/lib/core/dates";

/**
 * One person's calendar at the seed instant. The app reads each athlete's data as of today in the athlete's own
 * zone, so each plan is anchored to that local date, and every time of day is a wall-clock time in that zone
 * (daylight saving included), never a fixed offset.
 */
export interface LocalCalendar {
  timezone: string;
  /** The person's local date at the seed instant. */
  today: string;
  /** The date `d` days before today (after it when `d` is negative). */
  day(d: number): string;
  /** The instant the zone's clocks read hh:mm, `d` days before today. */
  at(d: number, hh: number, mm?: number): Date;
  /** As `at`, but never after the seed instant: what was logged cannot have been logged in the future. */
  logged(d: number, hh: number, mm?: number): Date;
}

export function localCalendar(timezone: string, now: Date): LocalCalendar {
  const today = todayIn(timezone, now);
  const day = (d: number) => addDays(today, -d);
  const at = (d: number, hh: number, mm = 0) => zonedTimeToUtc(day(d), hh, mm, timezone);
  const logged = (d: number, hh: number, mm = 0) => {
    const instant = at(d, hh, mm);
    return instant.getTime() > now.getTime() ? new Date(now.getTime()) : instant;
  };
  return { timezone, today, day, at, logged };
}

const SATURDAY = 6;

/** Days from today to the first Saturday on or after `days` from today: meets are held on Saturdays. */
export function daysToSaturdayFrom(today: string, days: number): number {
  return days + ((SATURDAY - weekdayOf(addDays(today, days)) + 7) % 7);
}
