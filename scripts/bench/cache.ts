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
 *
 * The parts: cache/workload.ts (the mix and the halves), cache/population.ts (athletes and history), cache/model.ts
 * (hit or miss), cache/runner.ts (one half of the load), cache/report.ts; the build, servers and options in support/.
 */
import { SeededRandom } from "@/lib/core/random";
import { CacheModel } from "@/scripts/bench/cache/model";
import { addHistory, createAthletes, probe } from "@/scripts/bench/cache/population";
import { LEGEND, report } from "@/scripts/bench/cache/report";
import { type PhaseRun, runPhase } from "@/scripts/bench/cache/runner";
import { phases } from "@/scripts/bench/cache/workload";
import { prepareBuild, startApp } from "@/scripts/bench/support/app";
import { choice, flag, parseOptions, whole } from "@/scripts/bench/support/options";
import { step } from "@/scripts/bench/support/progress";
import { startBenchRedis, withServers } from "@/scripts/bench/support/servers";

const OPTIONS = {
  kv: choice(["memory", "redis"], "memory"),
  athletes: whole(200, 2),
  requests: whole(4000),
  concurrency: whole(16),
  seed: whole(1, 0),
  "keep-build": flag(),
  "no-build": flag(),
};

export async function main(args: string[]): Promise<void> {
  const options = parseOptions("cache", args, OPTIONS, (o) =>
    // One operation per athlete at a time (see the header): the workers need more athletes than themselves.
    o.athletes <= o.concurrency ? "--athletes must be more than --concurrency" : undefined,
  );
  await withServers(async (servers) => {
    await prepareBuild(servers, { build: !options["no-build"], keep: options["keep-build"] || options["no-build"] });
    const env: Record<string, string> = {};
    if (options.kv === "redis") {
      env.REDIS_URL = await startBenchRedis(servers);
      step(`redis-server on ${env.REDIS_URL}`);
    }
    const app = await startApp(servers, env);
    if (app.kvBackend !== options.kv) throw new Error(`the app reports kv ${app.kvBackend}, not ${options.kv}`);

    const random = new SeededRandom(options.seed);
    const model = new CacheModel();
    const athletes = await createAthletes(app, options.athletes);
    const available = await probe(app, athletes[0]!, model, random);
    if (available.reads.length === 0) throw new Error("none of the cached reads is served yet: nothing to measure");
    if (available.writes.length > 0) await addHistory(app, athletes, available.writes, model, random);
    else console.log("  ! no write endpoint is served yet: the load is reads only, and no read is ever invalidated");

    const runs: PhaseRun[] = [];
    for (const phase of phases(options.requests, options.concurrency)) {
      runs.push(await runPhase(app, athletes, available, phase, model, random));
    }

    console.log(
      `\ncache bench: kv ${app.kvBackend}, ${options.athletes} athletes, ${options.requests} operations, seed ${options.seed}`,
    );
    for (const run of runs) report(available, run);
    console.log(`\n${LEGEND}`);
  });
}
