/**
 * The browser's side of the API contract (../shared/API.md): JSON in and out, and every failure turned into one
 * error type that forms can show — a message for the whole form and `fields` (snake_case keys) for the inputs.
 * The session cookie authenticates, so this is for client components only.
 */

type ApiClientErrorCode =
  | "validation_error"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "rate_limited"
  | "unavailable"
  | "internal"
  /** The request never reached the server (offline, DNS, a dropped connection). */
  | "network";

export class ApiClientError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiClientErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiClientError";
  }
}

interface ApiFetchInit extends Omit<RequestInit, "body"> {
  /** Sent as the JSON body. */
  json?: unknown;
}

const FALLBACK_MESSAGES: Record<number, string> = {
  401: "Your session has ended. Sign in again to continue.",
  403: "You do not have access to this.",
  404: "That was not found. It may have been removed already.",
  429: "Too many requests. Wait a moment and try again.",
  503: "Aria is temporarily unavailable. Please try again shortly.",
};

function codeForStatus(status: number): ApiClientErrorCode {
  if (status === 400) return "validation_error";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 429) return "rate_limited";
  if (status === 503) return "unavailable";
  return "internal";
}

function isErrorBody(
  body: unknown,
): body is { error: { code?: unknown; message?: unknown; fields?: Record<string, unknown> } } {
  return typeof body === "object" && body !== null && typeof (body as { error?: unknown }).error === "object";
}

function toClientError(status: number, body: unknown): ApiClientError {
  const fallback = FALLBACK_MESSAGES[status] ?? "Something went wrong on our side. Please try again.";
  if (!isErrorBody(body) || body.error === null) return new ApiClientError(status, codeForStatus(status), fallback);
  const { code, message, fields } = body.error;
  const stringFields: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields ?? {})) {
    if (typeof value === "string") stringFields[key] = value;
  }
  return new ApiClientError(
    status,
    typeof code === "string" ? (code as ApiClientErrorCode) : codeForStatus(status),
    typeof message === "string" && message ? message : fallback,
    stringFields,
  );
}

/** Calls an Aria API path; resolves to the parsed JSON (undefined for 204) or throws an `ApiClientError`. */
export async function apiFetch<T>(path: string, { json, headers, ...init }: ApiFetchInit = {}): Promise<T> {
  const requestHeaders = new Headers(headers);
  requestHeaders.set("Accept", "application/json");
  if (json !== undefined) requestHeaders.set("Content-Type", "application/json");
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: "same-origin",
      ...init,
      headers: requestHeaders,
      body: json === undefined ? undefined : JSON.stringify(json),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiClientError(0, "network", "Could not reach Aria. Check your connection and try again.");
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw toClientError(response.status, body);
  return body as T;
}

/** The message to show for anything a call threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiClientError) return error.message;
  return "Something went wrong. Please try again.";
}
