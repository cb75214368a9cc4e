/** Calendar-date helpers on `YYYY-MM-DD` strings, in UTC so that they never shift with the server's zone. */

const DAY_MS = 86_400_000;

export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function parseIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

export function addDays(value: string, days: number): string {
  return isoDate(new Date(parseIsoDate(value).getTime() + days * DAY_MS));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / DAY_MS);
}

/** Today's calendar date in an IANA time zone (the athlete's own "today"). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Day of the week of a calendar date: 0 Sunday … 6 Saturday (a date's weekday is the same in every zone). */
export function weekdayOf(value: string): number {
  return parseIsoDate(value).getUTCDay();
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at `instant`, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    offsetFormats.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = Number(value);
  const wall = Date.UTC(
    part.year ?? 1970,
    (part.month ?? 1) - 1,
    part.day ?? 1,
    part.hour ?? 0,
    part.minute ?? 0,
    part.second ?? 0,
  );
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The UTC instant at which the wall clock in `timeZone` reads `hour:minute` on `date`, with Intl only. Around a
 * daylight-saving change it behaves like Temporal's "compatible" disambiguation: a repeated time (clocks going
 * back) is its first occurrence; a skipped time (clocks going forward) moves forward by the gap.
 */
export function zonedTimeToUtc(date: string, hour: number, minute: number, timeZone: string): Date {
  const wall = parseIsoDate(date).getTime() + (hour * 60 + minute) * 60_000;
  // The offsets in force a day either side cover any single transition near this wall time.
  const before = zoneOffsetMs(timeZone, wall - DAY_MS);
  const after = zoneOffsetMs(timeZone, wall + DAY_MS);
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wall - zoneOffsetMs(timeZone, instant) === instant);
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(wall - before);
}

/** Age in whole years on `on` for someone born on `birthDate`; a 29 February birthday falls on 1 March otherwise. */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // "MM-DD" strings compare in calendar order.
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
