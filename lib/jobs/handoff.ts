import { after } from "next/server";
import { type Env, env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import { cronSecret } from "./cron-secret";
import type { JobTask } from "./tasks";

/**
 * Runs that finish the same day. When a slice of a cron run stops at its time budget with athletes left, the route
 * calls itself at once for the next slice — GET /api/cron/{task}?run=<run id> with the cron secret — from Next's
 * after(), so the slice's own response is not held up. The chain keeps no state of its own, so it stays exactly
 * once: the KV lock lets one slice of a task run at a time, each slice starts from the run's stored cursor, every
 * write lands on a unique key, and a hand-off naming a run that is over does nothing (runner.ts). When no hand-off
 * can be made the run waits for the next scheduled call, as before.
 */

export interface CronRuntime {
  /** The app's own address, from configuration only: a request's Host or X-Forwarded-Host is the caller's word. */
  baseUrl: string | null;
  /** Runs work once the response has gone out: Next's after(), within the route's maxDuration. */
  defer: (work: () => Promise<void>) => void;
  /** Sends the hand-off request: fetch, or the route handler in-process in tests and the scale bench. */
  send: (request: Request) => Promise<Response>;
  /** A slice's time budget and batch size, when not the runner's defaults (tests and the scale bench shorten them). */
  budgetMs?: number;
  batchSize?: number;
}

/**
 * How long the caller waits for the next slice to answer before letting its own invocation end. The next slice
 * answers only when its budget is spent, minutes later; the caller's after() must not outlive its maxDuration
 * waiting for that, and the callee runs on whether or not anyone is still listening (Vercel does not cancel a
 * function when its caller hangs up unless the function opts in with supportsCancellation).
 */
const HAND_OFF_WAIT_MS = 10_000;

/** The configured base URL: APP_URL, else on Vercel the production hostname, else this deployment's. */
export function selfBaseUrl(e: Env = env()): string | null {
  if (e.APP_URL) return e.APP_URL.replace(/\/+$/, "");
  const host = e.VERCEL ? (e.VERCEL_PROJECT_PRODUCTION_URL ?? e.VERCEL_URL) : undefined;
  return host ? `https://${host}` : null;
}

const holder = globalThis as unknown as { __ariaCronRuntime?: Partial<CronRuntime> };

/** What the cron route runs with: the defaults, or what a test or the scale bench put in their place. */
export function cronRuntime(): CronRuntime {
  const { baseUrl, ...rest } = holder.__ariaCronRuntime ?? {};
  return {
    baseUrl: baseUrl === undefined ? selfBaseUrl() : baseUrl,
    defer: (work) => after(work),
    send: (request) => fetch(request),
    ...rest,
  };
}

/** Replaces parts of the cron runtime (tests, the scale bench); null restores the defaults. */
export function setCronRuntime(overrides: Partial<CronRuntime> | null): void {
  holder.__ariaCronRuntime = overrides ?? undefined;
}

interface SliceOutcome {
  done: boolean;
  run_id: string | null;
  skipped?: string;
}

/**
 * Hands the rest of an unfinished run on to a new invocation, once this one has answered. Returns whether it did:
 * not for a finished run or a call that did nothing, and not without a configured base URL or secret (logged; the
 * next scheduled call resumes the run from its cursor).
 */
export function handOff(task: JobTask, slice: SliceOutcome, runtime: CronRuntime = cronRuntime()): boolean {
  if (slice.done || slice.skipped || !slice.run_id) return false;
  const runId = slice.run_id;
  const secret = cronSecret();
  if (!runtime.baseUrl || !secret) {
    logger().warn(
      { task, runId },
      "cron run not finished and not handed on: set APP_URL (and CRON_SECRET); the next scheduled call resumes it",
    );
    return false;
  }
  const request = new Request(`${runtime.baseUrl}/api/cron/${task}?run=${encodeURIComponent(runId)}`, {
    headers: { authorization: `Bearer ${secret}` },
  });
  runtime.defer(async () => {
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<"still running">((resolve) => {
      timer = setTimeout(() => resolve("still running"), HAND_OFF_WAIT_MS);
      timer.unref?.();
    });
    try {
      const answer = await Promise.race([runtime.send(request), waited]);
      if (answer !== "still running" && !answer.ok) {
        logger().error(
          { task, runId, status: answer.status },
          "cron hand-off refused: the next scheduled call resumes",
        );
      }
    } catch (error) {
      logger().error({ task, runId, err: error }, "cron hand-off failed: the next scheduled call resumes");
    } finally {
      clearTimeout(timer);
    }
  });
  return true;
}
