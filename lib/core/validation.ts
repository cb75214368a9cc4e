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

export const nameField = z
  .string(expecting("must be text"))
  .trim()
  .min(1, "is required")
  .max(100, "must be at most 100 characters");

export const timeZoneField = z
  .string(expecting("must be an IANA time zone such as Europe/London"))
  .trim()
  .refine(isTimeZone, "must be an IANA time zone such as Europe/London");

export const isoDateField = z
  .string(expecting("must be a date in YYYY-MM-DD form"))
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date in YYYY-MM-DD form")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "must be a real calendar date");

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

/** Free text, trimmed, at most `max` characters; an empty string is stored as null. */
export const textField = (max: number) =>
  z
    .string(expecting("must be text"))
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => (value === "" ? null : value));

/** A required title or name: trimmed, 1 to `max` characters. */
export const titleField = (max: number) =>
  z.string(expecting("must be text")).trim().min(1, "is required").max(max, `must be at most ${max} characters`);

// Aria: the athlete's "today" may be a day ahead of the server's UTC date (time zones east of Greenwich).
const FUTURE_DAYS_ALLOWED = 1;
const EARLIEST_DATE = "1900-01-01";

/** The day something happened: a real date, not before 1900, and not more than a day after today (UTC). */
export const loggedDateField = isoDateField
  .refine((value) => value >= EARLIEST_DATE, "must not be before 1900")
  .refine(
    (value) => value <= addDays(isoDate(new Date()), FUTURE_DAYS_ALLOWED),
    "must not be more than a day in the future",
  );

/** `from`, `to`, `limit`, and `user_id` (`me` by default; a linked coach may read an athlete's list). */
export const subjectListQuery = listQuery.safeExtend({
  user_id: z.string().trim().min(1, "must be 'me' or a user id").optional(),
});

/** A PATCH body must change something: `{}` is refused with the field `body` named. */
export const requireSomeField = <T extends z.ZodType<Record<string, unknown>>>(schema: T) =>
  schema.refine((value) => Object.values(value).some((v) => v !== undefined), {
    message: "must contain at least one field to change",
    path: ["body"],
  });
