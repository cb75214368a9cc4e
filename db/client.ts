import { mkdirSync } from "node:fs";
import path from "node:path";
import { type SQL, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { env, selectedAdapters } from "@/lib/core/env";
import { logger } from "@/lib/core/logger";
import * as schema from "./schema";

/**
 * The one place that decides which database driver serves (PRODUCT.md section 1):
 * `POSTGRES_URL` → @vercel/postgres, `DATABASE_URL` → pg, otherwise PGlite under `.data/`.
 * Nothing connects at import time: `next build` imports this module.
 */

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DbDriver = "pglite" | "postgres" | "vercel-postgres";

export type DbConfig =
  | { driver: "pglite" /** A directory to persist in; omitted for an in-memory database. */; dataDir?: string }
  | { driver: "postgres"; url: string }
  | { driver: "vercel-postgres"; url: string };

export interface DbHandle {
  db: Database;
  driver: DbDriver;
  /** Where it lives, with any password removed: a directory, "memory", or host:port/database. */
  location: string;
  /** Runs work on one dedicated connection (session-level locks need it); PGlite has only one. */
  onOneConnection<T>(work: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || "5432"}${u.pathname}`;
}

/** Opens a connection pool (or an embedded database) for a config. Does not migrate. */
export async function openDatabase(config: DbConfig): Promise<DbHandle> {
  switch (config.driver) {
    case "pglite": {
      const { PGlite } = await import("@electric-sql/pglite");
      const { drizzle } = await import("drizzle-orm/pglite");
      let dataDir: string | undefined;
      if (config.dataDir && config.dataDir !== "memory://") {
        dataDir = path.resolve(config.dataDir);
        mkdirSync(dataDir, { recursive: true });
      }
      const client = new PGlite(dataDir);
      await client.waitReady;
      const db = drizzle({ client: client as never, schema }) as unknown as Database;
      return {
        db,
        driver: "pglite",
        location: dataDir ?? "memory",
        onOneConnection: (work) => work(db),
        close: () => client.close(),
      };
    }
    case "postgres": {
      const { Pool } = await import("pg");
      const pool = new Pool({ connectionString: config.url, max: 10, connectionTimeoutMillis: 5_000 });
      const { drizzle } = await import("drizzle-orm/node-postgres");
      return poolHandle(
        "postgres",
        config.url,
        pool,
        (client) => drizzle({ client: client as never, schema }) as unknown as Database,
      );
    }
    case "vercel-postgres": {
      const { createPool } = await import("@vercel/postgres");
      const pool = createPool({ connectionString: config.url });
      const { drizzle } = await import("drizzle-orm/vercel-postgres");
      return poolHandle(
        "vercel-postgres",
        config.url,
        pool,
        (client) => drizzle({ client: client as never, schema }) as unknown as Database,
      );
    }
  }
}

/** The two pooled drivers share one shape: a pool for queries, a checked-out client for session-level work. */
interface Pool<C extends { release(): void }> {
  connect(): Promise<C>;
  end(): Promise<void>;
  on(event: "error", listener: (error: Error) => void): unknown;
  on(
    event: "connect",
    listener: (client: { on(event: "error", listener: (error: Error) => void): unknown }) => void,
  ): unknown;
}

/**
 * A connection the server ends must never crash the process. The pool hears an idle client's error; a client that is
 * checked out (inside a transaction, say) emits its own, which nobody would hear, an uncaught exception. Either way
 * the statement in flight, or the next one, fails by itself and is answered 503 (lib/core/errors.ts).
 */
function survivesLostConnections<C extends { release(): void }>(pool: Pool<C>): void {
  const lost = (error: Error) => logger().warn({ err: error }, "postgres connection lost");
  pool.on("error", lost);
  pool.on("connect", (client) => client.on("error", lost));
}

function poolHandle<C extends { release(): void }>(
  driver: "postgres" | "vercel-postgres",
  url: string,
  pool: Pool<C>,
  wrap: (client: Pool<C> | C) => Database,
): DbHandle {
  survivesLostConnections(pool);
  return {
    db: wrap(pool),
    driver,
    location: describeUrl(url),
    onOneConnection: async (work) => {
      const connection = await pool.connect();
      try {
        return await work(wrap(connection));
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The database config this environment selects. */
export function configFromEnv(e = env()): DbConfig {
  const driver = selectedAdapters(e).db;
  if (driver === "vercel-postgres") return { driver, url: e.POSTGRES_URL! };
  if (driver === "postgres") return { driver, url: e.DATABASE_URL! };
  return { driver, dataDir: e.PGLITE_DIR };
}

/** Runs a raw SQL statement and returns its rows, whatever the driver's result shape. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Cheap liveness probe used by the health endpoint. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
