/**
 * `npm run bench -- cache [--kv memory|redis] [--athletes 200] [--requests 4000] [--concurrency 16] [--seed 1]
 * [--keep-build] [--no-build]`
 *
 * How long the four cached reads of PRODUCT.md section 5 take on a hit and on a miss, beside the cheapest answer the
 * same server gives (a static file), under a mixed read/write load over many athletes.
 *
 * Method
 * - Build: the working tree's files (git ls-files, tracked and untracked, not ignored) are copied to
 *   .data/bench-build/ and built there with `next build`, so the bench never touches the shared .next that a dev
 *   server or a Playwright run may be using. It is removed afterwards (a copy of the app inside the project makes a
 *   running `next dev` reload in a loop) unless `--keep-build`; `--no-build` reuses a kept one.
 * - Servers: `next start` on a free port with a fresh PGlite directory (.data/bench-<time>/) and, with `--kv redis`,
 *   a Redis server of its own (REDIS_URL). LOG_LEVEL=warn, so the figures are the cache's, not the request log's.
 * - Data: athletes are created through the public API (register, then a token), each from its own client address
 *   (x-forwarded-for) so that the sign-up limits hold, then given a few sessions and metrics through the API.
 * - Load: `--requests` operations over all the athletes: 85 % the four cached reads (evenly), 15 % writes that
 *   invalidate (two thirds new sessions, one third new metrics). After every 4th operation a worker also fetches
 *   /bench-floor.svg (public/): the floor, a static file served outside the auth proxy as /api routes are.
 *   The first half runs one operation at a time: each latency is then the server's own work for that request, and
 *   that table is the one to read. The second half runs `--concurrency` at a time: one Node process on two cores is
 *   saturated there, so its latencies are mostly time spent queueing behind other requests and rank requests by
 *   how often they yield to the event loop, not by their cost (the static file comes out slowest); that half shows
 *   throughput, and that the cache and the client's hit/miss count hold up when requests overlap.
 * - Hit or miss, with nothing added to the product: no two operations on the same athlete run at once, so the client
 *   knows every key's state. A read is a miss when no read of its key has completed since the last write that
 *   invalidates it (PRODUCT.md's table; the very first read included), else a hit. Reads of the shared mental
 *   exercises key that start while its first load is still running could be either and are left out. Before and
 *   after each half the server's own counters (GET /api/v1/cache/stats) are read, and the report says whether they
 *   agree with the client's count: an unexpected invalidation or a lost cache write would show there.
 * - Latency is the client's: from sending a request to having read its whole body, on kept-alive connections.
 *   Client and server share this machine's cores, so the figures compare with each other, not with production.
 *
 * Every server it starts is stopped at the end, on failure and on Ctrl-C. Nothing here asserts a timing.
 */
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { parseArgs } from "node:util";
import { SESSION_TYPES } from "@/lib/core/domain";
import { freePort, startRedis } from "../test/servers";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const BUILD_DIR = path.join(ROOT, ".data/bench-build");
const PASSWORD = "bench-password-1234";

const HISTORY = { sessions: 6, metrics: 3 };
const SEED_CONCURRENCY = 8;
const FLOOR_EVERY = 4;

const READS = {
  drills: { label: "GET /api/v1/drills/recommended/me?limit=10", path: "/api/v1/drills/recommended/me?limit=10" },
  progress: { label: "GET /api/v1/progress/me?days=365", path: "/api/v1/progress/me?days=365" },
  mental: { label: "GET /api/v1/mental/exercises", path: "/api/v1/mental/exercises" },
  achievements: { label: "GET /api/v1/achievements/me?days=365", path: "/api/v1/achievements/me?days=365" },
} as const;
type Read = keyof typeof READS;

