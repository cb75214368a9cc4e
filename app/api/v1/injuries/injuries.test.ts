import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { coachAthletes, injuries, painLogs, users } from "@/db/schema";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as pain from "./[id]/pain/route";
import * as injuryById from "./[id]/route";
import * as injuriesRoute from "./route";

type Account = Awaited<ReturnType<typeof testAccount>>;

let db: Database;
let athlete: Account;
const today = todayIn("UTC");
beforeAll(async () => {
  db = await getDb();
  athlete = await testAccount(db, "athlete");
});

async function newInjury(account: Account = athlete, body: Record<string, unknown> = {}) {
  const response = await callRoute(injuriesRoute, "POST", {
    token: account.token,
    body: { body_part: "right hamstring", severity: "moderate", onset_date: addDays(today, -10), ...body },
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()).injury;
}

const logPain = (injuryId: string, body: Record<string, unknown>, account: Account = athlete) =>
  callRoute(pain, "POST", { token: account.token, params: { id: injuryId }, body });

const patch = (injuryId: string, body: unknown, account: Account = athlete) =>
  callRoute(injuryById, "PATCH", { token: account.token, params: { id: injuryId }, body });

const count = async (table: typeof injuries | typeof painLogs, userId: string) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(table.userId, userId)))[0]!.n;

describe("POST /api/v1/injuries", () => {
  it("records an active injury and answers 201 with it", async () => {
    const injury = await newInjury(athlete, { side: "right", notes: "Felt it at 60 m" });
    expect(injury).toEqual({
      id: expect.any(String),
      body_part: "right hamstring",
      side: "right",
      severity: "moderate",
      status: "active",
      onset_date: addDays(today, -10),
      resolved_date: null,
      notes: "Felt it at 60 m",
      created_at: expect.any(String),
      pain: [],
      latest_pain: null,
      pain_zone: null,
    });
    expect((await newInjury(athlete, { body_part: "Lower back" })).side).toBe("none");
  });

  it.each([
    ["body_part", { body_part: undefined }, "is required"],
    ["body_part", { body_part: "  " }, "is required"],
    ["body_part", { body_part: "b".repeat(61) }, "must be at most 60 characters"],
    ["side", { side: "middle" }, "must be one of: left, right, both, none"],
    ["severity", { severity: undefined }, "is required"],
    ["severity", { severity: "bad" }, "must be one of: mild, moderate, severe"],
    ["onset_date", { onset_date: undefined }, "is required"],
    ["onset_date", { onset_date: "2025-02-29" }, "must be a real calendar date"],
    ["onset_date", { onset_date: addDays(today, 1) }, "must not be in the future"],
    ["notes", { notes: "x".repeat(1001) }, "must be at most 1000 characters"],
  ])("refuses a bad %s with a 400 that names it (%o) and stores nothing", async (field, change, message) => {
    const account = await testAccount(db, "athlete");
    const response = await callRoute(injuriesRoute, "POST", {
      token: account.token,
      body: { body_part: "left calf", severity: "mild", onset_date: today, ...change },
    });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("validation_error");
    expect(error.fields[field]).toContain(message);
    expect(await count(injuries, account.id)).toBe(0);
  });
});

describe("POST /api/v1/injuries/{id}/pain", () => {
  it("logs pain from the onset day on, answering 201 with its Silbernagel zone", async () => {
    const injury = await newInjury();
    const response = await logPain(injury.id, { level: 4, date: injury.onset_date, notes: "after strides" });
    expect(response.status).toBe(201);
    expect((await response.json()).pain_log).toEqual({
      id: expect.any(String),
      injury_id: injury.id,
      level: 4,
      date: injury.onset_date,
      notes: "after strides",
      pain_zone: "acceptable",
      created_at: expect.any(String),
    });
  });

  it.each([
    ["level", { level: undefined }, "is required"],
    ["level", { level: 11 }, "must be a whole number from 0 to 10"],
    ["level", { level: -1 }, "must be a whole number from 0 to 10"],
    ["level", { level: 2.5 }, "must be a whole number from 0 to 10"],
    ["level", { level: "3" }, "must be a whole number from 0 to 10"],
    ["date", { date: undefined }, "is required"],
    ["date", { date: "today" }, "must be a date in YYYY-MM-DD form"],
    ["date", { date: addDays(today, -11) }, "must not be before the injury's onset"],
    ["date", { date: addDays(today, 1) }, "must not be in the future"],
    ["notes", { notes: ["sore"] }, "must be text"],
  ])("refuses a bad %s with a 400 that names it (%o) and stores nothing", async (field, change, message) => {
    const account = await testAccount(db, "athlete");
    const injury = await newInjury(account);
    const response = await logPain(injury.id, { level: 3, date: today, ...change }, account);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields[field]).toContain(message);
    expect(await count(painLogs, account.id)).toBe(0);
  });

  it("reaches only the athlete's own injuries: 404 otherwise", async () => {
    const injury = await newInjury();
    const other = await testAccount(db, "athlete");
    for (const id of [injury.id, "nope", "00000000-0000-4000-8000-000000000000"]) {
      expect((await logPain(id, { level: 2, date: today }, other)).status).toBe(404);
      expect((await patch(id, { status: "resolved" }, other)).status).toBe(404);
    }
    expect(await count(painLogs, other.id)).toBe(0);
    const [stored] = await db.select().from(injuries).where(eq(injuries.id, injury.id));
    expect(stored?.status).toBe("active");
  });
});

