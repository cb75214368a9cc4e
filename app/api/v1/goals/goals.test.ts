import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { achievements, coachAthletes, goals, notifications } from "@/db/schema";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as progress from "./[id]/progress/route";
import * as goalById from "./[id]/route";
import * as goalsRoute from "./route";

type Account = Awaited<ReturnType<typeof testAccount>>;

let db: Database;
let athlete: Account;
const today = todayIn("UTC");
beforeAll(async () => {
  db = await getDb();
  athlete = await testAccount(db, "athlete");
});

const sub11 = () => ({
  title: "Sub-11 100 m",
  metric: "100m",
  baseline_value: 12,
  target_value: 11,
  target_date: addDays(today, 90),
});

async function newGoal(account: Account = athlete, body: Record<string, unknown> = {}) {
  const response = await callRoute(goalsRoute, "POST", { token: account.token, body: { ...sub11(), ...body } });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()).goal;
}

async function put(goalId: string, current_value: unknown, account: Account = athlete) {
  return callRoute(progress, "PUT", { token: account.token, params: { id: goalId }, body: { current_value } });
}

async function advance(goalId: string, current: number) {
  const response = await put(goalId, current);
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

const awardedFor = async (goalId: string) =>
  (await db.select().from(achievements).where(eq(achievements.goalId, goalId)))
    .map((a) => a.milestone)
    .sort((a, b) => a - b);

const goalCount = async (userId: string) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(goals).where(eq(goals.userId, userId)))[0]!.n;

describe("POST /api/v1/goals", () => {
  it("creates an active goal and answers 201 with it", async () => {
    const goal = await newGoal(athlete, { target_date: today });
    expect(goal).toEqual({
      id: expect.any(String),
      title: "Sub-11 100 m",
      metric: "100m",
      baseline_value: 12,
      target_value: 11,
      current_value: null,
      progress_pct: 0,
      status: "active",
      target_date: today,
      // Due today with no progress.
      behind_schedule: true,
      milestones: [],
      achieved_at: null,
      created_at: expect.any(String),
    });
  });

  it.each([
    ["title", { title: undefined }, "is required"],
    ["title", { title: "   " }, "is required"],
    ["title", { title: "t".repeat(121) }, "must be at most 120 characters"],
    ["metric", { metric: "100 metres" }, "must be a lower-case name"],
    ["metric", { metric: undefined }, "is required"],
    ["baseline_value", { baseline_value: undefined }, "is required"],
    ["baseline_value", { baseline_value: 0 }, "must be a positive number"],
    ["baseline_value", { baseline_value: "12" }, "must be a positive number"],
    ["baseline_value", { baseline_value: 700 }, "must be a time from 1 to 600 seconds"],
    ["target_value", { target_value: 12 }, "must differ from the baseline"],
    ["target_value", { target_value: -11 }, "must be a positive number"],
    ["target_value", { target_value: 0.5 }, "must be a time from 1 to 600 seconds"],
    ["target_date", { target_date: undefined }, "is required"],
    ["target_date", { target_date: "2026-13-01" }, "must be a"],
    ["target_date", { target_date: addDays(today, -1) }, "must be today"],
  ])("refuses a bad %s with a 400 that names it (%o) and stores nothing", async (field, change, message) => {
    const account = await testAccount(db, "athlete");
    const response = await callRoute(goalsRoute, "POST", { token: account.token, body: { ...sub11(), ...change } });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("validation_error");
    expect(error.fields[field]).toContain(message);
    expect(await goalCount(account.id)).toBe(0);
  });
});

