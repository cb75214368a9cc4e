import { z } from "zod";
import { addDays, isoDate } from "./dates";

/** Field schemas shared by the API, the forms and the chat tools, with messages that say what is expected. */

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}

/** A type error message, or "is required" when the field is missing, so that a 400 names the field and the fix. */
export const expecting = (expectation: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : expectation),
});

export const emailField = z
  .string(expecting("must be a valid e-mail address"))
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .pipe(z.email("must be a valid e-mail address"));

export const passwordField = z
  .string(expecting("must be a string of at least 8 characters"))
  .min(8, "must be at least 8 characters")
  .max(200, "must be at most 200 characters");

// ---------------------------------------------------------------- text

/**
 * The characters no typed text holds: the C0 controls (U+0000–U+001F) and DEL (U+007F). PostgreSQL refuses NUL in
 * a text column, so one slipping through validation would fail the write as a server error; the others are never
 * typed and can hide or forge what a coach reads. Multi-line text keeps tab and line feed.
 */
const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const LAST_C0 = 0x1f;
const DEL = 0x7f;

function hasControlCharacter(value: string, allowed: readonly number[]): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if ((code <= LAST_C0 || code === DEL) && !allowed.includes(code)) return true;
  }
  return false;
}

export const CONTROL_CHARACTERS_MESSAGE = "must not contain control characters";
export const SINGLE_LINE_MESSAGE = "must be a single line, without line breaks or tabs";

/** Whether text may run over several lines (notes, descriptions, messages) or is one line (titles, names). */
export type TextLines = "single-line" | "multi-line";

/**
 * The one builder behind every free-text field of a request: NFC-normalised (so "é" typed either way is one
 * string), line breaks unified to LF in multi-line text (a browser's textarea sends CRLF), trimmed, and refused
 * with a message naming the fix when it holds a control character. Callers add their own length bounds.
 */
export function plainText(lines: TextLines, expected = "must be text") {
  const base = z.string(expecting(expected)).normalize("NFC");
  if (lines === "multi-line") {
    return base
      .overwrite((value) => value.replace(/\r\n?/g, "\n"))
      .trim()
      .refine((value) => !hasControlCharacter(value, [TAB, LINE_FEED]), CONTROL_CHARACTERS_MESSAGE);
  }
  return base
    .trim()
    .refine((value) => !/[\t\n\r]/.test(value), SINGLE_LINE_MESSAGE)
    .refine((value) => !hasControlCharacter(value, [TAB, LINE_FEED, CARRIAGE_RETURN]), CONTROL_CHARACTERS_MESSAGE);
}

/** A required title or name: one line, 1 to `max` characters. */
export const titleField = (max: number, expected?: string) =>
  plainText("single-line", expected).min(1, "is required").max(max, `must be at most ${max} characters`);

/** A required message or note body: several lines allowed, 1 to `max` characters. */
export const messageField = (max: number) =>
  plainText("multi-line").min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/** Optional free text (notes, descriptions), several lines allowed; an empty string is stored as null. */
export const textField = (max: number) =>
  plainText("multi-line")
    .max(max, `must be at most ${max} characters`)
    .transform((value) => (value === "" ? null : value));

/** Optional text on one line (a place, a search term); an empty string is stored as null. */
export const lineField = (max: number) =>
  plainText("single-line")
    .max(max, `must be at most ${max} characters`)
    .transform((value) => (value === "" ? null : value));

export const nameField = titleField(100);

export const timeZoneField = z
  .string(expecting("must be an IANA time zone such as Europe/London"))
  .trim()
  .refine(isTimeZone, "must be an IANA time zone such as Europe/London");

// ---------------------------------------------------------------- dates

/**
 * Every date the API takes lies in 1900…2100: wide enough for any birth date, mark or plan, and narrow enough that
 * date arithmetic on it (an analysis reaches back a year and ahead a day) stays within what JavaScript and
 * PostgreSQL both represent.
 */
export const EARLIEST_DATE = "1900-01-01";
export const LATEST_DATE = "2100-12-31";
export const DATE_RANGE_MESSAGE = `must be a date from ${EARLIEST_DATE} to ${LATEST_DATE}`;

const DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` string naming a day that exists (no 2026-02-30), whatever its year. */
export function isCalendarDate(value: string): boolean {
  if (!DATE_FORM.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export const isWithinDateRange = (value: string) => value >= EARLIEST_DATE && value <= LATEST_DATE;

/** A real calendar date from 1900-01-01 to 2100-12-31: each problem has its own message. */
export const isoDateField = z
  .string(expecting("must be a date in YYYY-MM-DD form"))
  .regex(DATE_FORM, "must be a date in YYYY-MM-DD form")
  .refine((value) => !DATE_FORM.test(value) || isCalendarDate(value), "must be a real calendar date")
  .refine((value) => !isCalendarDate(value) || isWithinDateRange(value), DATE_RANGE_MESSAGE);

export const uuidField = z.uuid("must be a valid id");

export const enumField = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, expecting(`must be one of: ${values.join(", ")}`));

/** `from`, `to` and `limit` on every list endpoint (API.md, Training data). */
export const listQuery = z
  .object({
    from: isoDateField.optional(),
    to: isoDateField.optional(),
    limit: z.coerce
      .number({ error: "must be a whole number from 1 to 500" })
      .int("must be a whole number from 1 to 500")
      .min(1, "must be a whole number from 1 to 500")
      .max(500, "must be a whole number from 1 to 500")
      .default(100),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "must not be after 'to'", path: ["from"] });
export type ListQuery = z.infer<typeof listQuery>;

/** A whole number in an inclusive range: "must be an integer from 1 to 10". */
export const integerField = (min: number, max: number) => {
  const message = `must be an integer from ${min} to ${max}`;
  return z.number(expecting(message)).int(message).min(min, message).max(max, message);
};

/** A finite number in an inclusive range: "must be a number from 0 to 1000". */
export const numberField = (min: number, max: number) => {
  const message = `must be a number from ${min} to ${max}`;
  return z.number(expecting(message)).min(min, message).max(max, message);
};

// Aria: the athlete's "today" may be a day ahead of the server's UTC date (time zones east of Greenwich).
const FUTURE_DAYS_ALLOWED = 1;

/** The day something happened: a real date from 1900, and not more than a day after today (UTC). */
export const loggedDateField = isoDateField.refine(
  (value) => !isCalendarDate(value) || value <= addDays(isoDate(new Date()), FUTURE_DAYS_ALLOWED),
  "must not be more than a day in the future",
);

/** `?user_id=`: `me` or a user's id; whether the caller may read that athlete is decided by the access rules. */
export const subjectIdField = z
  .string(expecting("must be 'me' or a user id"))
  .trim()
  .min(1, "must be 'me' or a user id");

/** `from`, `to`, `limit`, and `user_id` (`me` by default; a linked coach may read an athlete's list). */
export const subjectListQuery = listQuery.safeExtend({
  user_id: subjectIdField.optional(),
});

/** A PATCH body must change something: `{}` is refused with the field `body` named. */
export const requireSomeField = <T extends z.ZodType<Record<string, unknown>>>(schema: T) =>
  schema.refine((value) => Object.values(value).some((v) => v !== undefined), {
    message: "must contain at least one field to change",
    path: ["body"],
  });
