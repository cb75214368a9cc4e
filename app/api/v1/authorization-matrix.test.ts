import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute, type Method } from "@/scripts/test/api";
import { ACTORS, type MatrixRow, relink, type World } from "@/scripts/test/authorization";

/**
 * Every /api/v1 route × every kind of caller, with the status each must get. The routes come from the route files
 * and the rows from the `*.matrix.ts` files beside them, so a route added without a row fails the first test.
 */

const ROUTE_FILES = import.meta.glob<Record<string, unknown>>("./**/route.ts");
const ROW_FILES = import.meta.glob<{ rows: MatrixRow[] }>("./**/*.matrix.ts", { eager: true });
const MATRIX = Object.values(ROW_FILES).flatMap((file) => file.rows);
const METHODS: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

const fileOf = (path: string) => `./${path}/route.ts`;

describe("authorization matrix", () => {
  let world: World;

  beforeAll(async () => {
    const db = await getDb();
    const [athlete, otherAthlete, linkedCoach, unlinkedCoach, inviteCoach] = await Promise.all([
      testAccount(db, "athlete"),
      testAccount(db, "athlete"),
      testAccount(db, "coach"),
      testAccount(db, "coach"),
      testAccount(db, "coach"),
    ]);
    world = { db, athlete, otherAthlete, linkedCoach, unlinkedCoach, inviteCoach };
    await relink(world);
  });

  it("has exactly one row for every route and method the app serves", async () => {
    const served: string[] = [];
    for (const [file, load] of Object.entries(ROUTE_FILES)) {
      const module = await load();
      for (const method of METHODS) if (typeof module[method] === "function") served.push(`${method} ${file}`);
    }
    const listed = MATRIX.map((row) => `${row.method} ${fileOf(row.path)}`);
    expect(listed.filter((entry, index) => listed.indexOf(entry) !== index)).toEqual([]);
    expect(listed.sort()).toEqual(served.sort());
  });

  for (const row of MATRIX) {
    for (const actor of ACTORS) {
      it(`${row.method} /api/v1/${row.path} as ${actor} → ${row.expect[actor]}`, async () => {
        const load = ROUTE_FILES[fileOf(row.path)];
        if (!load) throw new Error(`no route file for ${row.path}`);
        const module = await load();
        const params = row.params ? await row.params(world, actor) : {};
        const body = row.body ? await row.body(world, actor) : undefined;
        const account = actor === "signedOut" ? undefined : world[actor];
        const response = await callRoute(module, row.method, {
          params,
          body,
          query: row.query,
          ...(row.auth === "session"
            ? { headers: account ? { cookie: account.cookie } : {} }
            : { token: account?.token }),
        });
        if (response.status !== row.expect[actor]) {
          throw new Error(`expected ${row.expect[actor]}, got ${response.status}: ${await response.text()}`);
        }
        if (response.status >= 400) expect((await response.json()).error.code).toMatch(/^[a-z_]+$/);
      });
    }
  }
});
