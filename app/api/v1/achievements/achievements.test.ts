import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { achievements, coachAthletes } from "@/db/schema";
import { cacheKeys } from "@/lib/cache";
import { cacheStats } from "@/lib/cache/stats";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { getKv } from "@/lib/kv";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as goalProgress from "../goals/[id]/progress/route";
import * as goalById from "../goals/[id]/route";
import * as goalsRoute from "../goals/route";
import * as achievementsRoute from "./[user_id]/route";

type Account = Awaited<ReturnType<typeof testAccount>>;

let db: Database;
const today = todayIn("UTC");
beforeAll(async () => {
  db = await getDb();
});

async function newGoal(account: Account, title: string) {
  const response = await callRoute(goalsRoute, "POST", {
    token: account.token,
    body: { title, metric: "100m", baseline_value: 12, target_value: 11, target_date: addDays(today, 60) },
  });
  expect(response.status).toBe(201);
  return (await response.json()).goal;
}

async function advance(account: Account, goalId: string, current_value: number) {
  const response = await callRoute(goalProgress, "PUT", {
    token: account.token,
    params: { id: goalId },
    body: { current_value },
  });
  expect(response.status).toBe(200);
  return response.json();
}

async function achievementsOf(account: Account, query: Record<string, string> = {}, userId = "me") {
  const response = await callRoute(achievementsRoute, "GET", {
    token: account.token,
    params: { user_id: userId },
    query,
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()).achievements;
}

describe("GET /api/v1/achievements/{user_id}", () => {
  it("lists awarded milestones newest first, with the goal's title", async () => {
    const athlete = await testAccount(db, "athlete");
    const first = await newGoal(athlete, "Sub-11");
    const second = await newGoal(athlete, "Sub-11.5");
    await advance(athlete, first.id, 11.5);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await advance(athlete, second.id, 11.75);
    const listed = await achievementsOf(athlete);
    expect(listed).toEqual([
      { goal_id: second.id, goal_title: "Sub-11.5", milestone: 25, awarded_at: expect.any(String) },
      { goal_id: first.id, goal_title: "Sub-11", milestone: 50, awarded_at: expect.any(String) },
      { goal_id: first.id, goal_title: "Sub-11", milestone: 25, awarded_at: expect.any(String) },
    ]);
    expect(new Date(listed[0].awarded_at).getTime()).toBeGreaterThan(new Date(listed[1].awarded_at).getTime());
  });

  it("keeps to the last `days` days (365 by default)", async () => {
    const athlete = await testAccount(db, "athlete");
    const goal = await newGoal(athlete, "Old and new");
    const day = 86_400_000;
    await db.insert(achievements).values([
      { goalId: goal.id, userId: athlete.id, milestone: 25, awardedAt: new Date(Date.now() - 400 * day) },
      { goalId: goal.id, userId: athlete.id, milestone: 50, awardedAt: new Date(Date.now() - 40 * day) },
      { goalId: goal.id, userId: athlete.id, milestone: 75, awardedAt: new Date(Date.now() - 60_000) },
    ]);
    const milestones = (list: { milestone: number }[]) => list.map((a) => a.milestone);
    expect(milestones(await achievementsOf(athlete))).toEqual([75, 50]);
    expect(milestones(await achievementsOf(athlete, { days: "30" }))).toEqual([75]);
    expect(milestones(await achievementsOf(athlete, { days: "3650" }))).toEqual([75, 50, 25]);
  });

  it("lets a linked coach read, and no one else", async () => {
    const [athlete, coach, other] = await Promise.all([
      testAccount(db, "athlete"),
      testAccount(db, "coach"),
      testAccount(db, "athlete"),
    ]);
    await advance(athlete, (await newGoal(athlete, "Sub-11")).id, 11);
    const read = (account: Account) =>
      callRoute(achievementsRoute, "GET", { token: account.token, params: { user_id: athlete.id } });
    expect((await read(coach)).status).toBe(403);
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: athlete.id });
    expect((await achievementsOf(coach, {}, athlete.id)).map((a: { milestone: number }) => a.milestone)).toEqual([
      100, 75, 50, 25,
    ]);
    expect((await read(other)).status).toBe(403);
  });

  it.each([["0"], ["3651"], ["2.5"], ["month"]])("refuses days=%s with a 400 naming days", async (days) => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(achievementsRoute, "GET", {
      token: athlete.token,
      params: { user_id: "me" },
      query: { days },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty("days");
  });

  it("is cached, and recomputed after goal progress, a new goal and a renamed goal", async () => {
    const athlete = await testAccount(db, "athlete");
    const goal = await newGoal(athlete, "Sub-11");
    await advance(athlete, goal.id, 11.75);

    const before = await cacheStats();
    expect(await achievementsOf(athlete)).toHaveLength(1);
    const afterMiss = await cacheStats();
    expect(afterMiss.misses).toBe(before.misses + 1);
    expect(await getKv().get(cacheKeys.achievements(athlete.id, 365))).not.toBeNull();

    // A row written behind the service's back is not seen: the answer comes from the cache.
    await db.insert(achievements).values({ goalId: goal.id, userId: athlete.id, milestone: 100 });
    expect(await achievementsOf(athlete)).toHaveLength(1);
    expect((await cacheStats()).hits).toBe(afterMiss.hits + 1);

    // Goal progress clears the athlete's achievements.
    await advance(athlete, goal.id, 11.5);
    const milestones = (await achievementsOf(athlete)).map((a: { milestone: number }) => a.milestone);
    expect(milestones.sort((a: number, b: number) => a - b)).toEqual([25, 50, 100]);

    // So does a new goal, and renaming one (achievements carry the title).
    await db.insert(achievements).values({ goalId: goal.id, userId: athlete.id, milestone: 75 });
    await newGoal(athlete, "Sub-10.9");
    expect(await achievementsOf(athlete)).toHaveLength(4);
    await callRoute(goalById, "PATCH", { token: athlete.token, params: { id: goal.id }, body: { title: "Sub-11!" } });
    expect((await achievementsOf(athlete)).every((a: { goal_title: string }) => a.goal_title === "Sub-11!")).toBe(true);
  });
});
