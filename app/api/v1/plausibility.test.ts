import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { goals, progressMetrics, trainingSessions } from "@/db/schema";
import { ariaTools } from "@/lib/aria/tools";
import { todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as goalProgress from "./goals/[id]/progress/route";
import * as goalsRoute from "./goals/route";
import * as importFile from "./import/[kind]/route";
import * as oneMetric from "./progress/metrics/[id]/route";
import * as track from "./progress/track/route";
import * as oneSession from "./sessions/[id]/route";
import * as sessions from "./sessions/route";

/**
 * Plausibility (PRODUCT 9): a mark no human can run, a rep faster than anyone sprints and a goal that points the
 * wrong way are refused with a message naming the field, by every door that writes them: the API, the CSV import
 * (through the same write path) and Aria's tools.
 */

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

type Account = Awaited<ReturnType<typeof testAccount>>;

const TOO_FAST_100M = "must be at least 9.00 s: a faster 100m is beyond any human (world record 9.58 s)";
const TOO_FAST_30M = "must be at least 2.31 s: 30 m in less is faster than 13 m/s, beyond any human sprinter";

const fieldsOf = async (response: Response) => {
  expect(response.status).toBe(400);
  const { error } = await response.json();
  expect(error.code).toBe("validation_error");
  return error.fields as Record<string, string>;
};
const importCsv = (account: Account, kind: string, csv: string) =>
  callRoute(importFile, "POST", { token: account.token, params: { kind }, body: { csv } });
const marksOf = (userId: string) => db.select().from(progressMetrics).where(eq(progressMetrics.userId, userId));
const sessionsOf = (userId: string) => db.select().from(trainingSessions).where(eq(trainingSessions.userId, userId));

describe("marks no human can run", () => {
  it("refuses a 100 m in 3.2 s through the API, naming value, and stores nothing", async () => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(track, "POST", {
      token: athlete.token,
      body: { metric: "100m", value: 3.2, date: "2026-11-20" },
    });
    expect(await fieldsOf(response)).toEqual({ value: TOO_FAST_100M });
    expect(await marksOf(athlete.id)).toEqual([]);
  });

  it.each([
    ["100m", 8.99, 9.0],
    ["60m", 5.79, 5.8],
    ["200m", 18.49, 18.5],
    ["400m", 39.99, 40],
    ["110mh", 11.99, 12],
    ["30m_fly", 2.3, 2.31],
  ])("refuses a %s in %d s and stores one in %d s", async (metric, refused, accepted) => {
    const athlete = await testAccount(db, "athlete");
    const post = (value: number) =>
      callRoute(track, "POST", { token: athlete.token, body: { metric, value, date: "2026-11-20" } });
    expect(Object.keys(await fieldsOf(await post(refused)))).toEqual(["value"]);
    const stored = await post(accepted);
    expect(stored.status).toBe(201);
  });

  it("refuses an edit that would make a stored mark impossible, and leaves it as it was", async () => {
    const athlete = await testAccount(db, "athlete");
    const created = await callRoute(track, "POST", {
      token: athlete.token,
      body: { metric: "100m", value: 11.44, date: "2026-11-20" },
    });
    const { metric } = await created.json();
    const before = await marksOf(athlete.id);
    const response = await callRoute(oneMetric, "PATCH", {
      token: athlete.token,
      params: { id: metric.id },
      body: { value: 3.2 },
    });
    expect(await fieldsOf(response)).toEqual({ value: TOO_FAST_100M });
    expect(await marksOf(athlete.id)).toEqual(before);
  });

  it("refuses the same mark in a CSV import, naming its line, and imports nothing", async () => {
    const athlete = await testAccount(db, "athlete");
    const csv = "date,metric,value\n2026-11-19,100m,11.6\n2026-11-20,100m,3.2\n";
    expect(await fieldsOf(await importCsv(athlete, "time-trials", csv))).toEqual({ "line 3.value": TOO_FAST_100M });
    expect(await marksOf(athlete.id)).toEqual([]);
  });
});