const WRITES = {
  session: { label: "POST /api/v1/sessions", path: "/api/v1/sessions", invalidates: ["drills", "progress"] },
  metric: { label: "POST /api/v1/progress/track", path: "/api/v1/progress/track", invalidates: ["progress"] },
} as const satisfies Record<string, { label: string; path: string; invalidates: Read[] }>;
type Write = keyof typeof WRITES;

const FLOOR_PATH = "/bench-floor.svg";

interface Options {
  kv: "memory" | "redis";
  athletes: number;
  requests: number;
  concurrency: number;
  seed: number;
  build: boolean;
  keepBuild: boolean;
}

function parseOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      kv: { type: "string", default: "memory" },
      athletes: { type: "string", default: "200" },
      requests: { type: "string", default: "4000" },
      concurrency: { type: "string", default: "16" },
      seed: { type: "string", default: "1" },
      "no-build": { type: "boolean", default: false },
      "keep-build": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(
      "usage: npm run bench -- cache [--kv memory|redis] [--athletes 200] [--requests 4000] [--concurrency 16] [--seed 1] [--keep-build] [--no-build]",
    );
    process.exit(0);
  }
  const count = (name: string, value: string, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
    return n;
  };
  if (values.kv !== "memory" && values.kv !== "redis") throw new Error("--kv must be memory or redis");
  const options: Options = {
    kv: values.kv,
    athletes: count("athletes", values.athletes, 2),
    requests: count("requests", values.requests, 1),
    concurrency: count("concurrency", values.concurrency, 1),
    seed: count("seed", values.seed, 0),
    build: !values["no-build"],
    keepBuild: values["keep-build"] || values["no-build"],
  };
  // One operation per athlete at a time (see the header): the workers need more athletes than themselves.
  if (options.athletes <= options.concurrency) throw new Error("--athletes must be more than --concurrency");
  return options;
}

// ---------------------------------------------------------------- servers, stopped whatever happens

type Cleanup = { name: string; run: () => Promise<void>; now?: () => void };

class Servers {
  readonly #cleanups: Cleanup[] = [];
  #stopping: Promise<void> | undefined;

  add(cleanup: Cleanup): void {
    this.#cleanups.push(cleanup);
  }

  /** Stops everything, last started first; safe to call more than once. */
  stop(): Promise<void> {
    this.#stopping ??= (async () => {
      for (const cleanup of this.#cleanups.reverse()) {
        await cleanup
          .run()
          .catch((error: Error) => console.error(`  could not stop ${cleanup.name}: ${error.message}`));
      }
    })();
    return this.#stopping;
  }

  /** At process exit nothing can be awaited: signal what is still running. */
  stopNow(): void {
    for (const cleanup of this.#cleanups) cleanup.now?.();
  }
}

/** A child in a process group of its own, so that stopping it stops whatever it started too. */
function startGroup(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; log: string }) {
  const out = openSync(options.log, "a");
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", out, out],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    try {
      process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    signal("SIGTERM");
    const stopped = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
    if (!stopped) {
      signal("SIGKILL");
      await exited;
    }
  };
  return { child, exited, stop, kill: () => signal("SIGKILL") };
}

function tail(file: string, lines = 25): string {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}

/** The working tree as git sees it, without the lockfile, so that Next takes the repository as the workspace root. */
function snapshotSources(): number {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  mkdirSync(BUILD_DIR, { recursive: true });
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT })
    .toString()
    .split("\0")
    .filter((file) => file && file !== "package-lock.json" && existsSync(path.join(ROOT, file)));
  for (const file of files) cpSync(path.join(ROOT, file), path.join(BUILD_DIR, file));
  symlinkSync(path.relative(BUILD_DIR, path.join(ROOT, "node_modules")), path.join(BUILD_DIR, "node_modules"));
  return files.length;
}

