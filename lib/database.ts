import "server-only";
import { configFromEnv, type Database, type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import { DEMO_COACH_EMAIL, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";

/**
 * The boot policy: the process-wide database is opened once (kept on globalThis so hot reloads and route bundles
 * share it; PGlite allows one process per directory), migrated, and on an empty embedded database seeded with the
 * demo data. `db/` only knows how to open and migrate; deciding when is this module's job.
 */

const holder = globalThis as unknown as { __ariaDb?: Promise<DbHandle> };

/** The process-wide database, ready to query. */
export function getDatabase(): Promise<DbHandle> {
  holder.__ariaDb ??= prepare().catch((error) => {
    holder.__ariaDb = undefined;
    throw error;
  });
  return holder.__ariaDb;
}

/** Shorthand for route handlers and queries. */
export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}

async function prepare(): Promise<DbHandle> {
  const started = performance.now();
  const report = startupReporter();
  const handle = await openDatabase(configFromEnv());
  let seeded = false;
  try {
    report(`database: ${handle.driver} (${handle.location}), applying migrations`);
    await migrateDatabase(handle);
    if (handle.driver === "pglite") {
      // Loaded only here: the catalog and the demo squad are large, and a hosted database never needs them.
      const { seedIfEmpty } = await import("@/lib/seed");
      seeded = await seedIfEmpty(handle.db, report);
    }
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  report(
    seeded
      ? `database ready in ${seconds} s, demo squad loaded: sign in as ${DEMO_SIGN_IN_HINT}`
      : `database ready in ${seconds} s`,
  );
  return handle;
}

const DEMO_SIGN_IN_HINT = `jordan@aria.example or ${DEMO_COACH_EMAIL}, password ${DEMO_PASSWORD}`;

/**
 * Where start-up steps are told: in `npm run dev` as plain lines on the console (a first start takes about ten
 * seconds before the first page answers, and the person waiting should see why), elsewhere as log lines.
 */
function startupReporter(): (message: string) => void {
  if (env().NODE_ENV === "development") return (message) => console.log(` ○ Aria: ${message}`);
  return (message) => logger().info(message);
}
