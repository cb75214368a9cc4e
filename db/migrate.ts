import path from "node:path";
import { sql } from "drizzle-orm";
import type { Database, DbDriver, DbHandle } from "./client";

/** One migration history (drizzle-kit SQL files in db/migrations) applied on every driver. */
const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

// Serialises concurrent starts (several serverless instances booting at once) on a PostgreSQL server.
const MIGRATION_LOCK_KEY = 20_261_124;

async function runMigrator(driver: DbDriver, db: Database): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  switch (driver) {
    case "pglite": {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      return migrate(db as never, config);
    }
    case "postgres": {
      const { migrate } = await import("drizzle-orm/node-postgres/migrator");
      return migrate(db as never, config);
    }
    case "vercel-postgres": {
      const { migrate } = await import("drizzle-orm/vercel-postgres/migrator");
      return migrate(db as never, config);
    }
  }
}

/** Applies every pending migration; safe to call on each start and from several processes at once. */
export async function migrateDatabase(handle: DbHandle): Promise<void> {
  await handle.onOneConnection(async (db) => {
    if (handle.driver === "pglite") return runMigrator(handle.driver, db);
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await runMigrator(handle.driver, db);
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  });
}
