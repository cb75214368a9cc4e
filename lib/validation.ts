import { z } from "zod";

/** Field schemas shared by the API, the forms and the chat tools, with messages that say what is expected. */

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}

const requiredOr = (expectation: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? "is required" : expectation),
});

export const emailField = z
  .string(requiredOr("must be a valid e-mail address"))
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .pipe(z.email("must be a valid e-mail address"));

export const passwordField = z
  .string(requiredOr("must be a string of at least 8 characters"))
  .min(8, "must be at least 8 characters")
  .max(200, "must be at most 200 characters");

export const nameField = z
  .string(requiredOr("must be text"))
  .trim()
  .min(1, "is required")
  .max(100, "must be at most 100 characters");

export const timeZoneField = z
  .string(requiredOr("must be an IANA time zone such as Europe/London"))
  .trim()
  .refine(isTimeZone, "must be an IANA time zone such as Europe/London");

export const isoDateField = z
  .string(requiredOr("must be a date in YYYY-MM-DD form"))
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date in YYYY-MM-DD form")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, "must be a real calendar date");

export const uuidField = z.uuid("must be a valid id");

export const enumField = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, requiredOr(`must be one of: ${values.join(", ")}`));

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