describe("PATCH /api/v1/injuries/{id}", () => {
  it("sets the resolved date to today in the athlete's zone on resolving, and clears it on reactivation", async () => {
    const account = await testAccount(db, "athlete");
    // Far enough east that "today" there is often tomorrow in UTC.
    await db.update(users).set({ timezone: "Pacific/Kiritimati" }).where(eq(users.id, account.id));
    const injury = await newInjury(account, { onset_date: addDays(today, -3) });

    const recovering = await patch(injury.id, { status: "recovering", notes: "jogging pain-free" }, account);
    expect((await recovering.json()).injury).toMatchObject({
      status: "recovering",
      resolved_date: null,
      notes: "jogging pain-free",
    });
    const resolved = await (await patch(injury.id, { status: "resolved" }, account)).json();
    expect(resolved.injury).toMatchObject({ status: "resolved", resolved_date: todayIn("Pacific/Kiritimati") });
    // Resolving again keeps the first date; notes alone leave the status as it is.
    const again = await (await patch(injury.id, { status: "resolved" }, account)).json();
    expect(again.injury.resolved_date).toBe(resolved.injury.resolved_date);
    const noted = await (await patch(injury.id, { notes: null }, account)).json();
    expect(noted.injury).toMatchObject({ status: "resolved", notes: null });

    const reactivated = await (await patch(injury.id, { status: "active" }, account)).json();
    expect(reactivated.injury).toMatchObject({ status: "active", resolved_date: null });
  });

  it.each([
    ["body", {}],
    ["status", { status: "healed" }],
    ["notes", { notes: 7 }],
  ])("refuses a bad %s with a 400 that names it and changes nothing", async (field, body) => {
    const injury = await newInjury();
    const response = await patch(injury.id, body);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty(field);
    const [stored] = await db.select().from(injuries).where(eq(injuries.id, injury.id));
    expect(stored).toMatchObject({ status: "active", resolvedDate: null, notes: null });
  });
});

describe("GET /api/v1/injuries", () => {
  it("lists injuries active first, each with its last 30 pain logs oldest first, latest pain and zone", async () => {
    const account = await testAccount(db, "athlete");
    const old = await newInjury(account, { body_part: "left ankle", onset_date: addDays(today, -60) });
    const current = await newInjury(account, { body_part: "right hamstring", onset_date: addDays(today, -40) });
    await patch(old.id, { status: "resolved" }, account);
    // 35 logs for the hamstring, directly: one a day, easing from 8 to 1.
    await db.insert(painLogs).values(
      Array.from({ length: 35 }, (_, i) => ({
        injuryId: current.id,
        userId: account.id,
        level: Math.max(1, 8 - Math.floor(i / 5)),
        date: addDays(today, i - 35),
      })),
    );
    expect((await logPain(old.id, { level: 6, date: addDays(today, -59) }, account)).status).toBe(201);

    const response = await callRoute(injuriesRoute, "GET", { token: account.token });
    expect(response.status).toBe(200);
    const { injuries: listed } = await response.json();
    expect(listed.map((i: { id: string }) => i.id)).toEqual([current.id, old.id]);
    const [hamstring, ankle] = listed;
    expect(hamstring.pain).toHaveLength(30);
    expect(hamstring.pain[0]).toEqual({ level: 7, date: addDays(today, -30) });
    expect(hamstring.pain[29]).toEqual({ level: 2, date: addDays(today, -1) });
    expect(hamstring).toMatchObject({ latest_pain: { level: 2, date: addDays(today, -1) }, pain_zone: "safe" });
    expect(ankle).toMatchObject({
      status: "resolved",
      pain: [{ level: 6, date: addDays(today, -59) }],
      latest_pain: { level: 6, date: addDays(today, -59) },
      pain_zone: "not_acceptable",
    });

    const active = await callRoute(injuriesRoute, "GET", { token: account.token, query: { status: "active" } });
    expect((await active.json()).injuries.map((i: { id: string }) => i.id)).toEqual([current.id]);
    const since = await callRoute(injuriesRoute, "GET", {
      token: account.token,
      query: { from: addDays(today, -50) },
    });
    expect((await since.json()).injuries.map((i: { id: string }) => i.id)).toEqual([current.id]);
  });

  it("lets a linked coach list an athlete's injuries with ?user_id=, and no one else", async () => {
    const [owner, coach, other] = await Promise.all([
      testAccount(db, "athlete"),
      testAccount(db, "coach"),
      testAccount(db, "athlete"),
    ]);
    await newInjury(owner);
    const list = (account: Account) =>
      callRoute(injuriesRoute, "GET", { token: account.token, query: { user_id: owner.id } });
    expect((await list(coach)).status).toBe(403);
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: owner.id });
    expect((await (await list(coach)).json()).injuries).toHaveLength(1);
    expect((await list(other)).status).toBe(403);
    const write = await callRoute(injuriesRoute, "POST", {
      token: coach.token,
      body: { body_part: "calf", severity: "mild", onset_date: today },
    });
    expect(write.status).toBe(403);
  });

  it.each([
    ["status", { status: "broken" }],
    ["user_id", { user_id: "12" }],
    ["limit", { limit: "501" }],
    ["from", { from: addDays(today, -1), to: addDays(today, -2) }],
  ])("refuses a bad %s with a 400 that names it", async (field, query) => {
    const response = await callRoute(injuriesRoute, "GET", { token: athlete.token, query });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty(field);
  });
});
