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

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a clock on the wall in `timeZone` reads at `instant` (epoch milliseconds). */
function wallClock(timeZone: string, instant: number): WallClock {
  let format = wallClockFormats.get(timeZone);
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
    wallClockFormats.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = Number(value);
  return {
    year: part.year ?? 1970,
    month: part.month ?? 1,
    day: part.day ?? 1,
    hour: part.hour ?? 0,
    minute: part.minute ?? 0,
    second: part.second ?? 0,
  };
}

/** The zone's offset from UTC at `instant`, in milliseconds (positive east of Greenwich). */
function zoneOffsetMs(timeZone: string, instant: number): number {
  const at = wallClock(timeZone, instant);
  const wall = Date.UTC(at.year, at.month - 1, at.day, at.hour, at.minute, at.second);
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

// ---------------------------------------------------------------- dates in words (PRODUCT 7)

const WEEKDAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const twoDigits = (n: number) => String(n).padStart(2, "0");

export interface DateWordsOptions {
  /** The viewer's IANA zone: where an instant is placed, and whose year is "this year". UTC when left out. */
  timeZone?: string;
  /** Add the time of day, "19:00" (an instant only: a calendar day has none). */
  time?: boolean;
  /**
   * The year is added when the date's is not the year of `now` in `timeZone`. `null` never adds it, for words that
   * must read the same whatever the day they are read (Aria's messages, the analysis rules).
   */
  now?: Date | null;
}

/**
 * Every date a person reads in Aria: "Tue 1 Dec", "Tue 1 Dec 2027" in another year, "Tue 1 Dec, 19:00" with the time.
 * A `YYYY-MM-DD` string is a calendar day and reads the same in every zone; anything else (a `Date`, an ISO
 * timestamp) is an instant, shown on the wall clock of `timeZone`. Fixed English, so it never follows the server's
 * locale. An invalid date throws a RangeError.
 */
export function formatDate(
  value: string | Date,
  { timeZone = "UTC", time = false, now = new Date() }: DateWordsOptions = {},
): string {
  let day: string;
  let clock = "";
  if (typeof value === "string" && DATE_ONLY.test(value)) {
    day = value;
  } else {
    const instant = (typeof value === "string" ? new Date(value) : value).getTime();
    if (Number.isNaN(instant)) throw new RangeError(`Not a date: ${String(value)}`);
    const at = wallClock(timeZone, instant);
    day = `${String(at.year).padStart(4, "0")}-${twoDigits(at.month)}-${twoDigits(at.day)}`;
    if (time) clock = `, ${twoDigits(at.hour)}:${twoDigits(at.minute)}`;
  }
  const date = parseIsoDate(day);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${day}`);
  const year = date.getUTCFullYear();
  const words = `${WEEKDAY_NAMES[date.getUTCDay()]} ${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]}`;
  const showYear = now !== null && String(year) !== todayIn(timeZone, now).slice(0, 4);
  return `${words}${showYear ? ` ${year}` : ""}${clock}`;
}

/** "19:00": the time of day of an instant on the wall clock of `timeZone`, 24-hour. */
export function timeOfDay(value: string | Date, timeZone = "UTC"): string {
  const instant = (typeof value === "string" ? new Date(value) : value).getTime();
  if (Number.isNaN(instant)) throw new RangeError(`Not a date: ${String(value)}`);
  const at = wallClock(timeZone, instant);
  return `${twoDigits(at.hour)}:${twoDigits(at.minute)}`;
}

/** "2026-11-24" → "Tue 24 Nov", never with the year: the words of messages, the same whenever they are read. */
export function dayLabel(date: string): string {
  return formatDate(date, { now: null });
}

/**
 * Up to `most` calendar days from `from` to `to`, a whole number of days apart and starting at `from`: the ticks of a
 * time axis, each one a day that `formatDate` can name.
 */
export function dayTicks(from: string, to: string, most = 5): string[] {
  const span = daysBetween(from, to);
  if (!(span > 0) || most < 2) return [from];
  const step = Math.max(1, Math.ceil(span / (most - 1)));
  const ticks: string[] = [];
  for (let offset = 0; offset <= span; offset += step) ticks.push(addDays(from, offset));
  return ticks;
}

// ---------------------------------------------------------------- time zones in words

/** "America/New_York" → "New York", "America/Argentina/Buenos_Aires" → "Buenos Aires": the city a zone is named for. */
export function timeZoneCity(timeZone: string): string {
  return (timeZone.split("/").at(-1) ?? timeZone).replaceAll("_", " ");
}

const offsetNameFormats = new Map<string, Intl.DateTimeFormat>();

/** "UTC−5", "UTC+5:30", "UTC+0": the zone's offset at `now`, so it follows daylight saving. */
export function utcOffsetLabel(timeZone: string, now: Date = new Date()): string {
  let format = offsetNameFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "shortOffset" });
    offsetNameFormats.set(timeZone, format);
  }
  const name = format.formatToParts(now).find((part) => part.type === "timeZoneName")?.value ?? "";
  // "GMT-5", "GMT+5:30", or plain "GMT" for no offset.
  const match = /([+-])(\d{1,2})(?::(\d{2}))?$/.exec(name);
  if (!match) return "UTC+0";
  const [, sign, hours, minutes] = match;
  return `UTC${sign === "-" ? "\u2212" : "+"}${Number(hours)}${minutes && minutes !== "00" ? `:${minutes}` : ""}`;
}

/**
 * A zone as a person picks it: "New York (UTC−5)", "London (UTC+0)"; the stored value stays the IANA id. "UTC" is
 * just "UTC".
 */
export function timeZoneLabel(timeZone: string, now: Date = new Date()): string {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return "UTC";
  return `${timeZoneCity(timeZone)} (${utcOffsetLabel(timeZone, now)})`;
}
