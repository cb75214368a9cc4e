import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { coachAthletes, trainingSessions } from "@/db/schema";
import { cached, cacheKeys } from "@/lib/cache";
import { addDays, isoDate } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as one from "./[id]/route";
import * as sessions from "./route";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

type Account = Awaited<ReturnType<typeof testAccount>>;

/** A short test-name label for a body change: `rpe=0`, `notes="xxxx…"`, `rpe missing`. */
const label = (change: Record<string, unknown>) =>
  Object.entries(change)
    .map(([key, value]) => {
      if (value === undefined) return `${key} missing`;
      const text = JSON.stringify(value);
      return `${key}=${text.length > 40 ? `${text.slice(0, 37)}…` : text}`;
    })
    .join(", ") || "{}";

const today = () => isoDate(new Date());
const valid = (change: Record<string, unknown> = {}) => ({
  date: "2026-01-12",
  type: "max_velocity",
  duration_min: 75,
  rpe: 8,
  ...change,
});

const sessionCount = async (userId: string) =>
  (
    await db.select({ n: sql<number>`count(*)::int` }).from(trainingSessions).where(eq(trainingSessions.userId, userId))
  )[0]!.n;

async function logSession(account: Account, change: Record<string, unknown> = {}) {
  const response = await callRoute(sessions, "POST", { token: account.token, body: valid(change) });
  expect(response.status).toBe(201);
  return (await response.json()).session as { id: string; date: string; updated_at: string };
}

async function linkedPair() {
  const [athlete, coach] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "coach")]);
  await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: athlete.id });
  return { athlete, coach };
}

/**
 * Caches two reads a session write must invalidate (PRODUCT 5) with a "stale" value; the returned probe says what
 * each read serves now: "stale" while still cached, "fresh" once invalidated.
 */
async function warmCache(userId: string) {
  const keys = [cacheKeys.recommendedDrills(userId, 10), cacheKeys.progressAnalytics(userId, "100m", 90)];
  for (const key of keys) await cached(key, 600, async () => "stale");
  return async () => Promise.all(keys.map((key) => cached(key, 600, async () => "fresh")));
}

