import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "@/scripts/test/servers";
import { done, elapsed, progress, step } from "./progress";
import { OUTSIDE_DATABASE, OUTSIDE_KV, type Servers, startGroup, tail, without } from "./servers";
import { secondsSince } from "./stats";

/**
 * The app under test, as production runs it: `next build` of a snapshot of the working tree in .data/bench-build/
 * (never the shared .next that a dev server or a Playwright run may be using), then `next start` on a free port with
 * a fresh PGlite directory of its own.
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const BUILD_DIR = path.join(ROOT, ".data/bench-build");
const HEALTHY_WITHIN_MS = 120_000;

export interface App {
  url: string;
  kvBackend: string;
  /** The server's log: the cache's KV warnings are read from it. */
  log: string;
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

/**
 * Builds the snapshot, or with `build: false` reuses a kept one. A copy of the app inside the project makes a running
 * `next dev` reload in a loop, so it is removed at the end unless `keep`.
 */
export async function prepareBuild(servers: Servers, options: { build: boolean; keep: boolean }): Promise<void> {
  if (!options.keep) servers.add("the build copy", async () => rmSync(BUILD_DIR, { recursive: true, force: true }));
  if (!options.build) {
    if (!existsSync(path.join(BUILD_DIR, ".next/BUILD_ID"))) {
      throw new Error(`no build in ${path.relative(ROOT, BUILD_DIR)}/: run without --no-build first`);
    }
    step(`reusing the build in ${path.relative(ROOT, BUILD_DIR)}/ (--no-build)`);
    return;
  }
  const started = performance.now();
  const files = snapshotSources();
  const log = path.join(BUILD_DIR, "build.log");
  step(`building a snapshot of ${files} files in ${path.relative(ROOT, BUILD_DIR)}/ (log: build.log there)`);
  const job = startGroup(servers, "next build", process.execPath, [NEXT_BIN, "build"], {
    cwd: BUILD_DIR,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    log,
  });
  const ticker = setInterval(() => progress("building", Math.round(secondsSince(started))), 1_000);
  const code = await job.exited.finally(() => clearInterval(ticker));
  if (code !== 0) throw new Error(`next build failed (exit ${code}):\n${tail(log)}`);
  done(`built in ${elapsed(started)}`);
}

/**
 * Starts the app prepareBuild built. The bench decides the adapters: an outside database or store in the caller's
 * environment must not leak in, so only `env` (a REDIS_URL of the bench's own, say) is added. LOG_LEVEL=warn, so
 * that the figures are the app's, not the request log's.
 */
export async function startApp(servers: Servers, env: Record<string, string> = {}): Promise<App> {
  const runDir = path.join(ROOT, ".data", `bench-${Date.now()}`);
  mkdirSync(runDir, { recursive: true });
  servers.add(runDir, async () => rmSync(runDir, { recursive: true, force: true }));
  const port = await freePort();
  const log = path.join(runDir, "server.log");
  const app = startGroup(
    servers,
    "next start",
    process.execPath,
    [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: BUILD_DIR,
      env: {
        ...without(process.env, [...OUTSIDE_DATABASE, ...OUTSIDE_KV]),
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        PGLITE_DIR: path.join(runDir, "pglite"),
        AUTH_SECRET: randomBytes(32).toString("hex"),
        AUTH_TRUST_HOST: "true",
        LOG_LEVEL: "warn",
        KV_PREFIX: "bench:",
        // The bench's simulated users each send their own X-Forwarded-For, as behind one reverse proxy.
        TRUSTED_PROXY_HOPS: "1",
        ...env,
      },
      log,
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // The first request migrates and seeds the fresh database, which takes a few seconds.
  while (performance.now() - started < HEALTHY_WITHIN_MS) {
    if (app.child.exitCode !== null) throw new Error(`next start exited with ${app.child.exitCode}:\n${tail(log)}`);
    const health = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(60_000) })
      .then(async (response) => (response.ok ? ((await response.json()) as { kv: { backend: string } }) : null))
      .catch(() => null);
    if (health) {
      done(`next start on ${url}, database ready in ${elapsed(started)} (log: ${path.relative(ROOT, log)})`);
      return { url, kvBackend: health.kv.backend, log };
    }
    await sleep(250);
  }
  throw new Error(`the app did not become healthy within ${HEALTHY_WITHIN_MS / 1000} s:\n${tail(log)}`);
}
