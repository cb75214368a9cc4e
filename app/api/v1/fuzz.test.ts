import { type AnyColumn, getTableColumns, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute, type Method } from "@/scripts/test/api";

/**
 * Fuzzing every write route of /api/v1 (issue 15): random JSON bodies, random path ids (well-formed or not) and
 * random queries, sent as a signed-in athlete and as a coach. No answer may be a 5xx, and a refused request (4xx)
 * must change no row of any table.
 */

const ROUTE_FILES = import.meta.glob<Record<string, unknown>>("./**/route.ts");
const WRITES: Method[] = ["POST", "PUT", "PATCH", "DELETE"];
const RUNS_PER_ROUTE = 12;

const TABLES = Object.values(schema).filter((value: unknown): value is PgTable => value instanceof PgTable);

/** One number per table, so that any insert, update or delete anywhere shows. */
async function fingerprint(db: Database): Promise<string> {
  const parts = await Promise.all(
    TABLES.map(async (table) => {
      const columns = Object.values(getTableColumns(table)) as AnyColumn[];
      const updated = columns.find((c) => c.name === "updated_at");
      const [row] = (await db
        .select({
          n: sql<number>`count(*)::int`,
          u: updated ? sql<string>`coalesce(max(${updated})::text, '')` : sql<string>`''`,
        })
        .from(table)) as { n: number; u: string }[];
      return `${row?.n}:${row?.u}`;
    }),
  );
  return parts.join("|");
}

// Strings that have broken parsers before: control characters, a lone surrogate, huge numbers, SQL, paths.
const nasty = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "\u001b[31m",
  "\ud800",
  "9999-12-31",
  "0000-00-00",
  "1e309",
  "' or 1=1 --",
  "../../etc/passwd",
  "%E0%A4%A",
  "me",
  "",
);
const text = fc.oneof(fc.string({ maxLength: 40 }), nasty);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom("date", "type", "rpe", "duration_min", "title", "notes", "metric", "value", "reps", "message"),
    fc.oneof(
      text,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.anything(), { maxLength: 3 }),
    ),
  ),
);
const pathId = fc.oneof(fc.uuid(), text);

describe("fuzzing every write route", () => {
  let db: Database;
  let athlete: Awaited<ReturnType<typeof testAccount>>;
  let coach: Awaited<ReturnType<typeof testAccount>>;

  beforeAll(async () => {
    db = await getDb();
    athlete = await testAccount(db, "athlete");
    coach = await testAccount(db, "coach");
    // A caller's first request of the hour records that they were active; do it now, not inside a fuzzed call.
    const me = await import("./me/route");
    for (const account of [athlete, coach]) await callRoute(me, "GET", { token: account.token });
  });

  for (const [file, load] of Object.entries(ROUTE_FILES)) {
    it(`${file}: no 5xx, and nothing changes when it refuses`, async () => {
      const module = await load();
      const methods = WRITES.filter((method) => typeof module[method] === "function");
      const names = [...file.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1] as string);
      if (methods.length === 0) return;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...methods),
          body,
          fc.tuple(...names.map(() => pathId), fc.constant(null)),
          fc.dictionary(fc.constantFrom("as_of", "user_id", "days", "date", "from", "to"), text, { maxKeys: 2 }),
          fc.boolean(),
          async (method, payload, ids, query, asCoach) => {
            const params = Object.fromEntries(names.map((name, i) => [name, String(ids[i])]));
            const before = await fingerprint(db);
            const response = await callRoute(module, method, {
              params,
              rawBody: JSON.stringify(payload),
              headers: { "content-type": "application/json" },
              query,
              token: (asCoach ? coach : athlete).token,
            });
            expect(response.status, `${method} ${file} ${JSON.stringify({ params, payload, query })}`).toBeLessThan(
              500,
            );
            if (response.status >= 400) expect(await fingerprint(db)).toBe(before);
            await response.text();
          },
        ),
        { numRuns: RUNS_PER_ROUTE, seed: 2026 },
      );
    });
  }
});