describe("POST /api/v1/sessions", () => {
  it("logs a session with rep detail and answers 201 with it, its load and snake_case fields", async () => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(sessions, "POST", {
      token: athlete.token,
      body: valid({
        mood: 4,
        notes: "  Felt sharp on the flys  ",
        reps: [{ reps: 3, distance_m: 30, times_s: [3.12, 3.05, 3.08], rest_s: 240, note: "flying" }, { reps: 2 }],
      }),
    });
    expect(response.status).toBe(201);
    const { session } = await response.json();
    expect(session).toEqual({
      id: expect.any(String),
      date: "2026-01-12",
      type: "max_velocity",
      duration_min: 75,
      rpe: 8,
      mood: 4,
      notes: "Felt sharp on the flys",
      reps: [
        { reps: 3, distance_m: 30, times_s: [3.12, 3.05, 3.08], rest_s: 240, note: "flying" },
        { reps: 2, distance_m: null, times_s: null, rest_s: null, note: null },
      ],
      load: 600,
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
    });
    const [stored] = await db.select().from(trainingSessions).where(eq(trainingSessions.id, session.id));
    expect(stored).toMatchObject({ userId: athlete.id, durationMin: 75, rpe: 8, mood: 4 });
    expect(stored?.reps?.[0]).toEqual({
      reps: 3,
      distanceM: 30,
      timesS: [3.12, 3.05, 3.08],
      restS: 240,
      note: "flying",
    });
  });

  it("stores optional fields as null and accepts tomorrow (the athlete's day may be ahead of UTC)", async () => {
    const athlete = await testAccount(db, "athlete");
    const session = await logSession(athlete, { date: addDays(today(), 1), reps: [] });
    expect(session).toMatchObject({ date: addDays(today(), 1), mood: null, notes: null, reps: null });
  });

  it("clears the athlete's cached drills and progress analytics", async () => {
    const athlete = await testAccount(db, "athlete");
    const read = await warmCache(athlete.id);
    await logSession(athlete);
    expect(await read()).toEqual(["fresh", "fresh"]);
  });

  const tooMany = <T>(n: number, item: T) => Array.from({ length: n }, () => item);
  for (const [field, change, message] of [
    ["rpe", { rpe: 0 }, "must be an integer from 1 to 10"],
    ["rpe", { rpe: 11 }, "must be an integer from 1 to 10"],
    ["rpe", { rpe: 7.5 }, "must be an integer from 1 to 10"],
    ["rpe", { rpe: "7" }, "must be an integer from 1 to 10"],
    ["rpe", { rpe: undefined }, "is required"],
    ["mood", { mood: 0 }, "must be an integer from 1 to 5"],
    ["mood", { mood: 6 }, "must be an integer from 1 to 5"],
    ["mood", { mood: 2.5 }, "must be an integer from 1 to 5"],
    ["duration_min", { duration_min: 0 }, "must be an integer from 1 to 600"],
    ["duration_min", { duration_min: 601 }, "must be an integer from 1 to 600"],
    ["duration_min", { duration_min: 30.5 }, "must be an integer from 1 to 600"],
    ["duration_min", { duration_min: undefined }, "is required"],
    [
      "type",
      { type: "jogging" },
      "must be one of: acceleration, max_velocity, speed_endurance, special_endurance, tempo, technique, plyometrics, strength, recovery, competition, other",
    ],
    ["type", { type: undefined }, "is required"],
    ["date", { date: "2026-02-30" }, "must be a real calendar date"],
    ["date", { date: "12/01/2026" }, "must be a date in YYYY-MM-DD form"],
    ["date", { date: addDays(isoDate(new Date()), 2) }, "must not be more than a day in the future"],
    ["date", { date: "1899-12-31" }, "must be a date from 1900-01-01 to 2100-12-31"],
    ["date", { date: undefined }, "is required"],
    ["notes", { notes: "x".repeat(2001) }, "must be at most 2000 characters"],
    ["notes", { notes: 42 }, "must be text"],
    ["reps", { reps: "6x30m" }, "must be a list of sets"],
    ["reps", { reps: tooMany(51, { reps: 1 }) }, "must have at most 50 sets"],
    ["reps.0", { reps: [5] }, "must be a set such as {reps: 6, distance_m: 30}"],
    ["reps.0.reps", { reps: [{ reps: 0 }] }, "must be an integer from 1 to 100"],
    ["reps.0.reps", { reps: [{ distance_m: 30 }] }, "is required"],
    ["reps.0.distance_m", { reps: [{ reps: 2, distance_m: 0 }] }, "must be a number from 1 to 10000"],
    ["reps.0.times_s", { reps: [{ reps: 100, times_s: tooMany(101, 3) }] }, "must have at most 100 times"],
    ["reps.0.times_s", { reps: [{ reps: 2, times_s: [3, 3, 3] }] }, "must not list more times than reps"],
    ["reps.0.times_s.1", { reps: [{ reps: 2, times_s: [3, 601] }] }, "must be a number from 0 to 600"],
    ["reps.1.rest_s", { reps: [{ reps: 2 }, { reps: 2, rest_s: -1 }] }, "must be a number from 0 to 3600"],
    ["reps.0.note", { reps: [{ reps: 2, note: "n".repeat(201) }] }, "must be at most 200 characters"],
  ] as [string, Record<string, unknown>, unknown][]) {
    it(`refuses a bad ${field} (${label(change)}) with a 400 that names it, and stores nothing`, async () => {
      const athlete = await testAccount(db, "athlete");
      const response = await callRoute(sessions, "POST", { token: athlete.token, body: valid(change) });
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("validation_error");
      expect(error.fields[field]).toBe(message);
      expect(await sessionCount(athlete.id)).toBe(0);
    });
  }

  it("answers 400, never 500, to malformed JSON or a body that is not an object", async () => {
    const athlete = await testAccount(db, "athlete");
    const malformed = await callRoute(sessions, "POST", { token: athlete.token, rawBody: '{"rpe": 7,' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.fields).toEqual({ body: "must be valid JSON" });
    const list = await callRoute(sessions, "POST", { token: athlete.token, body: [valid()] });
    expect(list.status).toBe(400);
    expect(await sessionCount(athlete.id)).toBe(0);
  });
});

