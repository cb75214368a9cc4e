import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { coachAthletes, wellnessLogs } from "@/db/schema";
import { addDays, isoDate } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as wellness from "./route";

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

const valid = (change: Record<string, unknown> = {}) => ({
  date: "2026-01-12",
  sleep: 2,
  stress: 3,
  fatigue: 4,
  soreness: 5,
  ...change,
});

const logCount = async (userId: string) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(wellnessLogs).where(eq(wellnessLogs.userId, userId)))[0]!.n;

const post = (account: Account, body: unknown) => callRoute(wellness, "POST", { token: account.token, body });

describe("POST /api/v1/wellness", () => {
  it("logs a day and answers 201 with the Hooper index", async () => {
    const athlete = await testAccount(db, "athlete");
    const response = await post(athlete, valid({ notes: "Slept badly before the meet" }));
    expect(response.status).toBe(201);
    expect((await response.json()).wellness).toEqual({
      id: expect.any(String),
      date: "2026-01-12",
      sleep: 2,
      stress: 3,
      fatigue: 4,
      soreness: 5,
      notes: "Slept badly before the meet",
      hooper_index: 14,
      created_at: expect.stringMatching(/Z$/),
    });
  });

  it("replaces the day's log when the same date is posted again, answering 200", async () => {
    const athlete = await testAccount(db, "athlete");
    const first = await (await post(athlete, valid({ notes: "first" }))).json();
    const again = await post(athlete, valid({ sleep: 1, stress: 1, fatigue: 1, soreness: 1 }));
    expect(again.status).toBe(200);
    const { wellness: replaced } = await again.json();
    expect(replaced).toMatchObject({ id: first.wellness.id, hooper_index: 4, notes: null });
    expect(await logCount(athlete.id)).toBe(1);

    const nextDay = await post(athlete, valid({ date: "2026-01-13" }));
    expect(nextDay.status).toBe(201);
    expect(await logCount(athlete.id)).toBe(2);
  });

  it("keeps one log per day for each athlete on their own", async () => {
    const [a, b] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    expect((await post(a, valid())).status).toBe(201);
    expect((await post(b, valid())).status).toBe(201);
    expect([await logCount(a.id), await logCount(b.id)]).toEqual([1, 1]);
  });

  for (const [field, change, message] of [
    ...["sleep", "stress", "fatigue", "soreness"].flatMap((field) => [
      [field, { [field]: 0 }, "must be an integer from 1 to 7"],
      [field, { [field]: 8 }, "must be an integer from 1 to 7"],
      [field, { [field]: 3.5 }, "must be an integer from 1 to 7"],
      [field, { [field]: undefined }, "is required"],
    ]),
    ["date", { date: "2026-02-29" }, "must be a real calendar date"],
    ["date", { date: addDays(isoDate(new Date()), 2) }, "must not be more than a day in the future"],
    ["date", { date: undefined }, "is required"],
    ["notes", { notes: "n".repeat(1001) }, "must be at most 1000 characters"],
  ] as [string, Record<string, unknown>, unknown][]) {
    it(`refuses a bad ${field} (${label(change)}) with a 400 that names it, and stores nothing`, async () => {
      const athlete = await testAccount(db, "athlete");
      const response = await post(athlete, valid(change));
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields[field]).toBe(message);
      expect(await logCount(athlete.id)).toBe(0);
    });
  }

  it("leaves the stored day untouched when a replacement is refused", async () => {
    const athlete = await testAccount(db, "athlete");
    await post(athlete, valid());
    expect((await post(athlete, valid({ sleep: 9 }))).status).toBe(400);
    const [stored] = await db.select().from(wellnessLogs).where(eq(wellnessLogs.userId, athlete.id));
    expect(stored).toMatchObject({ sleep: 2, stress: 3, fatigue: 4, soreness: 5 });
  });

  it("is for athletes: a coach gets 403", async () => {
    const coach = await testAccount(db, "coach");
    expect((await post(coach, valid())).status).toBe(403);
  });
});

describe("GET /api/v1/wellness", () => {
  let athlete: Account;
  let coach: Account;
  beforeAll(async () => {
    [athlete, coach] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "coach")]);
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: athlete.id });
    for (const date of ["2026-01-03", "2026-01-01", "2026-01-07", "2026-01-05"]) await post(athlete, valid({ date }));
  });

  const list = async (query: Record<string, string> = {}, token = athlete.token) => {
    const response = await callRoute(wellness, "GET", { token, query });
    return { status: response.status, body: await response.json() };
  };
  const dates = (body: { wellness: { date: string }[] }) => body.wellness.map((w) => w.date);

  it("lists newest first, with from, to and limit", async () => {
    expect(dates((await list()).body)).toEqual(["2026-01-07", "2026-01-05", "2026-01-03", "2026-01-01"]);
    expect(dates((await list({ from: "2026-01-03", to: "2026-01-05" })).body)).toEqual(["2026-01-05", "2026-01-03"]);
    expect(dates((await list({ limit: "1" })).body)).toEqual(["2026-01-07"]);
    expect((await list()).body.wellness[0].hooper_index).toBe(14);
  });

  it.each([
    ["limit", { limit: "0" }],
    ["limit", { limit: "501" }],
    ["from", { from: "2026-01-08", to: "2026-01-07" }],
    ["user_id", { user_id: "nope" }],
  ])("refuses a bad %s with a 400 that names it", async (field, query) => {
    const { status, body } = await list(query);
    expect(status).toBe(400);
    expect(body.error.fields).toHaveProperty(field);
  });

  it("lets a linked coach read with user_id; an unlinked coach gets 403", async () => {
    const linked = await list({ user_id: athlete.id }, coach.token);
    expect(linked.status).toBe(200);
    expect(linked.body.wellness).toHaveLength(4);
    const unlinked = await testAccount(db, "coach");
    expect((await list({ user_id: athlete.id }, unlinked.token)).status).toBe(403);
  });
});