async function build(servers: Servers): Promise<void> {
  const started = performance.now();
  const files = snapshotSources();
  const log = path.join(BUILD_DIR, "build.log");
  step(`building a snapshot of ${files} files in ${path.relative(ROOT, BUILD_DIR)}/ (log: build.log there)`);
  const job = startGroup(process.execPath, [NEXT_BIN, "build"], {
    cwd: BUILD_DIR,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    log,
  });
  servers.add({ name: "next build", run: job.stop, now: job.kill });
  const ticker = setInterval(() => progress("building", Math.round((performance.now() - started) / 1000)), 1_000);
  const code = await job.exited.finally(() => clearInterval(ticker));
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${tail(log)}`);
  done(`built in ${seconds(started)}`);
}

interface App {
  url: string;
  kvBackend: string;
  log: string;
}

async function startApp(options: Options, runDir: string, servers: Servers): Promise<App> {
  if (!existsSync(path.join(BUILD_DIR, ".next/BUILD_ID"))) {
    throw new Error(`no build in ${path.relative(ROOT, BUILD_DIR)}/: run without --no-build first`);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PGLITE_DIR: path.join(runDir, "pglite"),
    AUTH_SECRET: randomBytes(32).toString("hex"),
    AUTH_TRUST_HOST: "true",
    LOG_LEVEL: "warn",
    KV_PREFIX: "bench:",
  };
  // The bench decides the adapters: an outside database or store in the caller's environment must not leak in.
  for (const name of ["POSTGRES_URL", "DATABASE_URL", "KV_REST_API_URL", "KV_REST_API_TOKEN", "REDIS_URL"]) {
    delete env[name];
  }
  if (options.kv === "redis") {
    const redis = await startRedis();
    servers.add({ name: "redis-server", run: redis.stop });
    env.REDIS_URL = redis.url;
    step(`redis-server on ${redis.url}`);
  }
  const port = await freePort();
  const log = path.join(runDir, "server.log");
  const app = startGroup(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: BUILD_DIR,
    env,
    log,
  });
  servers.add({ name: "next start", run: app.stop, now: app.kill });
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // The first request migrates and seeds the fresh database, which takes a few seconds.
  while (performance.now() - started < 120_000) {
    if (app.child.exitCode !== null) throw new Error(`next start exited with ${app.child.exitCode}:\n${tail(log)}`);
    const health = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(60_000) })
      .then(async (response) => (response.ok ? ((await response.json()) as { kv: { backend: string } }) : null))
      .catch(() => null);
    if (health) {
      done(`next start on ${url}, database ready in ${seconds(started)} (log: ${path.relative(ROOT, log)})`);
      return { url, kvBackend: health.kv.backend, log };
    }
    await sleep(250);
  }
  throw new Error(`the app did not become healthy within 120 s:\n${tail(log)}`);
}

// ---------------------------------------------------------------- HTTP

interface Answer {
  status: number;
  ms: number;
  body: string;
  json: boolean;
}

async function request(
  app: App,
  method: "GET" | "POST",
  pathname: string,
  options: { token?: string; body?: unknown; address?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.address) headers["x-forwarded-for"] = options.address;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const started = performance.now();
  const response = await fetch(app.url + pathname, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(60_000),
  });
  const body = await response.text();
  const ms = performance.now() - started;
  return { status: response.status, ms, body, json: Boolean(response.headers.get("content-type")?.includes("json")) };
}

/** Next's own 404 for a path no route serves is a page; a route's 404 is the API's JSON error. */
const notBuilt = (answer: Answer) => answer.status === 404 && !answer.json;

// ---------------------------------------------------------------- the client's model of the cache

type Prediction = "hit" | "miss" | "unknown";

/** Which keys are cached, known because no two operations on one athlete overlap (see the header). */
class CacheModel {
  readonly #cached = new Set<string>();
  readonly #loading = new Map<string, number>();

  static key(read: Read, athlete: number): string {
    return read === "mental" ? "mental" : `${read}:${athlete}`;
  }

  beforeRead(key: string): Prediction {
    if (this.#cached.has(key)) return "hit";
    const loading = this.#loading.get(key) ?? 0;
    this.#loading.set(key, loading + 1);
    return loading === 0 ? "miss" : "unknown";
  }

  afterRead(key: string, prediction: Prediction, ok: boolean): void {
    if (prediction !== "hit") this.#loading.set(key, (this.#loading.get(key) ?? 1) - 1);
    if (ok) this.#cached.add(key);
  }

  afterWrite(write: Write, athlete: number): void {
    for (const read of WRITES[write].invalidates) this.#cached.delete(CacheModel.key(read, athlete));
  }
}

// ---------------------------------------------------------------- the run

interface Athlete {
  index: number;
  token: string;
}

interface Samples {
  hit: number[];
  miss: number[];
  unknown: number;
}

interface Tally {
  reads: Record<Read, Samples>;
  writes: Record<Write, number[]>;
  floor: number[];
  errors: Map<string, { count: number; example: string }>;
}

const newTally = (): Tally => ({
  reads: {
    drills: { hit: [], miss: [], unknown: 0 },
    progress: { hit: [], miss: [], unknown: 0 },
    mental: { hit: [], miss: [], unknown: 0 },
    achievements: { hit: [], miss: [], unknown: 0 },
  },
  writes: { session: [], metric: [] },
  floor: [],
  errors: new Map(),
});

function noteError(tally: Tally, what: string, answer: Answer): void {
  const key = `${what} → ${answer.status}`;
  const entry = tally.errors.get(key) ?? { count: 0, example: answer.body.slice(0, 200) };
  entry.count++;
  tally.errors.set(key, entry);
}

/** A small seeded generator (mulberry32), so that a run's mix of operations can be repeated. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

function writeBody(write: Write, rand: () => number): unknown {
  if (write === "session") {
    return {
      date: isoDay(Math.floor(rand() * 42)),
      type: SESSION_TYPES[Math.floor(rand() * SESSION_TYPES.length)],
      duration_min: 30 + Math.floor(rand() * 60),
      rpe: 3 + Math.floor(rand() * 7),
    };
  }
  return {
    metric: "100m",
    value: Math.round((10.6 + rand() * 1.4) * 100) / 100,
    unit: "s",
    timing: "fat",
    date: isoDay(Math.floor(rand() * 42)),
  };
}

/** Runs `work` over `items` with at most `width` at once. */
async function eachAtMost<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

/** Client address of the i-th athlete: one each, so that the per-address sign-up limits are never reached. */
const addressOf = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

async function createAthletes(app: App, count: number): Promise<Athlete[]> {
  const started = performance.now();
  const athletes: Athlete[] = [];
  let finished = 0;
  await eachAtMost(
    Array.from({ length: count }, (_, i) => i),
    SEED_CONCURRENCY,
    async (index) => {
      const email = `bench-athlete-${index}@bench.example`;
      const address = addressOf(index + 1);
      const registered = await request(app, "POST", "/api/v1/auth/register", {
        address,
        body: { email, password: PASSWORD, name: `Bench Athlete ${index}`, role: "athlete" },
      });
      if (registered.status !== 201) throw new Error(`register answered ${registered.status}: ${registered.body}`);
      const issued = await request(app, "POST", "/api/v1/auth/token", {
        address,
        body: { email, password: PASSWORD, token_name: "bench" },
      });
      if (issued.status !== 201) throw new Error(`token answered ${issued.status}: ${issued.body}`);
      athletes.push({ index, token: (JSON.parse(issued.body) as { token: string }).token });
      progress("athletes", ++finished, count);
    },
  );
  athletes.sort((a, b) => a.index - b.index);
  done(`${count} athletes registered, each with an API token, in ${seconds(started)}`);
  return athletes;
}

/** Which reads and writes the app serves yet (the other areas may still be under construction). */
async function probe(app: App, athlete: Athlete, model: CacheModel, rand: () => number) {
  const reads: Read[] = [];
  for (const read of Object.keys(READS) as Read[]) {
    const key = CacheModel.key(read, athlete.index);
    const prediction = model.beforeRead(key);
    const answer = await request(app, "GET", READS[read].path, { token: athlete.token });
    model.afterRead(key, prediction, answer.status === 200);
    if (notBuilt(answer)) console.log(`  ! ${READS[read].label} answers 404: not built yet, left out`);
    else if (answer.status !== 200) throw new Error(`${READS[read].label} answered ${answer.status}: ${answer.body}`);
    else reads.push(read);
  }
  const writes: Write[] = [];
  for (const write of Object.keys(WRITES) as Write[]) {
    const answer = await request(app, "POST", WRITES[write].path, {
      token: athlete.token,
      body: writeBody(write, rand),
    });
    if (answer.status === 201) model.afterWrite(write, athlete.index);
    if (notBuilt(answer)) console.log(`  ! ${WRITES[write].label} answers 404: not built yet, left out`);
    else if (answer.status !== 201) throw new Error(`${WRITES[write].label} answered ${answer.status}: ${answer.body}`);
    else writes.push(write);
  }
  return { reads, writes };
}

async function addHistory(app: App, athletes: Athlete[], writes: Write[], model: CacheModel, rand: () => number) {
  const started = performance.now();
  const jobs = athletes.flatMap((athlete) =>
    writes.flatMap((write) => Array.from({ length: HISTORY[`${write}s`] }, () => ({ athlete, write }))),
  );
  let finished = 0;
  await eachAtMost(jobs, SEED_CONCURRENCY, async ({ athlete, write }) => {
    const answer = await request(app, "POST", WRITES[write].path, {
      token: athlete.token,
      body: writeBody(write, rand),
    });
    if (answer.status !== 201) throw new Error(`${WRITES[write].label} answered ${answer.status}: ${answer.body}`);
    model.afterWrite(write, athlete.index);
    progress("history", ++finished, jobs.length);
  });
  const what = writes.map((write) => `${HISTORY[`${write}s`]} ${write}s`).join(" and ");
  done(`history: ${what} per athlete (${jobs.length} writes) in ${seconds(started)}`);
}

interface ServerStats {
  backend: string;
  hits: number | null;
  misses: number | null;
}

async function serverStats(app: App, athlete: Athlete): Promise<ServerStats> {
  // Counting is fire-and-forget on the server: give the last increments a moment to land.
  await sleep(300);
  const answer = await request(app, "GET", "/api/v1/cache/stats", { token: athlete.token });
  if (answer.status !== 200) throw new Error(`cache stats answered ${answer.status}: ${answer.body}`);
  return JSON.parse(answer.body) as ServerStats;
}

/** The two halves of the load (see the header): one at a time for latency, then `--concurrency` at a time. */
function phases(options: Options): Phase[] {
  if (options.concurrency === 1) return [{ title: "one at a time", requests: options.requests, concurrency: 1 }];
  const first = Math.ceil(options.requests / 2);
  return [
    { title: "one at a time (service time)", requests: first, concurrency: 1 },
    {
      title: `${options.concurrency} at a time (under load: mostly queueing)`,
      requests: options.requests - first,
      concurrency: options.concurrency,
    },
  ];
}

type Operation = { kind: "read"; read: Read } | { kind: "write"; write: Write };

function mix(reads: Read[], writes: Write[]): { operation: Operation; weight: number }[] {
  const writeShare: Record<Write, number> = { session: 2, metric: 1 };
  const writeTotal = writes.reduce((sum, write) => sum + writeShare[write], 0);
  return [
    ...reads.map((read) => ({ operation: { kind: "read", read } as Operation, weight: 0.85 / reads.length })),
    ...writes.map((write) => ({
      operation: { kind: "write", write } as Operation,
      weight: (0.15 * writeShare[write]) / writeTotal,
    })),
  ];
}

interface Phase {
  title: string;
  requests: number;
  concurrency: number;
}

interface PhaseRun {
  phase: Phase;
  tally: Tally;
  seconds: number;
  before: ServerStats;
  after: ServerStats;
  incidents: KvIncidents;
}

/** What lib/cache logs when a KV call fails or times out (KV_TIMEOUT_MS): the client cannot see these. */
const KV_INCIDENTS = {
  readsUncached: "cache read skipped",
  writesSkipped: "cache write skipped",
  invalidationsFailed: "cache invalidation failed",
} as const;
type KvIncidents = Record<keyof typeof KV_INCIDENTS, number>;

const logSize = (file: string) => (existsSync(file) ? statSync(file).size : 0);

/** Counts the cache's KV warnings in the server log written since `offset`. */
function kvIncidents(file: string, offset: number): KvIncidents {
  const text = existsSync(file) ? readFileSync(file).subarray(offset).toString("utf8") : "";
  const counts: KvIncidents = { readsUncached: 0, writesSkipped: 0, invalidationsFailed: 0 };
  for (const line of text.split("\n")) {
    for (const [name, message] of Object.entries(KV_INCIDENTS) as [keyof KvIncidents, string][]) {
      if (line.includes(`"msg":"${message}`)) counts[name]++;
    }
  }
  return counts;
}