describe("GET /api/v1/sessions", () => {
  let athlete: Account;
  let coach: Account;
  beforeAll(async () => {
    ({ athlete, coach } = await linkedPair());
    for (const date of ["2026-01-01", "2026-01-05", "2026-01-05", "2026-01-09", "2026-01-12"]) {
      await logSession(athlete, { date });
    }
  });

  const list = async (query: Record<string, string> = {}, token = athlete.token) => {
    const response = await callRoute(sessions, "GET", { token, query });
    return { status: response.status, body: await response.json() };
  };
  const dates = (body: { sessions: { date: string }[] }) => body.sessions.map((s) => s.date);

  it("lists the athlete's own sessions newest first, the latest logged first within a day", async () => {
    const { status, body } = await list();
    expect(status).toBe(200);
    expect(dates(body)).toEqual(["2026-01-12", "2026-01-09", "2026-01-05", "2026-01-05", "2026-01-01"]);
    const sameDay = body.sessions.filter((s: { date: string }) => s.date === "2026-01-05");
    expect(sameDay[0].created_at >= sameDay[1].created_at).toBe(true);
  });

  it("filters by from and to, both inclusive", async () => {
    expect(dates((await list({ from: "2026-01-05", to: "2026-01-09" })).body)).toEqual([
      "2026-01-09",
      "2026-01-05",
      "2026-01-05",
    ]);
    expect(dates((await list({ from: "2026-01-12" })).body)).toEqual(["2026-01-12"]);
    expect(dates((await list({ to: "2026-01-01" })).body)).toEqual(["2026-01-01"]);
    expect(dates((await list({ from: "2026-01-02", to: "2026-01-04" })).body)).toEqual([]);
  });

  it("returns at most `limit`, from 1 to 500", async () => {
    expect(dates((await list({ limit: "2" })).body)).toEqual(["2026-01-12", "2026-01-09"]);
    expect((await list({ limit: "1" })).body.sessions).toHaveLength(1);
    expect((await list({ limit: "500" })).body.sessions).toHaveLength(5);
  });

  for (const [field, query, message] of [
    ["limit", { limit: "0" }, "must be a whole number from 1 to 500"],
    ["limit", { limit: "501" }, "must be a whole number from 1 to 500"],
    ["limit", { limit: "ten" }, "must be a whole number from 1 to 500"],
    ["from", { from: "2026-13-01" }, "must be a real calendar date"],
    ["from", { from: "2026-01-10", to: "2026-01-09" }, "must not be after 'to'"],
    ["to", { to: "soon" }, "must be a date in YYYY-MM-DD form"],
    ["user_id", { user_id: "someone" }, "must be 'me' or a user id"],
  ] as [string, Record<string, string>, string][]) {
    it(`refuses a bad ${field} (${label(query)}) with a 400 that names it`, async () => {
      const { status, body } = await list(query);
      expect(status).toBe(400);
      expect(body.error.fields[field]).toBe(message);
    });
  }

  it("lets a linked coach read the athlete's list with user_id, and nobody else", async () => {
    const asCoach = await list({ user_id: athlete.id }, coach.token);
    expect(asCoach.status).toBe(200);
    expect(dates(asCoach.body)).toHaveLength(5);

    const unlinked = await testAccount(db, "coach");
    const refused = await list({ user_id: athlete.id }, unlinked.token);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("forbidden");

    const other = await testAccount(db, "athlete");
    expect((await list({ user_id: athlete.id }, other.token)).status).toBe(403);
    expect((await list({ user_id: "me" }, other.token)).body.sessions).toEqual([]);
  });
});

describe("GET /api/v1/sessions/{id}", () => {
  it("shows the athlete their session and their linked coach too; anyone else gets 404", async () => {
    const { athlete, coach } = await linkedPair();
    const session = await logSession(athlete, { notes: "blocks" });
    const read = async (token: string, id = session.id) => callRoute(one, "GET", { token, params: { id } });

    const own = await read(athlete.token);
    expect(own.status).toBe(200);
    expect((await own.json()).session).toMatchObject({ id: session.id, notes: "blocks" });
    expect((await read(coach.token)).status).toBe(200);

    const [other, unlinked] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "coach")]);
    for (const token of [other.token, unlinked.token]) {
      const refused = await read(token);
      expect(refused.status).toBe(404);
      expect((await refused.json()).error.code).toBe("not_found");
    }
    expect((await read(athlete.token, randomUUID())).status).toBe(404);
    expect((await read(athlete.token, "not-an-id")).status).toBe(404);
  });
});

