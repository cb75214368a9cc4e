import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { type Database, getDb } from "@/db/client";
import { coachAthletes } from "@/db/schema";
import { createApiToken } from "@/lib/auth/tokens";
import { createInvite } from "@/lib/coach/links";
import { TEST_PASSWORD, testAccount } from "@/scripts/test/accounts";
import { callRoute, type Method } from "@/scripts/test/api";

/**
 * Every /api/v1 route × every kind of caller, with the status each must get. The routes come from the files
 * themselves, so a route added without a row here fails the first test.
 */

const ROUTE_FILES = import.meta.glob<Record<string, unknown>>("./**/route.ts");
const METHODS: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

const ACTORS = ["signedOut", "athlete", "otherAthlete", "linkedCoach", "unlinkedCoach"] as const;
type Actor = (typeof ACTORS)[number];
type Account = Awaited<ReturnType<typeof testAccount>>;

interface World {
  db: Database;
  athlete: Account;
  otherAthlete: Account;
  linkedCoach: Account;
  unlinkedCoach: Account;
  /** A coach whose invites athletes may join without changing who is linked to whom. */
  inviteCoach: Account;
}

interface Row {
  method: Method;
  /** The route's folder under app/api/v1, with its dynamic segments. */
  path: string;
  params?: (world: World) => Promise<Record<string, string>>;
  body?: (world: World) => Promise<unknown> | unknown;
  expect: Record<Actor, number>;
}

const all = (status: number): Record<Actor, number> => ({
  signedOut: status,
  athlete: status,
  otherAthlete: status,
  linkedCoach: status,
  unlinkedCoach: status,
});
const signedIn = (status: number): Record<Actor, number> => ({ ...all(status), signedOut: 401 });
const athletesOnly = (status: number): Record<Actor, number> => ({
  ...signedIn(status),
  linkedCoach: 403,
  unlinkedCoach: 403,
});
const coachesOnly = (status: number): Record<Actor, number> => ({
  ...signedIn(status),
  athlete: 403,
  otherAthlete: 403,
});

const relink = async (world: World) => {
  await world.db
    .insert(coachAthletes)
    .values({ coachId: world.linkedCoach.id, athleteId: world.athlete.id })
    .onConflictDoNothing();
};

const MATRIX: Row[] = [
  {
    method: "POST",
    path: "auth/register",
    body: () => ({ email: `new-${randomUUID()}@test.example`, password: TEST_PASSWORD, name: "New", role: "athlete" }),
    expect: all(201),
  },
  {
    method: "POST",
    path: "auth/token",
    body: (w) => ({ email: w.athlete.email, password: TEST_PASSWORD }),
    expect: all(201),
  },
  { method: "GET", path: "me", expect: signedIn(200) },
  { method: "PUT", path: "me/profile", body: () => ({ timezone: "Europe/Paris" }), expect: signedIn(200) },
  { method: "GET", path: "me/tokens", expect: signedIn(200) },
  { method: "POST", path: "me/tokens", body: () => ({ name: "matrix" }), expect: signedIn(201) },
  {
    method: "DELETE",
    path: "me/tokens/[id]",
    params: async (w) => ({ id: (await createApiToken(w.db, w.athlete.id, "to revoke")).id }),
    expect: { signedOut: 401, athlete: 204, otherAthlete: 404, linkedCoach: 404, unlinkedCoach: 404 },
  },
  { method: "GET", path: "me/coaches", expect: athletesOnly(200) },
  {
    method: "DELETE",
    path: "me/coaches/[id]",
    params: async (w) => {
      await relink(w);
      return { id: w.linkedCoach.id };
    },
    expect: { ...athletesOnly(204), otherAthlete: 404 },
  },
  { method: "GET", path: "coach/invites", expect: coachesOnly(200) },
  { method: "POST", path: "coach/invites", expect: coachesOnly(201) },
  {
    method: "DELETE",
    path: "coach/invites/[code]",
    params: async (w) => ({ code: (await createInvite(w.db, w.linkedCoach.id)).code }),
    expect: { ...coachesOnly(204), unlinkedCoach: 404 },
  },
  {
    method: "POST",
    path: "coach/join",
    body: async (w) => ({ code: (await createInvite(w.db, w.inviteCoach.id)).code }),
    expect: athletesOnly(200),
  },
  {
    method: "GET",
    path: "coach/athletes",
    params: async (w) => {
      await relink(w);
      return {};
    },
    expect: coachesOnly(200),
  },
  {
    method: "DELETE",
    path: "coach/athletes/[id]",
    params: async (w) => {
      await relink(w);
      return { id: w.athlete.id };
    },
    expect: { ...coachesOnly(204), unlinkedCoach: 404 },
  },
];

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
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(served.sort());
  });

  for (const row of MATRIX) {
    for (const actor of ACTORS) {
      it(`${row.method} /api/v1/${row.path} as ${actor} → ${row.expect[actor]}`, async () => {
        const load = ROUTE_FILES[fileOf(row.path)];
        if (!load) throw new Error(`no route file for ${row.path}`);
        const module = await load();
        const params = row.params ? await row.params(world) : {};
        const body = row.body ? await row.body(world) : undefined;
        const token = actor === "signedOut" ? undefined : world[actor].token;
        const response = await callRoute(module, row.method, { params, body, token });
        if (response.status !== row.expect[actor]) {
          throw new Error(`got ${response.status}: ${await response.text()}`);
        }
        if (response.status >= 400) {
          const json = await response.json();
          expect(json.error.code).toMatch(/^[a-z_]+$/);
        }
      });
    }
  }
});
