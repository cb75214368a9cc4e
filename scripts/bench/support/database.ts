import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { configFromEnv, type DbConfig } from "@/db/client";
import { createTestDatabase } from "@/scripts/test/databases";
import { OUTSIDE_DATABASE, type Servers } from "./servers";

/**
 * The databases a bench runs on, chosen so that it never writes into one of yours: embedded PGlite in memory, or a
 * fresh database on the PostgreSQL server the environment names, dropped at the end.
 */

export interface BenchDatabase {
  config: DbConfig;
  label: string;
}

/** In memory unless the environment selects PostgreSQL; then a fresh database on that server. */
export async function benchDatabase(servers: Servers): Promise<BenchDatabase> {
  const config = configFromEnv();
  if (config.driver === "pglite") return { config: { driver: "pglite" }, label: "PGlite (embedded, in memory)" };
  const serverUrl = config.url;
  // createTestDatabase creates on the server TEST_POSTGRES_URL names: here that is the one the environment selects.
  process.env.TEST_POSTGRES_URL = serverUrl;
  const url = new URL(await createTestDatabase("aria_bench"));
  const name = url.pathname.slice(1);
  servers.add(`database ${name}`, () => dropDatabase(serverUrl, name));
  return {
    config: { driver: "postgres", url: url.toString() },
    label: `PostgreSQL (${url.hostname}:${url.port || 5432}, fresh database ${name})`,
  };
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    // A closed pool's connections end a moment later; wait for them rather than cut them off mid-goodbye.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`drop database if exists "${name}"${attempt >= 20 ? " with (force)" : ""}`);
        return;
      } catch (error) {
        if (attempt >= 20) throw error;
        await sleep(100);
      }
    }
  } finally {
    await client.end();
  }
}

/**
 * Points the process-wide database (lib/database.ts) at an in-memory PGlite, which the boot policy seeds with the
 * demo squad. Call it before the first query: the environment is read once.
 */
export function selectMemoryDatabase(): void {
  for (const name of OUTSIDE_DATABASE) delete process.env[name];
  process.env.PGLITE_DIR = "memory://";
}
