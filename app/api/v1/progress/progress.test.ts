import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { athleteProfiles, coachAthletes, progressMetrics } from "@/db/schema";
import { cacheKeys } from "@/lib/cache";
import { cacheStats } from "@/lib/cache/stats";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { getKv } from "@/lib/kv";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as analytics from "./[user_id]/route";
import * as metricById from "./metrics/[id]/route";
import * as track from "./track/route";

type Account = Awaited<ReturnType<typeof testAccount>>;

let db: Database;
const today = todayIn("UTC");
beforeAll(async () => {
  db = await getDb();
});

const marksOf = async (userId: string) =>
  (
    await db.select({ n: sql<number>`count(*)::int` }).from(progressMetrics).where(eq(progressMetrics.userId, userId))
  )[0]!.n;

async function log(account: Account, body: Record<string, unknown>) {
  const response = await callRoute(track, "POST", { token: account.token, body: { date: today, ...body } });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()).metric;
}

async function progressOf(account: Account, query: Record<string, string> = {}, userId = "me") {
  const response = await callRoute(analytics, "GET", { token: account.token, params: { user_id: userId }, query });
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

describe("POST /api/v1/progress/track", () => {
  it("stores a mark and answers 201 with it, timed in seconds by default", async () => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(track, "POST", {
      token: athlete.token,
      body: { metric: "100m", value: 10.92, timing: "fat", wind_mps: 1.1, date: today, notes: "Club champs" },
    });
    expect(response.status).toBe(201);
    const { metric } = await response.json();
    expect(metric).toMatchObject({
      id: expect.any(String),
      metric: "100m",
      value: 10.92,
      unit: "s",
      timing: "fat",
      wind_mps: 1.1,
      date: today,
      notes: "Club champs",
      fat_equivalent: 10.92,
      wind_aided: false,
      is_pb: true,
    });
    const [stored] = await db.select().from(progressMetrics).where(eq(progressMetrics.id, metric.id));
    expect(stored).toMatchObject({ userId: athlete.id, metric: "100m", unit: "s", windMps: 1.1 });
  });

  it("accepts a typed-in metric in any case, and a unit for anything that is not a race", async () => {
    const athlete = await testAccount(db, "athlete");
    expect(await log(athlete, { metric: " 110mH ", value: 14.2 })).toMatchObject({ metric: "110mh", unit: "s" });
    expect(await log(athlete, { metric: "squat_1rm", value: 160, unit: "kg" })).toMatchObject({ unit: "kg" });
    expect(await log(athlete, { metric: "standing_long_jump", value: 2.95, unit: "m" })).toMatchObject({ unit: "m" });
  });

  it("says whether a new mark is a personal best", async () => {
    const athlete = await testAccount(db, "athlete");
    expect((await log(athlete, { metric: "200m", value: 22.5, date: addDays(today, -10) })).is_pb).toBe(true);
    expect((await log(athlete, { metric: "200m", value: 22.8 })).is_pb).toBe(false);
    expect((await log(athlete, { metric: "200m", value: 22.1, wind_mps: 2.4 })).is_pb).toBe(false);
    expect((await log(athlete, { metric: "200m", value: 22.3, wind_mps: 1.9 })).is_pb).toBe(true);
  });

  const valid = { metric: "100m", value: 11.2, date: today };
  it.each([
    ["metric", { metric: undefined }, "is required"],
    ["metric", { metric: "100 m" }, "must be a lower-case name"],
    ["metric", { metric: "_fly" }, "must be a lower-case name"],
    ["metric", { metric: "x".repeat(41) }, "must be a lower-case name"],
    ["metric", { metric: 100 }, "must be a lower-case name"],
    ["metric", { metric: "all" }, "is reserved"],
    ["value", { value: undefined }, "is required"],
    ["value", { value: "11.2" }, "must be a positive number"],
    ["value", { value: 0 }, "must be a positive number"],
    ["value", { value: -10.5 }, "must be a positive number"],
    ["value", { value: 0.9 }, "must be a time from 1 to 600 seconds"],
    ["value", { value: 600.01 }, "must be a time from 1 to 600 seconds"],
    ["value", { metric: "squat_1rm", unit: "kg", value: 501 }, "must be a load from 0.5 to 500 kg"],
    ["value", { metric: "long_jump", unit: "m", value: 150 }, "must be a distance from 0.01 to 120 m"],
    ["unit", { unit: "lb" }, "must be one of: s, m, cm, kg"],
    ["unit", { metric: "squat_1rm", value: 150 }, "is required when the metric is not a race distance"],
    ["unit", { unit: "m" }, "must be s: a race distance is timed in seconds"],
    ["timing", { timing: "laser" }, "must be one of: fat, hand"],
    ["timing", { metric: "squat_1rm", unit: "kg", value: 150, timing: "hand" }, "applies to times only"],
    ["wind_mps", { wind_mps: 20.1 }, "must be a wind reading from -20 to 20 m/s"],
    ["wind_mps", { wind_mps: -20.5 }, "must be a wind reading from -20 to 20 m/s"],
    ["wind_mps", { wind_mps: "+1.2" }, "must be a wind reading from -20 to 20 m/s"],
    ["date", { date: undefined }, "is required"],
    ["date", { date: "2025-02-30" }, "must be a real calendar date"],
    ["date", { date: "yesterday" }, "must be a date in YYYY-MM-DD form"],
    ["date", { date: "1899-12-31" }, "must be a date from 1900-01-01 to 2100-12-31"],
    ["date", { date: addDays(today, 1) }, "must not be in the future"],
    ["notes", { notes: "n".repeat(1001) }, "must be at most 1000 characters"],
    ["notes", { notes: 42 }, "must be text"],
  ])("refuses a bad %s with a 400 that names it (%o) and stores nothing", async (field, change, message) => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(track, "POST", { token: athlete.token, body: { ...valid, ...change } });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("validation_error");
    expect(error.fields[field]).toContain(message);
    expect(await marksOf(athlete.id)).toBe(0);
  });

  it("keeps one unit per metric, naming the unit already in use", async () => {
    const athlete = await testAccount(db, "athlete");
    await log(athlete, { metric: "standing_long_jump", value: 2.9, unit: "m" });
    const response = await callRoute(track, "POST", {
      token: athlete.token,
      body: { metric: "standing_long_jump", value: 295, unit: "cm", date: today },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual({
      unit: "must be m, the unit of your earlier standing_long_jump marks",
    });
    expect(await marksOf(athlete.id)).toBe(1);
  });

  it("answers 400, never 500, to malformed JSON, and 403 to a coach", async () => {
    const athlete = await testAccount(db, "athlete");
    const malformed = await callRoute(track, "POST", { token: athlete.token, rawBody: '{"metric": "100m",' });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.fields).toHaveProperty("body");
    const coach = await testAccount(db, "coach");
    expect((await callRoute(track, "POST", { token: coach.token, body: valid })).status).toBe(403);
  });
});

