import pino, { type DestinationStream, type Logger } from "pino";
import { env } from "@/lib/core/env";

/**
 * Structured JSON-line logs (pino). Quiet under test runners unless LOG_LEVEL asks otherwise.
 *
 * No secret reaches a line, by two guards: fields named like a secret are redacted at any depth up to
 * REDACT_DEPTH, and errors go through `errorForLog`, which keeps a database error's SQLSTATE, constraint and
 * table but never its message (a failed query's message carries the query text and every parameter, password
 * and token hashes included), and scrubs secret-shaped strings from every other message.
 */

const SECRET_FIELDS = [
  "password",
  "password_hash",
  "passwordHash",
  "token",
  "token_hash",
  "tokenHash",
  "access_token",
  "refresh_token",
  "id_token",
  "api_key",
  "apiKey",
  "secret",
  "client_secret",
  "authorization",
  "cookie",
  "set-cookie",
];
/** pino's redaction needs each depth spelled out; a log line nests no deeper than this. */
const REDACT_DEPTH = 5;

export const REDACT_PATHS = SECRET_FIELDS.flatMap((field) => {
  const key = /^[A-Za-z_]\w*$/.test(field) ? field : `["${field}"]`;
  return Array.from({ length: REDACT_DEPTH }, (_, depth) => {
    const prefix = "*.".repeat(depth);
    return key.startsWith("[") ? `${prefix.slice(0, -1)}${key}` : `${prefix}${key}`;
  });
});

const SECRET_SHAPES: [RegExp, string][] = [
  // bcrypt hashes: $2a$/$2b$/$2y$, cost, 53 characters of salt and hash.
  [/\$2[abxy]?\$\d{2}\$[./A-Za-z0-9]{53}/g, "[redacted bcrypt hash]"],
  [/aria_[A-Za-z0-9_-]{16,}/g, "[redacted token]"],
  // SHA-256 in hex: how API tokens are stored.
  [/\b[0-9a-fA-F]{64}\b/g, "[redacted hash]"],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, "$1 [redacted]"],
];

/** Replaces anything shaped like a password hash, an API token or its hash in free text. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const [shape, replacement] of SECRET_SHAPES) out = out.replace(shape, replacement);
  return out;
}

const WITHHELD_QUERY = "Failed query (query text and parameters withheld)";

interface LoggedError {
  type: string;
  message?: string;
  code?: string;
  sqlstate?: string;
  constraint?: string;
  table?: string;
  column?: string;
  stack?: string[];
  cause?: unknown;
  errors?: unknown[];
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const MAX_CAUSES = 5;
const MAX_FRAMES = 8;

function stringField(value: unknown, name: string): string | undefined {
  const field = (value as Record<string, unknown>)[name];
  return typeof field === "string" && field ? field : undefined;
}

/** A failed query (Drizzle's wrapper, or a driver error with a SQLSTATE): its message is never logged. */
function isQueryError(error: object): boolean {
  if ("query" in error || "params" in error) return true;
  const code = stringField(error, "code");
  if (code && SQLSTATE.test(code) && !/^E[A-Z]/.test(code)) return true;
  return /^Failed query:/.test(stringField(error, "message") ?? "");
}

/** The stack's frames only: its first lines repeat the message. */
function frames(stack: string | undefined): string[] | undefined {
  if (!stack) return undefined;
  const lines = stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .slice(0, MAX_FRAMES)
    .map((line) => scrubSecrets(line.trim()));
  return lines.length > 0 ? lines : undefined;
}

/** pino's serializer for `err` and `error`: what helps find the fault, never a secret or a query's parameters. */
export function errorForLog(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return /^Failed query:/.test(value) ? WITHHELD_QUERY : scrubSecrets(value);
  if (typeof value !== "object" || value === null) return value;
  const error = value as Error & Record<string, unknown>;
  const query = isQueryError(error);
  const code = stringField(error, "code");
  // Drizzle's query error leaves `name` at "Error"; its class says what it is.
  const named = error.name && error.name !== "Error" ? error.name : undefined;
  const logged: LoggedError = { type: named ?? error.constructor?.name ?? "Error" };
  if (query) {
    if (/^Failed query:/.test(stringField(error, "message") ?? "")) logged.message = WITHHELD_QUERY;
    if (code && SQLSTATE.test(code)) logged.sqlstate = code;
    logged.constraint = stringField(error, "constraint");
    logged.table = stringField(error, "table");
    logged.column = stringField(error, "column");
  } else {
    const message = stringField(error, "message");
    if (message) logged.message = scrubSecrets(message);
    if (code) logged.code = scrubSecrets(code);
  }
  logged.stack = frames(stringField(error, "stack"));
  if (depth < MAX_CAUSES && error.cause !== undefined) logged.cause = errorForLog(error.cause, depth + 1);
  if (depth < MAX_CAUSES && Array.isArray(error.errors)) {
    logged.errors = error.errors.slice(0, 3).map((inner) => errorForLog(inner, depth + 1));
  }
  for (const key of Object.keys(logged) as (keyof LoggedError)[]) if (logged[key] === undefined) delete logged[key];
  return logged;
}

function defaultLevel(): string {
  const e = env();
  if (e.LOG_LEVEL) return e.LOG_LEVEL;
  if (e.NODE_ENV === "test" || process.env.VITEST) return "silent";
  return "info";
}

/** A logger with Aria's fields, redaction and error serializer; `destination` defaults to stdout. */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  const settings = {
    level: options.level ?? defaultLevel(),
    base: { service: "aria" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    serializers: { err: errorForLog, error: errorForLog },
  };
  return options.destination ? pino(settings, options.destination) : pino(settings);
}

const holder = globalThis as unknown as { __ariaLogger?: Logger };

export function logger(): Logger {
  holder.__ariaLogger ??= createLogger();
  return holder.__ariaLogger;
}

/** Tests only: every `logger()` call writes to this logger until reset with `undefined`. */
export function setLoggerForTests(replacement: Logger | undefined): void {
  holder.__ariaLogger = replacement;
}
