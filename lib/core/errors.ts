import { ZodError, type z } from "zod";

/**
 * Errors are values with a code, apart from any transport: services raise an `AppError`, `lib/http/errors.ts`
 * renders it as the API's JSON shape, and a server action shows its message beside the form.
 */

const ERROR_CODES = [
  "validation_error",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
  "internal",
  "unavailable",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    /** For `rate_limited`: when the caller may try again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Field path → message, e.g. `{ "rpe": "must be an integer from 1 to 10" }`, from a zod error. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join(".") : "body";
    fields[key] ??= issue.message;
  }
  return fields;
}

export function validationError(error: z.ZodError, message = "Some fields are not valid."): AppError {
  return new AppError("validation_error", message, fieldErrors(error));
}

export const errors = {
  validation: (fields: Record<string, string>, message = "Some fields are not valid.") =>
    new AppError("validation_error", message, fields),
  unauthorized: (message = "Sign in to continue.") => new AppError("unauthorized", message),
  forbidden: (message = "You do not have access to this data.") => new AppError("forbidden", message),
  notFound: (what = "resource") => new AppError("not_found", `That ${what} was not found.`),
  conflict: (message: string, fields?: Record<string, string>) => new AppError("conflict", message, fields),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(
      "rate_limited",
      `Too many requests. Try again in ${retryAfterSeconds} s.`,
      undefined,
      retryAfterSeconds,
    ),
  unavailable: (message = "The service is temporarily unavailable. Please try again shortly.") =>
    new AppError("unavailable", message),
};

/** Turns anything thrown into an AppError; unknown failures become `internal` without leaking details. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return validationError(error);
  if (isDatabaseUnavailable(error)) {
    return errors.unavailable("The database is unavailable right now. Your data is safe; please try again shortly.");
  }
  return new AppError("internal", "Something went wrong on our side. It has been logged.");
}

const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "57P01",
  "57P03",
  "53300",
]);

/** A lost or refused connection (a network code or a PostgreSQL SQLSTATE for shutdown or overload). */
function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    const message = (current as { message?: unknown }).message;
    if (
      typeof message === "string" &&
      /connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(message)
    ) {
      return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** What a lookup found, or null when it answered "not found" (a page shows its own 404 then); other errors pass. */
export async function foundOrNull<T>(lookup: Promise<T>): Promise<T | null> {
  try {
    return await lookup;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}