describe("PATCH and DELETE /api/v1/progress/metrics/{id}", () => {
  it("edits a mark, checking the merged mark against every rule", async () => {
    const athlete = await testAccount(db, "athlete");
    const mark = await log(athlete, { metric: "100m", value: 11.1 });
    const edited = await callRoute(metricById, "PATCH", {
      token: athlete.token,
      params: { id: mark.id },
      body: { value: 10.4, timing: "hand", notes: "coach's watch" },
    });
    expect(edited.status).toBe(200);
    expect((await edited.json()).metric).toMatchObject({ value: 10.4, timing: "hand", fat_equivalent: 10.64 });

    const refused = await callRoute(metricById, "PATCH", {
      token: athlete.token,
      params: { id: mark.id },
      body: { unit: "kg" },
    });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.fields).toHaveProperty("unit");
    const renamed = await callRoute(metricById, "PATCH", {
      token: athlete.token,
      params: { id: mark.id },
      body: { metric: "vertical_jump" },
    });
    expect(renamed.status).toBe(400);
    expect((await renamed.json()).error.fields.unit).toContain("is required");
    const future = await callRoute(metricById, "PATCH", {
      token: athlete.token,
      params: { id: mark.id },
      body: { date: addDays(today, 2) },
    });
    expect((await future.json()).error.fields).toHaveProperty("date");
    const empty = await callRoute(metricById, "PATCH", { token: athlete.token, params: { id: mark.id }, body: {} });
    expect((await empty.json()).error.fields).toHaveProperty("body");

    const [stored] = await db.select().from(progressMetrics).where(eq(progressMetrics.id, mark.id));
    expect(stored).toMatchObject({ value: 10.4, unit: "s", timing: "hand", date: today });
  });

  it("reaches only the athlete's own marks: 404 otherwise", async () => {
    const [owner, other] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    const mark = await log(owner, { metric: "100m", value: 11.1 });
    for (const id of [mark.id, "not-an-id", "00000000-0000-4000-8000-000000000000"]) {
      const patch = await callRoute(metricById, "PATCH", { token: other.token, params: { id }, body: { value: 9 } });
      expect(patch.status).toBe(404);
      expect((await callRoute(metricById, "DELETE", { token: other.token, params: { id } })).status).toBe(404);
    }
    expect(await marksOf(owner.id)).toBe(1);
  });

  it("deletes a mark once", async () => {
    const athlete = await testAccount(db, "athlete");
    const mark = await log(athlete, { metric: "60m", value: 7.1 });
    expect((await callRoute(metricById, "DELETE", { token: athlete.token, params: { id: mark.id } })).status).toBe(204);
    expect((await callRoute(metricById, "DELETE", { token: athlete.token, params: { id: mark.id } })).status).toBe(404);
    expect(await marksOf(athlete.id)).toBe(0);
  });
});