describe("PUT /api/v1/goals/{id}/progress", () => {
  // Baseline 12.00 s, target 11.00 s: each 0.01 s is 1 %.
  it.each([
    [11.751, 24.9, []],
    [11.75, 25, [25]],
    [11.749, 25.1, [25]],
    [11.501, 49.9, [25]],
    [11.5, 50, [25, 50]],
    [11.25, 75, [25, 50, 75]],
    [11.001, 99.9, [25, 50, 75]],
    [11, 100, [25, 50, 75, 100]],
    [10.8, 100, [25, 50, 75, 100]],
    [12.4, 0, []],
  ])("at %s s a lower-is-better goal is %s %% and awards %o at once", async (current, pct, milestones) => {
    const goal = await newGoal();
    const body = await advance(goal.id, current);
    expect(body.goal.progress_pct).toBe(pct);
    expect(body.goal.current_value).toBe(current);
    expect(body.new_achievements.map((a: { milestone: number }) => a.milestone)).toEqual(milestones);
    expect(body.goal.milestones).toEqual(milestones);
    expect(body.goal.status).toBe(pct === 100 ? "achieved" : "active");
    expect(await awardedFor(goal.id)).toEqual(milestones);
  });

  it("awards each milestone once as progress climbs past it, and nothing for a repeated value", async () => {
    const goal = await newGoal();
    const steps: [number, number[]][] = [
      [11.751, []],
      [11.75, [25]],
      [11.75, []],
      [11.749, []],
      [11.501, []],
      [11.5, [50]],
      [11.6, []],
      [11.5, []],
      [11.25, [75]],
      [11.001, []],
      [11, [100]],
      [10.9, []],
    ];
    for (const [current, expected] of steps) {
      const body = await advance(goal.id, current);
      expect(
        body.new_achievements.map((a: { milestone: number }) => a.milestone),
        `at ${current}`,
      ).toEqual(expected);
      for (const award of body.new_achievements) expect(new Date(award.awarded_at).getTime()).toBeGreaterThan(0);
    }
    const [stored] = await db.select().from(goals).where(eq(goals.id, goal.id));
    expect(stored).toMatchObject({ status: "achieved", progressPct: 100, currentValue: 10.9 });
    expect(stored?.achievedAt).toBeInstanceOf(Date);
    expect(await awardedFor(goal.id)).toEqual([25, 50, 75, 100]);
  });

  it("tells the athlete once a write, of the highest milestone it reached, in the same write", async () => {
    const account = await testAccount(db, "athlete");
    const goal = await newGoal(account);
    await put(goal.id, 11.4, account);
    await put(goal.id, 11.4, account);
    await put(goal.id, 11, account);
    const told = await db
      .select({ title: notifications.title, body: notifications.body })
      .from(notifications)
      .where(and(eq(notifications.userId, account.id), eq(notifications.kind, "achievement")));
    // 11.4 s jumps past 25 and 50 (one word, of 50), the repeat says nothing, 11 s jumps past 75 and 100.
    expect(told.map((n) => n.title).sort()).toEqual(["50% of the way there", "Goal achieved!"]);
    expect(await awardedFor(goal.id)).toEqual([25, 50, 75, 100]);
    expect(told[0]?.body).toContain("Sub-11 100 m");
  });

  it("keeps an achieved goal achieved (and its date) when a later value is slower", async () => {
    const goal = await newGoal();
    const achieved = (await advance(goal.id, 11)).goal;
    const later = await advance(goal.id, 11.4);
    expect(later.goal).toMatchObject({ status: "achieved", progress_pct: 60, achieved_at: achieved.achieved_at });
    expect(later.new_achievements).toEqual([]);
  });

  it("works higher-is-better when the target is above the baseline", async () => {
    const goal = await newGoal(athlete, { metric: "squat_1rm", baseline_value: 100, target_value: 140 });
    expect((await advance(goal.id, 109.9)).new_achievements).toEqual([]);
    const quarter = await advance(goal.id, 110);
    expect(quarter.goal.progress_pct).toBe(25);
    expect(quarter.new_achievements.map((a: { milestone: number }) => a.milestone)).toEqual([25]);
    const beyond = await advance(goal.id, 150);
    expect(beyond.goal).toMatchObject({ progress_pct: 100, status: "achieved" });
    expect(beyond.new_achievements.map((a: { milestone: number }) => a.milestone)).toEqual([50, 75, 100]);
    expect((await advance(goal.id, 90)).goal.progress_pct).toBe(0);
  });

  it("counts a milestone hidden by float noise (10.68 → 10.47 of 10.68 → 10.40 is 75 %)", async () => {
    const goal = await newGoal(athlete, { baseline_value: 10.68, target_value: 10.4 });
    const body = await advance(goal.id, 10.47);
    expect(body.goal.progress_pct).toBe(75);
    expect(body.new_achievements.map((a: { milestone: number }) => a.milestone)).toEqual([25, 50, 75]);
  });

  it.each([
    ["current_value", undefined, "is required"],
    ["current_value", 0, "must be a positive number"],
    ["current_value", "11.5", "must be a positive number"],
    ["current_value", 700, "must be a time from 1 to 600 seconds"],
  ])("refuses a bad %s (%o) with a 400 that names it and changes nothing", async (field, value, message) => {
    const goal = await newGoal();
    const response = await put(goal.id, value);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields[field]).toContain(message);
    const [stored] = await db.select().from(goals).where(eq(goals.id, goal.id));
    expect(stored).toMatchObject({ currentValue: null, progressPct: 0 });
  });

  it("refuses progress on an abandoned goal with a 409, and on another athlete's goal with a 404", async () => {
    const goal = await newGoal();
    await callRoute(goalById, "PATCH", {
      token: athlete.token,
      params: { id: goal.id },
      body: { status: "abandoned" },
    });
    const refused = await put(goal.id, 11);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.fields).toEqual({ status: "is abandoned" });
    expect(await awardedFor(goal.id)).toEqual([]);

    const other = await testAccount(db, "athlete");
    const mine = await newGoal();
    expect((await put(mine.id, 11, other)).status).toBe(404);
    expect((await put("not-a-goal", 11, other)).status).toBe(404);
    expect(await awardedFor(mine.id)).toEqual([]);
  });
});

