import { z } from "zod";
import { addDays, isoDate } from "@/lib/dates";
import { isoDateField, listQuery } from "@/lib/validation";

/**
 * Field schemas shared by the training-data endpoints (API.md, Training data: sessions, wellness, calendar,
 * nutrition, check-ins) and their forms. Each message says what is expected, and "is required" when the field is
 * missing, so that a 400 names the field and the fix.
 */

/** A type error message, or "is required" when the field is missing. */
export const expecting = (expectation: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : expectation),
});

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
