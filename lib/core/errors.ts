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
  "ECONNABORTED",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  // PostgreSQL: admin shutdown, crash shutdown, cannot connect now, too many connections.
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

/** SQLSTATE class 08: connection exception (lost, refused, or failed to establish). */
const CONNECTION_EXCEPTION = /^08[0-9A-Z]{3}$/;

/**
 * What the drivers say when the connection is gone, without a code: pg's "Connection terminated unexpectedly",
 * "Client was closed and is not queryable" and "Client has encountered a connection error…", a pool's connect
 * timeout, PGlite once closed.
 */
const UNAVAILABLE_MESSAGE =
  /connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|client was closed|client has encountered a connection error|PGlite is closed/i;

/**
 * A lost or refused connection (a network code, a PostgreSQL SQLSTATE for shutdown, overload or a broken connection,
 * or a driver's message), anywhere in the cause chain. A connection that drops inside a transaction surfaces as the
 * failed ROLLBACK wrapped by the ORM, with the drop as its cause.
 */
function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 8) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (UNAVAILABLE_CODES.has(code) || CONNECTION_EXCEPTION.test(code))) return true;
  const message = (error as { message?: unknown }).message;
  // A failed query's own message holds its parameters, user text among them: only its cause speaks for it.
  if (typeof message === "string" && !message.startsWith("Failed query:") && UNAVAILABLE_MESSAGE.test(message)) {
    return true;
  }
  const inner = (error as { errors?: unknown }).errors;
  if (Array.isArray(inner) && inner.some((item) => isDatabaseUnavailable(item, depth + 1))) return true;
  return isDatabaseUnavailable((error as { cause?: unknown }).cause, depth + 1);
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