async function runPhase(
  app: App,
  athletes: Athlete[],
  available: { reads: Read[]; writes: Write[] },
  phase: Phase,
  model: CacheModel,
  rand: () => number,
): Promise<PhaseRun> {
  const before = await serverStats(app, athletes[0]!);
  const logOffset = logSize(app.log);
  step(`${phase.title}: ${phase.requests} operations`);
  const tally = newTally();
  const choices = mix(available.reads, available.writes);
  const total = choices.reduce((sum, choice) => sum + choice.weight, 0);
  const pick = (): Operation => {
    let x = rand() * total;
    for (const choice of choices) {
      x -= choice.weight;
      if (x < 0) return choice.operation;
    }
    return choices[choices.length - 1]!.operation;
  };
  const busy = new Set<number>();
  const freeAthlete = (): Athlete => {
    let i = Math.floor(rand() * athletes.length);
    while (busy.has(i)) i = (i + 1) % athletes.length;
    busy.add(i);
    return athletes[i]!;
  };

  let issued = 0;
  let finished = 0;
  const started = performance.now();
  const worker = async () => {
    let mine = 0;
    while (issued < phase.requests) {
      issued++;
      const operation = pick();
      const athlete = freeAthlete();
      try {
        if (operation.kind === "read") {
          const key = CacheModel.key(operation.read, athlete.index);
          const prediction = model.beforeRead(key);
          const answer = await request(app, "GET", READS[operation.read].path, { token: athlete.token });
          model.afterRead(key, prediction, answer.status === 200);
          const samples = tally.reads[operation.read];
          if (answer.status !== 200) noteError(tally, READS[operation.read].label, answer);
          else if (prediction === "unknown") samples.unknown++;
          else samples[prediction].push(answer.ms);
        } else {
          const spec = WRITES[operation.write];
          const answer = await request(app, "POST", spec.path, {
            token: athlete.token,
            body: writeBody(operation.write, rand),
          });
          if (answer.status === 201) {
            model.afterWrite(operation.write, athlete.index);
            tally.writes[operation.write].push(answer.ms);
          } else {
            noteError(tally, spec.label, answer);
          }
        }
      } finally {
        busy.delete(athlete.index);
      }
      if (++mine % FLOOR_EVERY === 0) {
        const floor = await request(app, "GET", FLOOR_PATH);
        if (floor.status === 200) tally.floor.push(floor.ms);
        else noteError(tally, `GET ${FLOOR_PATH}`, floor);
      }
      progress("operations", ++finished, phase.requests);
    }
  };
  await Promise.all(Array.from({ length: phase.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  done(`${phase.requests} operations in ${seconds.toFixed(1)} s`);
  const after = await serverStats(app, athletes[0]!);
  return { phase, tally, seconds, before, after, incidents: kvIncidents(app.log, logOffset) };
}

// ---------------------------------------------------------------- report

function percentile(samples: number[], p: number): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value: number | undefined) => (value === undefined ? "–" : `${value.toFixed(1)} ms`);
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? "–" : `${(a / b).toFixed(1)}×`;
const pct = (part: number, whole: number) => (whole === 0 ? "–" : `${((part / whole) * 100).toFixed(1)} %`);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const sum = <T>(items: T[], count: (item: T) => number) => items.reduce((n, item) => n + count(item), 0);

function report(available: { reads: Read[]; writes: Write[] }, run: PhaseRun): void {
  const { tally, phase } = run;
  const floorP50 = percentile(tally.floor, 50);
  const readRows = available.reads.map((read) => {
    const s = tally.reads[read];
    const hitP50 = percentile(s.hit, 50);
    const missP50 = percentile(s.miss, 50);
    return [
      READS[read].label,
      String(s.hit.length + s.miss.length + s.unknown),
      pct(s.hit.length, s.hit.length + s.miss.length),
      ms(hitP50),
      ms(percentile(s.hit, 95)),
      ms(missP50),
      ms(percentile(s.miss, 95)),
      ratio(hitP50, floorP50),
      ratio(missP50, hitP50),
    ];
  });
  const writeRows = available.writes.map((write) => {
    const samples = tally.writes[write];
    const p50 = percentile(samples, 50);
    return [`${WRITES[write].label} (write)`, String(samples.length), "", ms(p50), ms(percentile(samples, 95))];
  });
  const floorRow = [
    `GET ${FLOOR_PATH} (floor)`,
    String(tally.floor.length),
    "",
    ms(floorP50),
    ms(percentile(tally.floor, 95)),
  ];
  const samples = Object.values(tally.reads);
  const hits = sum(samples, (s) => s.hit.length);
  const misses = sum(samples, (s) => s.miss.length);
  const unknown = sum(samples, (s) => s.unknown);
  const reads = hits + misses + unknown;
  const writes = sum(Object.values(tally.writes), (w) => w.length);
  const requests = reads + writes + tally.floor.length;

  console.log(
    `\n${phase.title}: ${reads + writes} operations and ${tally.floor.length} floor requests in ${run.seconds.toFixed(1)} s (${(requests / run.seconds).toFixed(0)} requests/s)\n`,
  );
  const columns = ["", "count", "hit rate", "hit p50", "hit p95", "miss p50", "miss p95", "hit/floor", "miss/hit"];
  const pad = (row: string[]) => [...row, ...Array<string>(columns.length - row.length).fill("")];
  console.log(table(columns, [...readRows, ...writeRows, floorRow].map(pad)));

  const { before, after } = run;
  if (before.hits === null || after.hits === null || before.misses === null || after.misses === null) {
    console.log("server counters: unavailable (the KV store did not answer), so the hit/miss split is unchecked");
    return;
  }
  const serverHits = after.hits - before.hits;
  const serverMisses = after.misses - before.misses;
  const agrees = serverMisses >= misses && serverMisses <= misses + unknown && serverHits + serverMisses === reads;
  const { readsUncached, writesSkipped, invalidationsFailed } = run.incidents;
  const incidents = readsUncached + writesSkipped + invalidationsFailed;
  const verdict = agrees
    ? "they agree"
    : incidents > 0
      ? "they differ by the KV failures below, which the client cannot see"
      : "THEY DISAGREE: the hit/miss split above is not reliable";
  console.log(
    `server counters: ${serverHits} hits, ${serverMisses} misses (hit rate ${pct(serverHits, serverHits + serverMisses)}); ` +
      `client: ${hits} hits, ${misses} misses, ${unknown} unclassified → ${verdict}`,
  );
  if (incidents > 0) {
    console.log(
      `KV failures (server log): reads served uncached and uncounted ${readsUncached}, cache writes skipped ` +
        `${writesSkipped}, invalidations abandoned ${invalidationsFailed} (stale until the TTL unless they finished later)`,
    );
  }
  if (tally.errors.size > 0) {
    console.log("failed requests (left out of the figures):");
    for (const [what, { count, example }] of tally.errors) console.log(`  ${count} × ${what}: ${example}`);
  }
}

// ---------------------------------------------------------------- progress lines

const tty = process.stdout.isTTY;
let lastProgress = "";

/** A line rewritten in place on a terminal; elsewhere (a log, CI) one line per quarter of the work. */
function progress(label: string, count: number, total?: number): void {
  const value = total === undefined ? `${count} s` : `${count}/${total}`;
  if (tty) {
    lastProgress = `  ${label} ${value}`;
    process.stdout.write(`\r${lastProgress}`);
  } else if (total !== undefined && count % Math.max(1, Math.ceil(total / 4)) === 0) {
    console.log(`  ${label} ${value}`);
  }
}

function clearProgress(): void {
  if (tty && lastProgress) process.stdout.write(`\r${" ".repeat(lastProgress.length)}\r`);
  lastProgress = "";
}

function step(message: string): void {
  clearProgress();
  console.log(`→ ${message}`);
}

function done(message: string): void {
  clearProgress();
  console.log(`✓ ${message}`);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------- main

export async function main(args: string[]): Promise<void> {
  const options = parseOptions(args);
  const servers = new Servers();
  const runDir = path.join(ROOT, ".data", `bench-${Date.now()}`);
  mkdirSync(runDir, { recursive: true });
  servers.add({ name: runDir, run: async () => rmSync(runDir, { recursive: true, force: true }) });

  const onSignal = (signal: NodeJS.Signals) => {
    clearProgress();
    console.error(`\n${signal}: stopping the servers the bench started…`);
    void servers.stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  const onExit = () => servers.stopNow();
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("exit", onExit);

  // A copy of the app inside the project makes a running `next dev` reload in a loop, so it is kept only for
  // `--keep-build` (and reused by `--no-build`).
  if (!options.keepBuild) {
    servers.add({ name: "the build copy", run: async () => rmSync(BUILD_DIR, { recursive: true, force: true }) });
  }
  try {
    if (options.build) await build(servers);
    else step(`reusing the build in ${path.relative(ROOT, BUILD_DIR)}/ (--no-build)`);
    const app = await startApp(options, runDir, servers);
    if (app.kvBackend !== options.kv) throw new Error(`the app reports kv ${app.kvBackend}, not ${options.kv}`);

    const rand = random(options.seed);
    const model = new CacheModel();
    const athletes = await createAthletes(app, options.athletes);
    const available = await probe(app, athletes[0]!, model, rand);
    if (available.reads.length === 0) throw new Error("none of the cached reads is served yet: nothing to measure");
    if (available.writes.length > 0) await addHistory(app, athletes, available.writes, model, rand);
    else console.log("  ! no write endpoint is served yet: the load is reads only, and no read is ever invalidated");

    const runs: PhaseRun[] = [];
    for (const phase of phases(options)) runs.push(await runPhase(app, athletes, available, phase, model, rand));

    console.log(
      `\ncache bench: kv ${app.kvBackend}, ${options.athletes} athletes, ${options.requests} operations, seed ${options.seed}`,
    );
    for (const run of runs) report(available, run);
    console.log(
      "\nhit/floor: hit p50 over the floor's p50. miss/hit: miss p50 over hit p50. Latency is the client's, whole body read.",
    );
  } finally {
    clearProgress();
    await servers.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    process.off("exit", onExit);
  }
}