describe("GET /api/v1/progress/{user_id}", () => {
  it("applies the personal-best rules end to end: hand times converted, +2.1 excluded, +2.0 legal", async () => {
    const athlete = await testAccount(db, "athlete");
    await log(athlete, { metric: "100m", value: 10.4, timing: "hand", date: addDays(today, -30) });
    await log(athlete, { metric: "100m", value: 10.55, wind_mps: 2.1, date: addDays(today, -20) });
    await log(athlete, { metric: "100m", value: 10.62, wind_mps: 2.0, date: addDays(today, -10) });
    await log(athlete, { metric: "100m", value: 10.7, wind_mps: 0.4, date: addDays(today, -1) });
    const { metrics, summary } = await progressOf(athlete);

    expect(metrics.map((m: Record<string, unknown>) => [m.value, m.fat_equivalent, m.wind_aided, m.is_pb])).toEqual([
      [10.4, 10.64, false, false],
      [10.55, 10.55, true, false],
      [10.62, 10.62, false, true],
      [10.7, 10.7, false, false],
    ]);
    expect(summary["100m"]).toEqual({
      unit: "s",
      best: 10.62,
      best_date: addDays(today, -10),
      latest: 10.7,
      latest_date: addDays(today, -1),
      // Legal marks 10.64, 10.62 | 10.70: one against one (10.62 → 10.70) is 0.75 % slower.
      trend: "declining",
      count: 4,
    });
  });

  it("gives still-air times that match the worked example (10.00 s at +2.0 → 10.08 s)", async () => {
    const athlete = await testAccount(db, "athlete");
    await log(athlete, { metric: "100m", value: 10.0, wind_mps: 2.0 });
    await log(athlete, { metric: "200m", value: 20.5, wind_mps: -1.0 });
    await log(athlete, { metric: "400m", value: 46.2 });
    const { metrics } = await progressOf(athlete);
    const byMetric = Object.fromEntries(metrics.map((m: { metric: string }) => [m.metric, m]));
    expect(byMetric["100m"]).toMatchObject({ still_air: 10.08, wind_aided: false, is_pb: true });
    // 200 m: 20.5 + 0.09 × (−1) − 0.010 × 1 = 20.40.
    expect(byMetric["200m"].still_air).toBe(20.4);
    // No wind model for the 400 m: the time itself.
    expect(byMetric["400m"].still_air).toBe(46.2);
  });

  it("filters by metric and by days, while bests stay lifetime bests", async () => {
    const athlete = await testAccount(db, "athlete");
    await db.insert(progressMetrics).values({
      userId: athlete.id,
      metric: "100m",
      value: 10.5,
      unit: "s",
      date: addDays(today, -400),
    });
    await log(athlete, { metric: "100m", value: 10.8, date: addDays(today, -5) });
    await log(athlete, { metric: "squat_1rm", value: 150, unit: "kg", date: addDays(today, -5) });

    const year = await progressOf(athlete, { type: "100m" });
    expect(year.metrics.map((m: { value: number }) => m.value)).toEqual([10.8]);
    expect(year.summary).toEqual({ "100m": expect.objectContaining({ best: 10.5, count: 1, trend: null }) });
    expect(year.metrics[0].is_pb).toBe(false);

    const decade = await progressOf(athlete, { type: "100m", days: "3650" });
    expect(decade.metrics.map((m: { value: number; is_pb: boolean }) => [m.value, m.is_pb])).toEqual([
      [10.5, true],
      [10.8, false],
    ]);
    const all = await progressOf(athlete, { type: "all", days: "30" });
    expect(Object.keys(all.summary)).toEqual(["100m", "squat_1rm"]);
    expect(all.summary.squat_1rm).toMatchObject({ best: 150, latest: 150, unit: "kg" });
    const week = await progressOf(athlete, { days: "1" });
    expect(week.metrics).toEqual([]);
  });

  it("shows a trend from the last three legal marks against the three before", async () => {
    const athlete = await testAccount(db, "athlete");
    const times = [11.2, 11.15, 11.1, 10.95, 10.9, 10.85];
    for (const [i, value] of times.entries()) {
      await log(athlete, { metric: "100m", value, wind_mps: 0, date: addDays(today, i - 12) });
    }
    await log(athlete, { metric: "100m", value: 12.5, wind_mps: 3.5, date: today });
    expect((await progressOf(athlete)).summary["100m"].trend).toBe("improving");
  });

  it("age-grades the bests of a masters athlete with a sex and a birth date", async () => {
    const athlete = await testAccount(db, "athlete");
    await log(athlete, { metric: "100m", value: 12.0, wind_mps: 1.0 });
    expect(await progressOf(athlete)).not.toHaveProperty("age_graded");

    const birthDate = `${Number(today.slice(0, 4)) - 50}-01-01`;
    await db.update(athleteProfiles).set({ birthDate, sex: "female" }).where(eq(athleteProfiles.userId, athlete.id));
    // A profile change is not one of PRODUCT 5's invalidations: a new window (days) reads fresh.
    const graded = await progressOf(athlete, { days: "364" });
    // WMA 2023, women's 100 m at 50: factor 0.908 and standard 10.54 → 10.54 ÷ (12.00 × 0.908) = 96.73 %.
    expect(graded.age_graded).toEqual({ "100m": 96.73 });
  });

  it("lets a linked coach read, and no one else", async () => {
    const [athlete, other, coach] = await Promise.all([
      testAccount(db, "athlete"),
      testAccount(db, "athlete"),
      testAccount(db, "coach"),
    ]);
    await log(athlete, { metric: "100m", value: 11.3 });
    const read = (account: Account) =>
      callRoute(analytics, "GET", { token: account.token, params: { user_id: athlete.id } });
    expect((await read(coach)).status).toBe(403);
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: athlete.id });
    const linked = await read(coach);
    expect(linked.status).toBe(200);
    expect((await linked.json()).metrics).toHaveLength(1);
    expect((await read(other)).status).toBe(403);
  });

  it.each([
    ["days", { days: "0" }],
    ["days", { days: "3651" }],
    ["days", { days: "1.5" }],
    ["days", { days: "a week" }],
    ["type", { type: "100 m" }],
    ["type", { type: "-" }],
  ])("refuses a bad %s with a 400 that names it (%o)", async (field, query) => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(analytics, "GET", { token: athlete.token, params: { user_id: "me" }, query });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty(field);
  });

  it("is cached: the second read comes from the cache, and every write to a mark recomputes", async () => {
    const athlete = await testAccount(db, "athlete");
    const first = await log(athlete, { metric: "100m", value: 11.0 });
    const before = await cacheStats();
    expect((await progressOf(athlete)).metrics).toHaveLength(1);
    const afterMiss = await cacheStats();
    expect(afterMiss.misses).toBe(before.misses + 1);
    expect(await getKv().get(cacheKeys.progressAnalytics(athlete.id, "all", 365))).not.toBeNull();

    // A row written behind the service's back is not seen: the answer is served from the cache.
    await db
      .insert(progressMetrics)
      .values({ userId: athlete.id, metric: "100m", value: 10.9, unit: "s", date: today });
    expect((await progressOf(athlete)).metrics).toHaveLength(1);
    expect((await cacheStats()).hits).toBe(afterMiss.hits + 1);

    // Each write through the service clears the athlete's analytics.
    await log(athlete, { metric: "100m", value: 10.8 });
    expect((await progressOf(athlete)).metrics).toHaveLength(3);
    await callRoute(metricById, "PATCH", { token: athlete.token, params: { id: first.id }, body: { value: 10.7 } });
    expect((await progressOf(athlete)).summary["100m"].best).toBe(10.7);
    await callRoute(metricById, "DELETE", { token: athlete.token, params: { id: first.id } });
    expect((await progressOf(athlete)).metrics).toHaveLength(2);
    const rows = await db
      .select()
      .from(progressMetrics)
      .where(and(eq(progressMetrics.userId, athlete.id), eq(progressMetrics.metric, "100m")));
    expect(rows).toHaveLength(2);
  });
});
