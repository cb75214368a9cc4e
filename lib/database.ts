import "server-only";
import { configFromEnv, type Database, type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { logger } from "@/lib/core/logger";

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
  const handle = await openDatabase(configFromEnv());
  try {
    await migrateDatabase(handle);
    if (handle.driver === "pglite") {
      // Loaded only here: the catalog and the demo squad are large, and a hosted database never needs them.
      const { seedIfEmpty } = await import("@/lib/seed");
      await seedIfEmpty(handle.db);
    }
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  logger().info({ driver: handle.driver, location: handle.location }, "database ready");
  return handle;
}
