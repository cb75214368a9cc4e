import { sql } from "drizzle-orm";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { toAppError } from "@/lib/core/errors";
import { route } from "@/lib/http/route";
import { createTestDatabase } from "@/scripts/test/databases";
import {
  forVercelPostgres,
  type NeonProxyHarness,
  startNeonWebSocketProxy,
  useNeonProxy,
} from "@/scripts/test/harness/neon-websocket-proxy";
import { type DbHandle, openDatabase, queryRows } from "./client";

/**
 * A connection that drops inside a transaction, on a real server: the server ends the backend mid-transaction, the
 * next statement fails, and the ORM's ROLLBACK on the dead connection fails too — the error the caller gets is that
 * one, wrapping the driver's "not queryable". It must read as "the database is unavailable" (503), not as a fault of
 * ours (500), and the checked-out connection's own error event must not escape as an uncaught exception.
 */

let neonProxy: NeonProxyHarness | undefined;

const adapters: { name: string; open: () => Promise<{ handle: DbHandle; url: string }> }[] = [
  {
    name: "postgres via pg",
    open: async () => {
      const url = await createTestDatabase();
      return { handle: await openDatabase({ driver: "postgres", url }), url };
    },
  },
  {
    name: "@vercel/postgres (WebSocket proxy harness)",
    open: async () => {
      neonProxy ??= await startNeonWebSocketProxy();
      useNeonProxy(neonProxy.port);
      const url = await createTestDatabase();
      return { handle: await openDatabase({ driver: "vercel-postgres", url: forVercelPostgres(url) }), url };
    },
  },
];

afterAll(async () => {
  await neonProxy?.close();
});

/** Runs a transaction whose connection the server terminates half way; resolves to what the transaction threw. */
async function droppedTransaction(handle: DbHandle, url: string): Promise<unknown> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await handle.db.transaction(async (tx) => {
      const [row] = await queryRows<{ pid: number }>(tx as never, sql`select pg_backend_pid() as pid`);
      const pid = row!.pid;
      await admin.query("select pg_terminate_backend($1)", [pid]);
      // Once the backend is gone the driver has heard of it: the next statement meets a client already marked
      // broken (pg: "Client has encountered a connection error and is not queryable"), and so does the ROLLBACK.
      for (let attempt = 0; attempt < 100; attempt++) {
        const { rowCount } = await admin.query("select 1 from pg_stat_activity where pid = $1", [pid]);
        if (rowCount === 0) break;
      }
      await tx.execute(sql`select 1`);
    });
  } catch (error) {
    return error;
  } finally {
    await admin.end();
  }
  throw new Error("the transaction survived its connection");
}

describe.each(adapters)("a connection dropped inside a transaction on $name", ({ open }) => {
  it("is classified unavailable, and a route answers 503", async () => {
    const { handle, url } = await open();
    try {
      const thrown = await droppedTransaction(handle, url);
      expect(toAppError(thrown).code).toBe("unavailable");

      const failing = route("dropped", async () => {
        throw thrown;
      });
      const response = await failing(new Request("http://aria.test/api"));
      expect(response.status).toBe(503);
      expect((await response.json()).error.code).toBe("unavailable");

      // The pool replaces the dead connection: the next query is served.
      expect(await queryRows<{ ok: number }>(handle.db, sql`select 1 as ok`)).toEqual([{ ok: 1 }]);
    } finally {
      await handle.close();
    }
  });
});
