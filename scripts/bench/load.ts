import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { openDatabase } from "@/db/client";
import { registerUser } from "@/lib/accounts/users";
import { createApiToken } from "@/lib/auth/tokens";
import { SeededRandom } from "@/lib/core/random";
import { READS, WRITES } from "@/scripts/bench/cache/endpoints";
import { writeBody } from "@/scripts/bench/cache/workload";
import { type App, prepareBuild, startApp } from "@/scripts/bench/support/app";
import { flag, parseOptions, whole } from "@/scripts/bench/support/options";
import { done, elapsed, step } from "@/scripts/bench/support/progress";
import { withServers } from "@/scripts/bench/support/servers";
import { fixed, ms, pct, percentile, table, times } from "@/scripts/bench/support/stats";
import { startPostgres, startRedis } from "@/scripts/test/servers";

/**
 * `npm run bench -- load [--users 50] [--seconds 60] [--think-ms 200] [--seed 1] [--keep-build] [--no-build]`
 *
 * Reliability under load with an outage half way: `--users` simulated athletes use the API at once for `--seconds`,
 * against a production build on PostgreSQL and Redis, and Redis is stopped at half time. PRODUCT.md section 9 says
 * the KV down means served uncached: the report shows what that costs, before and after the stop.
 *
 * Method
 * - Build and start: support/app.ts (a snapshot of the working tree built in .data/bench-build/, `next start` on a
 *   free loopback port), on a PostgreSQL server and a Redis server of the bench's own (scripts/test/servers.ts),
 *   both on loopback and stopped at the end, on failure and on Ctrl-C.
 * - Users: athletes created through the accounts service (the one write path for users) on the app's database once
 *   it has migrated, each with an API token: the API's own sign-up limits per address would refuse 50 sign-ups
 *   from one machine, and they are not what is measured.
 * - Each user loops until the time is up: one operation, then a pause of 0 to 2 × `--think-ms`. The mix: /me, the
 *   four cached reads, the sessions list, and writes (new sessions and metrics) that invalidate cached reads.
 *   Every request has a 10 s limit; the seed fixes each user's sequence of operations and pauses.
 * - The stop: the first user to see half time stops Redis (SIGTERM) while the others go on. A request belongs to
 *   "before" when it started before the stop began, else to "after".
 * - Latency is the client's, from sending to having read the whole body. Client and server share this machine's
 *   cores, so the figures compare the halves with each other, not with production. Nothing here asserts a timing.
 */

const OPTIONS = {
  users: whole(50),
  seconds: whole(60, 2),
  "think-ms": whole(200, 0),
  seed: whole(1, 0),
  "keep-build": flag(),
  "no-build": flag(),
};

const REQUEST_TIMEOUT_MS = 10_000;
const PASSWORD = "load-bench-password-7f3a";

export function parseLoadOptions(args: string[]) {
  return parseOptions("load", args, OPTIONS);
}

// ---------------------------------------------------------------- the users

interface Operation {
  label: string;
  method: "GET" | "POST";
  path: string;
  weight: number;
  body?: (random: SeededRandom) => unknown;
}

/** What an athlete does in the app, by how often. */
export const OPERATIONS: Operation[] = [
  { label: "GET /api/v1/me", method: "GET", path: "/api/v1/me", weight: 3 },
  ...Object.values(READS).map((read) => ({ label: read.label, method: "GET" as const, path: read.path, weight: 2 })),
  { label: "GET /api/v1/sessions?limit=20", method: "GET", path: "/api/v1/sessions?limit=20", weight: 2 },
  {
    label: WRITES.session.label,
    method: "POST",
    path: WRITES.session.path,
    weight: 1.5,
    body: (random) => writeBody("session", random),
  },
  {
    label: WRITES.metric.label,
    method: "POST",
    path: WRITES.metric.path,
    weight: 0.5,
    body: (random) => writeBody("metric", random),
  },
];

function drawOperation(random: SeededRandom): Operation {
  const total = OPERATIONS.reduce((sum, op) => sum + op.weight, 0);
  let x = random.float() * total;
  for (const op of OPERATIONS) {
    x -= op.weight;
    if (x < 0) return op;
  }
  return OPERATIONS[OPERATIONS.length - 1]!;
}

export interface VirtualUser {
  token: string;
}

type Outcome = number | "network" | "timeout";

export interface Sample {
  phase: "before" | "after";
  op: string;
  outcome: Outcome;
  ms: number;
}

