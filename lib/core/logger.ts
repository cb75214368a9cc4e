import pino, { type Logger } from "pino";
import { env } from "@/lib/core/env";

/** Structured JSON-line logs (pino). Quiet under test runners unless LOG_LEVEL asks otherwise. */

const holder = globalThis as unknown as { __ariaLogger?: Logger };

function defaultLevel(): string {
  const e = env();
  if (e.LOG_LEVEL) return e.LOG_LEVEL;
  if (e.NODE_ENV === "test" || process.env.VITEST) return "silent";
  return "info";
}

export function logger(): Logger {
  holder.__ariaLogger ??= pino({
    level: defaultLevel(),
    base: { service: "aria" },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ["password", "token", "authorization", "*.password", "*.token"], censor: "[redacted]" },
  });
  return holder.__ariaLogger;
}