describe("PATCH /api/v1/sessions/{id}", () => {
  it("changes only the fields given, recomputes the load, and clears with null", async () => {
    const athlete = await testAccount(db, "athlete");
    const session = await logSession(athlete, { mood: 3, notes: "windy" });
    const response = await callRoute(one, "PATCH", {
      token: athlete.token,
      params: { id: session.id },
      body: { rpe: 6, duration_min: 40, mood: null },
    });
    expect(response.status).toBe(200);
    const updated = (await response.json()).session;
    expect(updated).toMatchObject({
      rpe: 6,
      duration_min: 40,
      load: 240,
      mood: null,
      notes: "windy",
      type: "max_velocity",
    });
    expect(updated.updated_at >= session.updated_at).toBe(true);
  });

  it("clears the athlete's cached reads", async () => {
    const athlete = await testAccount(db, "athlete");
    const session = await logSession(athlete);
    const read = await warmCache(athlete.id);
    await callRoute(one, "PATCH", { token: athlete.token, params: { id: session.id }, body: { type: "tempo" } });
    expect(await read()).toEqual(["fresh", "fresh"]);
  });

  for (const [field, body, message] of [
    ["body", {}, "must contain at least one field to change"],
    ["rpe", { rpe: 12 }, "must be an integer from 1 to 10"],
    ["date", { date: null }, "must be a date in YYYY-MM-DD form"],
    ["type", { type: "sprinting" }, expect.stringMatching(/^must be one of: /)],
    ["reps.0.reps", { reps: [{ reps: 101 }] }, "must be an integer from 1 to 100"],
  ] as [string, Record<string, unknown>, unknown][]) {
    it(`refuses a bad ${field} (${label(body)}) with a 400 and changes nothing`, async () => {
      const athlete = await testAccount(db, "athlete");
      const session = await logSession(athlete);
      const response = await callRoute(one, "PATCH", { token: athlete.token, params: { id: session.id }, body });
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields[field]).toEqual(message);
      const [stored] = await db.select().from(trainingSessions).where(eq(trainingSessions.id, session.id));
      expect(stored).toMatchObject({ rpe: 8, durationMin: 75, type: "max_velocity", date: "2026-01-12" });
    });
  }

  it("answers 404 for another athlete's session and 403 for a linked coach, changing nothing", async () => {
    const { athlete, coach } = await linkedPair();
    const session = await logSession(athlete);
    const other = await testAccount(db, "athlete");
    const asOther = await callRoute(one, "PATCH", { token: other.token, params: { id: session.id }, body: { rpe: 1 } });
    expect(asOther.status).toBe(404);
    const asCoach = await callRoute(one, "PATCH", { token: coach.token, params: { id: session.id }, body: { rpe: 1 } });
    expect(asCoach.status).toBe(403);
    const [stored] = await db.select().from(trainingSessions).where(eq(trainingSessions.id, session.id));
    expect(stored?.rpe).toBe(8);
  });
});

describe("DELETE /api/v1/sessions/{id}", () => {
  it("deletes the athlete's own session, clears the cache, and then it is gone", async () => {
    const athlete = await testAccount(db, "athlete");
    const session = await logSession(athlete);
    const read = await warmCache(athlete.id);
    const response = await callRoute(one, "DELETE", { token: athlete.token, params: { id: session.id } });
    expect(response.status).toBe(204);
    expect(await read()).toEqual(["fresh", "fresh"]);
    expect((await callRoute(one, "GET", { token: athlete.token, params: { id: session.id } })).status).toBe(404);
    expect((await callRoute(one, "DELETE", { token: athlete.token, params: { id: session.id } })).status).toBe(404);
  });

  it("answers 404 for another athlete's session and leaves it in place", async () => {
    const [athlete, other] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    const session = await logSession(athlete);
    const response = await callRoute(one, "DELETE", { token: other.token, params: { id: session.id } });
    expect(response.status).toBe(404);
    expect(await sessionCount(athlete.id)).toBe(1);
  });
});
