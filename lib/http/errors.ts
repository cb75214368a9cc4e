import type { AppError, ErrorCode } from "@/lib/core/errors";

/** The one map from a domain error code to an HTTP status, and the API's JSON error shape (API.md, Errors). */
const HTTP_STATUS: Record<ErrorCode, number> = {
  validation_error: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/**
 * The error as JSON. A server-side failure (5xx) says nothing of its cause; it carries the request id instead, so
 * that a report from a user leads to the one log line that has the detail.
 */
export function errorResponse(
  error: AppError,
  requestId?: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const status = HTTP_STATUS[error.code];
  const body = {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(status >= 500 && requestId ? { request_id: requestId } : {}),
    },
  };
  const headers: Record<string, string> = { ...extraHeaders };
  if (error.retryAfterSeconds !== undefined) headers["Retry-After"] = String(error.retryAfterSeconds);
  if (requestId) headers["x-request-id"] = requestId;
  return Response.json(body, { status, headers });
}
