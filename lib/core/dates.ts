/** Calendar-date helpers on `YYYY-MM-DD` strings, in UTC so that they never shift with the server's zone. */

const DAY_MS = 86_400_000;

export function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function parseIsoDate(value: string): Date {
  return new Date(epochDay(value) * DAY_MS);
}

/*
 * The analysis rules do date arithmetic on the same few hundred dates for every athlete of a batch, so the two
 * conversions between a `YYYY-MM-DD` string and its day number since 1970 are remembered (bounded, and only for
 * valid dates: an invalid one still fails as before).
 */
const MEMO_LIMIT = 50_000;
const dayNumbers = new Map<string, number>();
const dayStrings = new Map<number, string>();

function epochDay(value: string): number {
  let day = dayNumbers.get(value);
  if (day === undefined) {
    day = Date.parse(`${value}T00:00:00.000Z`) / DAY_MS;
    if (Number.isInteger(day) && dayNumbers.size < MEMO_LIMIT) dayNumbers.set(value, day);
  }
  return day;
}

function fromEpochDay(day: number): string {
  let value = dayStrings.get(day);
  if (value === undefined) {
    value = isoDate(new Date(day * DAY_MS));
    if (dayStrings.size < MEMO_LIMIT) dayStrings.set(day, value);
  }
  return value;
}

export function addDays(value: string, days: number): string {
  return fromEpochDay(epochDay(value) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round(epochDay(to) - epochDay(from));
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Today's calendar date in an IANA time zone (the athlete's own "today"). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format.format(now);
}

/** Day of the week of a calendar date: 0 Sunday … 6 Saturday (a date's weekday is the same in every zone). */
export function weekdayOf(value: string): number {
  return parseIsoDate(value).getUTCDay();
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at `instant`, in milliseconds (positive east of Greenwich). */
function zoneOffsetMs(timeZone: string, instant: number): number {
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

// A batch schedules the same few local times on the same date for every athlete in a zone.
const zonedInstants = new Map<string, number>();

/**
 * The UTC instant at which the wall clock in `timeZone` reads `hour:minute` on `date`, with Intl only. Around a
 * daylight-saving change it behaves like Temporal's "compatible" disambiguation: a repeated time (clocks going
 * back) is its first occurrence; a skipped time (clocks going forward) moves forward by the gap.
 */
export function zonedTimeToUtc(date: string, hour: number, minute: number, timeZone: string): Date {
  const key = `${date} ${hour}:${minute} ${timeZone}`;
  let instant = zonedInstants.get(key);
  if (instant === undefined) {
    instant = findZonedInstant(date, hour, minute, timeZone);
    if (zonedInstants.size < MEMO_LIMIT) zonedInstants.set(key, instant);
  }
  return new Date(instant);
}

function findZonedInstant(date: string, hour: number, minute: number, timeZone: string): number {
  const wall = parseIsoDate(date).getTime() + (hour * 60 + minute) * 60_000;
  // The offsets in force a day either side cover any single transition near this wall time.
  const before = zoneOffsetMs(timeZone, wall - DAY_MS);
  const after = zoneOffsetMs(timeZone, wall + DAY_MS);
  const valid = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wall - zoneOffsetMs(timeZone, instant) === instant);
  if (valid.length > 0) return Math.min(...valid);
  return wall - before;
}

/** Age in whole years on `on` for someone born on `birthDate`; a 29 February birthday falls on 1 March otherwise. */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // "MM-DD" strings compare in calendar order.
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
