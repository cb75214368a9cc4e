import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import pg from "pg";
import { queryRows } from "@/db/client";
import { activeAthletesAfter } from "@/lib/jobs/active-athletes";
import { setCronRuntime } from "@/lib/jobs/handoff";
import { generateAthletes } from "@/scripts/bench/analysis";
import { dropDatabase } from "@/scripts/bench/support/database";
import { parseOptions, whole } from "@/scripts/bench/support/options";
import { done, elapsed, step } from "@/scripts/bench/support/progress";
import { OUTSIDE_DATABASE, OUTSIDE_KV, type Servers, withServers } from "@/scripts/bench/support/servers";
import { secondsSince } from "@/scripts/bench/support/stats";
import { createTestDatabase } from "@/scripts/test/databases";
import { startPostgres } from "@/scripts/test/servers";

/**
 * npm run bench -- scale [--athletes 100000] [--budget-ms 1000] [--batch 1000]
 *
 * One scheduled run over N synthetic athletes on PostgreSQL, through the real cron route: the route's GET is called
 * with the cron secret, its time budget is cut to --budget-ms so the run is handed on many times, and each hand-off
 * request goes to the same route handler in this process (no network, same code path). Then the database is asked
 * what happened: every attempt to store an athlete's training patterns is logged by a trigger, so an athlete without
 * a row was skipped and one with two was analysed twice, whatever the runner itself believes. Runs on the server
 * DATABASE_URL (or POSTGRES_URL) names, in a fresh database dropped afterwards, else on a private server of its own.
 */

const TASK = "patterns";
const OPTIONS = { athletes: whole(100_000), "budget-ms": whole(1_000, 0), batch: whole(1000) };

/** A PostgreSQL server: the one the environment names, else one started for this run. */
async function postgresServer(servers: Servers): Promise<string> {
  const named = process.env.DATABASE_URL ?? process.env.POSTGRES_URL;
  if (named) return named;
  try {
    const server = await startPostgres();
    servers.add("postgres", server.stop);
    return server.url;
  } catch (error) {
    throw new Error(
      `PostgreSQL is not available: set DATABASE_URL to a server, or install the 'postgresql' package (${(error as Error).message})`,
    );
  }
}

/**
 * Points this process's environment at the bench's own database, an in-process KV and a secret of its own, before
 * anything reads it (lib/core/env.ts parses once): the route handler then opens exactly what it would in production.
 */
async function selectEnvironment(servers: Servers): Promise<{ url: string; label: string }> {
  const serverUrl = await postgresServer(servers);
  const probe = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 5_000 });
  await probe.connect().catch((error: Error) => {
    throw new Error(`PostgreSQL is not available at ${new URL(serverUrl).host}: ${error.message}`);
  });
  await probe.end();
  process.env.TEST_POSTGRES_URL = serverUrl;
  const url = new URL(await createTestDatabase("aria_scale"));
  const name = url.pathname.slice(1);
  servers.add(`database ${name}`, () => dropDatabase(serverUrl, name));
  for (const variable of [...OUTSIDE_DATABASE, ...OUTSIDE_KV]) delete process.env[variable];
  Object.assign(process.env, {
    DATABASE_URL: url.toString(),
    NODE_ENV: "production",
    CRON_SECRET: randomBytes(24).toString("base64url"),
    LOG_LEVEL: "warn",
  });
  return { url: url.toString(), label: `PostgreSQL (${url.host}, fresh database ${name})` };
}

/** Every attempt to store an athlete's patterns (a BEFORE trigger sees each proposed row, upserted or not). */
const WRITE_LOG = [
  sql`create table bench_pattern_writes (user_id uuid not null)`,
  sql`create function bench_log_pattern_write() returns trigger language plpgsql as $$
      begin insert into bench_pattern_writes values (new.user_id); return new; end $$`,
  sql`create trigger bench_log_pattern_write before insert on analysis_snapshots
      for each row execute function bench_log_pattern_write()`,
];

export async function main(args: string[]): Promise<void> {
  const options = parseOptions("scale", args, OPTIONS);
  await withServers(async (servers) => {
    const { label } = await selectEnvironment(servers);
    // Imported only now, after the environment is chosen, as the framework would load the route.
    const cron = await import("@/app/api/cron/[task]/route");
    const { getDatabase } = await import("@/lib/database");
    const { seedContent } = await import("@/lib/seed");
    const handle = await getDatabase();
    servers.add("the database connection", () => handle.close());
    const db = handle.db;
    console.log(`database: ${label}`);

    let started = performance.now();
    step(`generating ${options.athletes} athletes with 12 weeks of history`);
    await seedContent(db);
    await generateAthletes(handle, options.athletes);
    for (const statement of WRITE_LOG) await db.execute(statement);
    const active = await activeAthletesAfter(db, null, options.athletes + 1);
    done(`generated ${active.length} active athletes in ${elapsed(started)}`);

    // The hand-off without a network: each request goes to the route handler here, each after() runs at once.
    const pending: Promise<unknown>[] = [];
    let invocations = 0;
    const call = (request: Request) => {
      invocations++;
      const answer = cron.GET(request, { params: Promise.resolve({ task: TASK }) });
      pending.push(answer);
      return answer;
    };
    setCronRuntime({
      baseUrl: "http://aria.bench",
      budgetMs: options["budget-ms"],
      batchSize: options.batch,
      defer: (work) => void pending.push(work()),
      send: call,
    });

    step(`one ${TASK} run through GET /api/cron/${TASK}, ${options["budget-ms"]} ms per invocation`);
    started = performance.now();
    const first = await call(
      new Request(`http://aria.bench/api/cron/${TASK}`, {
        headers: { authorization: `Bearer ${process.env.CRON_SECRET}` },
      }),
    );
    if (!first.ok) throw new Error(`the cron route answered ${first.status}: ${await first.text()}`);
    while (pending.length > 0) await pending.shift();
    const seconds = secondsSince(started);
    setCronRuntime(null);

    const [counts] = await queryRows<{ written: number; duplicated: number }>(
      db,
      sql`select count(*)::int written, count(*) filter (where n > 1)::int duplicated
          from (select user_id, count(*) n from bench_pattern_writes group by user_id) w`,
    );
    // The active athletes as one array literal: 100,000 separate parameters would pass PostgreSQL's limit.
    const [{ skipped } = { skipped: active.length }] = await queryRows<{ skipped: number }>(
      db,
      sql`select count(*)::int skipped from unnest(${`{${active.join(",")}}`}::uuid[]) a(id)
          where not exists (select 1 from bench_pattern_writes w where w.user_id = a.id)`,
    );
    const processed = active.length - skipped;
    const duplicated = counts?.duplicated ?? 0;
    console.log(
      `scale: processed ${processed} of ${active.length} athletes in ${invocations} invocations, ${skipped} skipped, ${duplicated} duplicated, ${Math.round(processed / seconds)} athletes/s`,
    );
    if (skipped > 0 || duplicated > 0 || (counts?.written ?? 0) !== active.length) process.exitCode = 1;
  });
}