/** Time for scheduling: the run's length, the half-time mark and the pauses. Tests pass a virtual one. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = { now: () => performance.now(), sleep: (duration) => sleep(duration) };

export interface LoadRun {
  samples: Sample[];
  durationMs: number;
  /** When the stop began and how long it took, from the start; undefined when half time was never reached. */
  stop?: { atMs: number; tookMs: number };
}

interface SimulateOptions {
  baseUrl: string;
  users: VirtualUser[];
  durationMs: number;
  thinkMs: number;
  seed: number;
  /** What happens at half time (the bench stops Redis). */
  atHalfTime: () => Promise<void>;
  clock?: Clock;
}

function isLoopback(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

async function send(baseUrl: string, op: Operation, user: VirtualUser, random: SeededRandom) {
  const body = op.body?.(random);
  const started = performance.now();
  let outcome: Outcome;
  try {
    const response = await fetch(baseUrl + op.path, {
      method: op.method,
      headers: {
        authorization: `Bearer ${user.token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    await response.arrayBuffer();
    outcome = response.status;
  } catch (error) {
    outcome = (error as Error).name === "TimeoutError" ? "timeout" : "network";
  }
  return { outcome, ms: performance.now() - started };
}

/** Runs every user until the time is up; the first to see half time sets off `atHalfTime`, the others go on. */
export async function simulate(options: SimulateOptions): Promise<LoadRun> {
  if (!isLoopback(options.baseUrl)) throw new Error(`the load bench only talks to loopback, not ${options.baseUrl}`);
  const clock = options.clock ?? realClock;
  const start = clock.now();
  const end = start + options.durationMs;
  const half = start + options.durationMs / 2;
  const samples: Sample[] = [];
  let stopBegan: number | undefined;
  let stopping: Promise<number> | undefined;

  const user = async (virtual: VirtualUser, index: number) => {
    const random = new SeededRandom(options.seed * 100_003 + index);
    while (clock.now() < end) {
      if (!stopping && clock.now() >= half) {
        stopBegan = clock.now();
        stopping = options.atHalfTime().then(() => clock.now());
      }
      const op = drawOperation(random);
      const phase = stopBegan === undefined || clock.now() < stopBegan ? "before" : "after";
      const { outcome, ms } = await send(options.baseUrl, op, virtual, random);
      samples.push({ phase, op: op.label, outcome, ms });
      await clock.sleep(options.thinkMs === 0 ? 0 : random.int(0, 2 * options.thinkMs));
    }
  };
  await Promise.all(options.users.map(user));
  const stopEnded = stopping ? await stopping : undefined;
  return {
    samples,
    durationMs: options.durationMs,
    stop:
      stopBegan === undefined || stopEnded === undefined
        ? undefined
        : { atMs: stopBegan - start, tookMs: stopEnded - stopBegan },
  };
}

// ---------------------------------------------------------------- the report

export interface PhaseSummary {
  requests: number;
  perSecond: number | undefined;
  succeeded: number;
  /** Failed requests by status, or "network"/"timeout" for those that got no answer. */
  errors: Record<string, number>;
  p50: number | undefined;
  p95: number | undefined;
  p99: number | undefined;
}

const failed = (outcome: Outcome) => typeof outcome !== "number" || outcome >= 400;

export function summarize(samples: readonly Sample[], seconds: number): PhaseSummary {
  const errors: Record<string, number> = {};
  for (const sample of samples) {
    if (failed(sample.outcome)) errors[String(sample.outcome)] = (errors[String(sample.outcome)] ?? 0) + 1;
  }
  const latencies = samples.map((sample) => sample.ms);
  return {
    requests: samples.length,
    perSecond: seconds > 0 ? samples.length / seconds : undefined,
    succeeded: samples.filter((sample) => !failed(sample.outcome)).length,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

const errorsText = (errors: Record<string, number>) =>
  Object.entries(errors)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status}×${count}`)
    .join(" ") || "none";

export function report(run: LoadRun, title: string): string {
  const stopAt = run.stop?.atMs ?? run.durationMs;
  const before = summarize(
    run.samples.filter((s) => s.phase === "before"),
    stopAt / 1000,
  );
  const after = summarize(
    run.samples.filter((s) => s.phase === "after"),
    (run.durationMs - stopAt) / 1000,
  );
  const row = (label: string, s: PhaseSummary) => [
    label,
    String(s.requests),
    fixed(s.perSecond, 1),
    pct(s.requests - s.succeeded, s.requests),
    errorsText(s.errors),
    ms(s.p50),
    ms(s.p95),
    ms(s.p99),
  ];
  const errorRate = (s: PhaseSummary) => (s.requests === 0 ? undefined : (s.requests - s.succeeded) / s.requests);
  const lines = [
    title,
    run.stop
      ? `Redis stopped at ${(run.stop.atMs / 1000).toFixed(1)} s (the stop took ${run.stop.tookMs.toFixed(0)} ms)`
      : "half time was never reached: Redis was not stopped",
    "",
    table(
      ["", "requests", "req/s", "errors", "errors by status", "p50", "p95", "p99"],
      [
        row("before the stop", before),
        row("after the stop", after),
        [
          "after ÷ before",
          times(after.requests, before.requests, 2),
          times(after.perSecond, before.perSecond, 2),
          times(errorRate(after), errorRate(before), 2),
          "",
          times(after.p50, before.p50, 2),
          times(after.p95, before.p95, 2),
          times(after.p99, before.p99, 2),
        ],
      ],
    ),
    "",
    table(
      ["by operation", "before p95", "after p95", "after ÷ before", "errors after"],
      OPERATIONS.map(({ label }) => {
        const b = summarize(
          run.samples.filter((s) => s.phase === "before" && s.op === label),
          0,
        );
        const a = summarize(
          run.samples.filter((s) => s.phase === "after" && s.op === label),
          0,
        );
        return [label, ms(b.p95), ms(a.p95), times(a.p95, b.p95, 2), errorsText(a.errors)];
      }),
    ),
  ];
  return lines.join("\n");
}

// ---------------------------------------------------------------- the run

/** Athletes with API tokens, made on the app's database once it has migrated. */
export async function createUsers(databaseUrl: string, count: number): Promise<VirtualUser[]> {
  const started = performance.now();
  const handle = await openDatabase({ driver: "postgres", url: databaseUrl });
  try {
    const users: VirtualUser[] = [];
    for (let i = 0; i < count; i++) {
      const user = await registerUser(handle.db, {
        email: `load-athlete-${i}@bench.example`,
        password: PASSWORD,
        name: `Load Athlete ${i}`,
        role: "athlete",
      });
      users.push({ token: (await createApiToken(handle.db, user.id, "load bench")).token });
    }
    done(`${count} athletes, each with an API token, in ${elapsed(started)}`);
    return users;
  } finally {
    await handle.close();
  }
}

/** Warnings the app logged (LOG_LEVEL=warn): the KV outage shows up there as "kv unavailable" lines. */
function serverWarnings(app: App): { total: number; kv: number } {
  const lines = readFileSync(app.log, "utf8").split("\n");
  const warnings = lines.filter((line) => line.includes('"level":40') || line.includes('"level":50'));
  return { total: warnings.length, kv: warnings.filter((line) => /kv unavailable/i.test(line)).length };
}

export async function main(args: string[]): Promise<void> {
  const options = parseLoadOptions(args);
  await withServers(async (servers) => {
    await prepareBuild(servers, { build: !options["no-build"], keep: options["keep-build"] || options["no-build"] });
    const postgres = await startPostgres();
    servers.add("postgres", postgres.stop);
    step(`postgres on ${postgres.url}`);
    const redis = await startRedis();
    servers.add("redis-server", redis.stop);
    step(`redis-server on ${redis.url}`);
    const app = await startApp(servers, { DATABASE_URL: postgres.url, REDIS_URL: redis.url });
    if (app.kvBackend !== "redis") throw new Error(`the app reports kv ${app.kvBackend}, not redis`);

    const users = await createUsers(postgres.url, options.users);
    step(`${options.users} users for ${options.seconds} s; Redis stops at ${options.seconds / 2} s`);
    const run = await simulate({
      baseUrl: app.url,
      users,
      durationMs: options.seconds * 1000,
      thinkMs: options["think-ms"],
      seed: options.seed,
      atHalfTime: async () => {
        step("half time: stopping Redis");
        await redis.stop();
      },
    });
    done(`load finished: ${run.samples.length} requests`);
    const warnings = serverWarnings(app);
    console.log(
      `\n${report(run, `load bench: ${options.users} users, ${options.seconds} s, think ${options["think-ms"]} ms, seed ${options.seed}, on PostgreSQL and Redis`)}`,
    );
    console.log(`\nserver log: ${warnings.total} warnings or errors, ${warnings.kv} of them "kv unavailable"`);
  });
}
