import { ZodError, type z } from "zod";

/** Errors are values with a code; one function renders them to the API's JSON shape (API.md, Errors). */

export const ERROR_STATUS = {
  validation_error: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toResponse(requestId?: string): Response {
    const body = { error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) } };
    const headers: Record<string, string> = { ...this.headers };
    if (requestId) headers["x-request-id"] = requestId;
    return Response.json(body, { status: this.status, headers });
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

export function validationError(error: z.ZodError, message = "Some fields are not valid."): ApiError {
  return new ApiError("validation_error", message, fieldErrors(error));
}

export const errors = {
  validation: (fields: Record<string, string>, message = "Some fields are not valid.") =>
    new ApiError("validation_error", message, fields),
  unauthorized: (message = "Sign in to continue.") => new ApiError("unauthorized", message),
  forbidden: (message = "You do not have access to this data.") => new ApiError("forbidden", message),
  notFound: (what = "resource") => new ApiError("not_found", `That ${what} was not found.`),
  conflict: (message: string, fields?: Record<string, string>) => new ApiError("conflict", message, fields),
  rateLimited: (retryAfterSeconds: number) =>
    new ApiError("rate_limited", `Too many requests. Try again in ${retryAfterSeconds} s.`, undefined, {
      "Retry-After": String(retryAfterSeconds),
    }),
  unavailable: (message = "The service is temporarily unavailable. Please try again shortly.") =>
    new ApiError("unavailable", message),
};

/** Turns anything thrown into an ApiError; unknown failures become `internal` without leaking details. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof ZodError) return validationError(error);
  if (isDatabaseUnavailable(error)) {
    return errors.unavailable("The database is unavailable right now. Your data is safe; please try again shortly.");
  }
  return new ApiError("internal", "Something went wrong on our side. It has been logged.");
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
    if (error instanceof ApiError && error.code === "not_found") return null;
    throw error;
  }
}