describe("reps faster than anyone sprints", () => {
  const session = (times_s: number[]) => ({
    date: "2026-11-20",
    type: "max_velocity",
    duration_min: 60,
    rpe: 8,
    reps: [{ reps: 3, distance_m: 30, times_s }],
  });

  it("refuses a 30 m rep in 2.2 s through the API, naming the time, and stores one in 2.31 s", async () => {
    const athlete = await testAccount(db, "athlete");
    const refused = await callRoute(sessions, "POST", { token: athlete.token, body: session([2.9, 2.2]) });
    expect(await fieldsOf(refused)).toEqual({ "reps.0.times_s.1": TOO_FAST_30M });
    expect(await sessionsOf(athlete.id)).toEqual([]);
    const stored = await callRoute(sessions, "POST", { token: athlete.token, body: session([2.9, 2.31]) });
    expect(stored.status).toBe(201);
  });

  it("refuses the same rep on an edit, and leaves the session as it was", async () => {
    const athlete = await testAccount(db, "athlete");
    const created = await callRoute(sessions, "POST", { token: athlete.token, body: session([2.9]) });
    const { session: stored } = await created.json();
    const before = await sessionsOf(athlete.id);
    const response = await callRoute(oneSession, "PATCH", {
      token: athlete.token,
      params: { id: stored.id },
      body: { reps: [{ reps: 2, distance_m: 30, times_s: [1.5] }] },
    });
    expect(await fieldsOf(response)).toEqual({ "reps.0.times_s.0": TOO_FAST_30M });
    expect(await sessionsOf(athlete.id)).toEqual(before);
  });

  it("refuses the same rep in a CSV import, naming its line", async () => {
    const athlete = await testAccount(db, "athlete");
    const reps = JSON.stringify(session([2.9, 2.2]).reps).replaceAll('"', '""');
    const csv = `date,type,duration_min,rpe,reps\n2026-11-20,max_velocity,60,8,"${reps}"\n`;
    expect(await fieldsOf(await importCsv(athlete, "sessions", csv))).toEqual({
      "line 2.reps.0.times_s.1": TOO_FAST_30M,
    });
    expect(await sessionsOf(athlete.id)).toEqual([]);
  });

  it("refuses the same rep through Aria's logging tool, and stores nothing", async () => {
    const athlete = await testAccount(db, "athlete");
    const tools = ariaTools({ db, userId: athlete.id, timezone: "UTC" });
    const { date: _date, ...spoken } = session([2.9, 2.2]);
    const result = await tools.log_session.execute!(spoken, { toolCallId: "call-1", messages: [], context: {} });
    expect(result).toEqual({
      error: {
        code: "validation_error",
        message: "Some fields are not valid.",
        fields: { "reps.0.times_s.1": TOO_FAST_30M },
      },
    });
    expect(await sessionsOf(athlete.id)).toEqual([]);
  });
});

describe("goals that point the wrong way or aim at the impossible", () => {
  const goal = (change: Record<string, unknown>) => ({
    title: "Season goal",
    metric: "100m",
    baseline_value: 11.44,
    target_value: 11.2,
    target_date: "2027-06-30",
    ...change,
  });
  const create = (account: Account, body: Record<string, unknown>) =>
    callRoute(goalsRoute, "POST", { token: account.token, body });
  const goalsOf = (userId: string) => db.select().from(goals).where(eq(goals.userId, userId));

  it("refuses a 100 m goal from 11.44 s to 12.5 s, naming target_value, and stores one to 11.2 s", async () => {
    const athlete = await testAccount(db, "athlete");
    expect(await fieldsOf(await create(athlete, goal({ target_value: 12.5 })))).toEqual({
      target_value: "must be lower than the baseline (11.44): a 100m goal is a faster, lower time",
    });
    expect(await goalsOf(athlete.id)).toEqual([]);
    expect((await create(athlete, goal({}))).status).toBe(201);
  });

  it("refuses a 100 m goal of 8.5 s, or from a baseline of 3.2 s", async () => {
    const athlete = await testAccount(db, "athlete");
    expect(await fieldsOf(await create(athlete, goal({ target_value: 8.5 })))).toEqual({ target_value: TOO_FAST_100M });
    expect(await fieldsOf(await create(athlete, goal({ baseline_value: 3.2, target_value: 3.1 })))).toEqual({
      baseline_value: TOO_FAST_100M,
      target_value: TOO_FAST_100M,
    });
    expect(await goalsOf(athlete.id)).toEqual([]);
  });

  it("refuses a jump goal below its baseline and stores one above it", async () => {
    const athlete = await testAccount(db, "athlete");
    const jump = (target_value: number) =>
      goal({ metric: "standing_long_jump", baseline_value: 2.8, target_value, title: "Jump" });
    expect(Object.keys(await fieldsOf(await create(athlete, jump(2.5))))).toEqual(["target_value"]);
    expect((await create(athlete, jump(3.0))).status).toBe(201);
  });

  it("reads the direction of a metric the name does not explain from the unit of the athlete's marks", async () => {
    const [measured, unmeasured] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    const stored = await callRoute(track, "POST", {
      token: measured.token,
      body: { metric: "med_ball", value: 950, unit: "cm", date: todayIn("UTC") },
    });
    expect(stored.status).toBe(201);
    const medBall = goal({ metric: "med_ball", baseline_value: 950, target_value: 900, title: "Med ball" });
    expect(await fieldsOf(await create(measured, medBall))).toEqual({
      target_value: "must be higher than the baseline (950): a med_ball goal is a longer, higher or heavier mark",
    });
    expect(await goalsOf(measured.id)).toEqual([]);
    // With no mark to say which way it improves, either way is the athlete's call.
    expect((await create(unmeasured, medBall)).status).toBe(201);
  });

  it("refuses progress no human can run on a race goal, naming current_value", async () => {
    const athlete = await testAccount(db, "athlete");
    const { goal: created } = await (await create(athlete, goal({}))).json();
    const record = (current_value: number) =>
      callRoute(goalProgress, "PUT", { token: athlete.token, params: { id: created.id }, body: { current_value } });
    expect(await fieldsOf(await record(3.2))).toEqual({ current_value: TOO_FAST_100M });
    expect((await goalsOf(athlete.id))[0]?.currentValue).toBeNull();
    expect((await record(11.3)).status).toBe(200);
  });
});