describe("GET /api/v1/goals", () => {
  it("lists the athlete's goals by target date, with milestones and whether they are behind schedule", async () => {
    const account = await testAccount(db, "athlete");
    const soon = await newGoal(account, { title: "Soon", target_date: addDays(today, 10) });
    const later = await newGoal(account, { title: "Later", target_date: addDays(today, 60) });
    await put(soon.id, 11.7, account);

    const response = await callRoute(goalsRoute, "GET", { token: account.token });
    expect(response.status).toBe(200);
    const { goals: listed } = await response.json();
    expect(listed.map((g: { id: string }) => g.id)).toEqual([soon.id, later.id]);
    expect(listed[0]).toMatchObject({ progress_pct: 30, milestones: [25], behind_schedule: true, current_value: 11.7 });
    expect(listed[1]).toMatchObject({ progress_pct: 0, milestones: [], behind_schedule: false });

    const filtered = await callRoute(goalsRoute, "GET", {
      token: account.token,
      query: { from: addDays(today, 30), status: "active" },
    });
    expect((await filtered.json()).goals.map((g: { id: string }) => g.id)).toEqual([later.id]);
  });

  it("lets a linked coach list an athlete's goals with ?user_id=, and no one else", async () => {
    const [owner, coach, other] = await Promise.all([
      testAccount(db, "athlete"),
      testAccount(db, "coach"),
      testAccount(db, "athlete"),
    ]);
    await newGoal(owner);
    const list = (account: Account) =>
      callRoute(goalsRoute, "GET", { token: account.token, query: { user_id: owner.id } });
    expect((await list(coach)).status).toBe(403);
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: owner.id });
    const linked = await list(coach);
    expect(linked.status).toBe(200);
    expect((await linked.json()).goals).toHaveLength(1);
    expect((await list(other)).status).toBe(403);
    const own = await callRoute(goalsRoute, "GET", { token: coach.token });
    expect((await own.json()).goals).toEqual([]);
  });

  it.each([
    ["user_id", { user_id: "someone" }],
    ["status", { status: "done" }],
    ["limit", { limit: "0" }],
    ["from", { from: "soon" }],
  ])("refuses a bad %s with a 400 that names it", async (field, query) => {
    const response = await callRoute(goalsRoute, "GET", { token: athlete.token, query });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty(field);
  });
});

describe("PATCH and DELETE /api/v1/goals/{id}", () => {
  it("renames, moves and abandons a goal, and takes it up again", async () => {
    const goal = await newGoal();
    const patch = (body: unknown) =>
      callRoute(goalById, "PATCH", { token: athlete.token, params: { id: goal.id }, body });
    const renamed = await patch({ title: "Sub-11 by July", target_date: addDays(today, 120) });
    expect(renamed.status).toBe(200);
    expect((await renamed.json()).goal).toMatchObject({ title: "Sub-11 by July", target_date: addDays(today, 120) });
    expect((await (await patch({ status: "abandoned" })).json()).goal.status).toBe("abandoned");
    expect((await (await patch({ status: "active" })).json()).goal.status).toBe("active");
  });

  it.each([
    ["body", {}],
    ["title", { title: "" }],
    ["target_date", { target_date: "2020-01-01" }],
    ["status", { status: "achieved" }],
    ["status", { status: "paused" }],
  ])("refuses a bad %s with a 400 that names it and changes nothing", async (field, body) => {
    const goal = await newGoal();
    const response = await callRoute(goalById, "PATCH", { token: athlete.token, params: { id: goal.id }, body });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty(field);
    const [stored] = await db.select().from(goals).where(eq(goals.id, goal.id));
    expect(stored).toMatchObject({ title: "Sub-11 100 m", status: "active", targetDate: goal.target_date });
  });

  it("never un-achieves a goal", async () => {
    const goal = await newGoal();
    await advance(goal.id, 11);
    const response = await callRoute(goalById, "PATCH", {
      token: athlete.token,
      params: { id: goal.id },
      body: { status: "abandoned" },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields.status).toContain("already achieved");
  });

  it("deletes a goal with its achievements, for its owner only", async () => {
    const goal = await newGoal();
    await advance(goal.id, 11.5);
    const other = await testAccount(db, "athlete");
    expect((await callRoute(goalById, "DELETE", { token: other.token, params: { id: goal.id } })).status).toBe(404);
    const patched = await callRoute(goalById, "PATCH", {
      token: other.token,
      params: { id: goal.id },
      body: { title: "mine now" },
    });
    expect(patched.status).toBe(404);
    expect((await callRoute(goalById, "DELETE", { token: athlete.token, params: { id: goal.id } })).status).toBe(204);
    expect(await awardedFor(goal.id)).toEqual([]);
    expect((await callRoute(goalById, "DELETE", { token: athlete.token, params: { id: goal.id } })).status).toBe(404);
  });
});
