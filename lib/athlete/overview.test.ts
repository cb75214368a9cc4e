import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import {
  athleteProfiles,
  injuries,
  painLogs,
  plannedSessions,
  progressMetrics,
  trainingSessions,
  users,
  wellnessLogs,
} from "@/db/schema";
import { mondayOf } from "@/lib/analysis/compliance";
import { addDays, isoDate } from "@/lib/core/dates";
import { seedContent } from "@/lib/seed";
import { countQueries } from "@/scripts/test/query-counter";
import { athleteOverview, firstStepsFrom } from "./overview";

/** The dashboard reads a bounded number of queries whatever the history length (issue 5). */
describe("athlete dashboard queries", () => {
  let handle: DbHandle;
  const today = isoDate(new Date());

  beforeAll(async () => {
    handle = await openDatabase({ driver: "pglite" });
    await migrateDatabase(handle);
    await seedContent(handle.db);
  });
  afterAll(async () => {
    await handle.close();
  });

  const athleteWith = async (days: number) => {
    const [user] = await handle.db
      .insert(users)
      .values({ email: `${randomUUID()}@q.example`, name: "Q", role: "athlete", lastActiveAt: new Date() })
      .returning();
    const id = user!.id;
    await handle.db.insert(trainingSessions).values(
      Array.from({ length: days }, (_, ago) => ({
        userId: id,
        date: addDays(today, -ago),
        type: "tempo" as const,
        durationMin: 45,
        rpe: 5 + (ago % 5),
        mood: 3,
      })),
    );
    await handle.db.insert(wellnessLogs).values(
      Array.from({ length: Math.min(days, 30) }, (_, ago) => ({
        userId: id,
        date: addDays(today, -ago),
        sleep: 3,
        stress: 3,
        fatigue: 3,
        soreness: 3,
      })),
    );
    const [injury] = await handle.db
      .insert(injuries)
      .values({ userId: id, bodyPart: "calf", severity: "mild", onsetDate: addDays(today, -5) })
      .returning();
    await handle.db.insert(painLogs).values({ injuryId: injury!.id, userId: id, level: 4, date: today });
    // A plan on each of the last `days` days: the plan query must not grow with them either.
    await handle.db.insert(plannedSessions).values(
      Array.from({ length: Math.min(days, 28) }, (_, ago) => ({
        userId: id,
        plannedBy: id,
        date: addDays(today, -ago),
        type: "tempo" as const,
        durationMin: 45,
        rpe: 5,
      })),
    );
    return id;
  };

  it("issues the same number of queries for one week of history as for twelve", async () => {
    const short = await athleteWith(7);
    const long = await athleteWith(84);
    const counter = countQueries(handle);
    await athleteOverview(handle.db, short);
    const forOneWeek = counter.count;
    counter.reset();
    await athleteOverview(handle.db, long);
    const forTwelveWeeks = counter.count;
    console.log(`dashboard render: ${forOneWeek} queries (1 week), ${forTwelveWeeks} queries (12 weeks)`);
    expect(forTwelveWeeks).toBe(forOneWeek);
    expect(forOneWeek).toBeLessThanOrEqual(25);
  });

  it("reads the week's plan, each day's status, and compliance over the week, 7 and 28 days", async () => {
    const [athlete, coach] = await handle.db
      .insert(users)
      .values([
        { email: `${randomUUID()}@plan.example`, name: "Plan Athlete", role: "athlete", lastActiveAt: new Date() },
        { email: `${randomUUID()}@plan.example`, name: "Coach Carter", role: "coach", lastActiveAt: new Date() },
      ])
      .returning();
    const id = athlete!.id;
    const yesterday = addDays(today, -1);
    const [done] = await handle.db
      .insert(trainingSessions)
      .values({ userId: id, date: addDays(today, -2), type: "acceleration", durationMin: 50, rpe: 8 })
      .returning();
    const plan = (date: string, by: string, sessionId: string | null = null) => ({
      userId: id,
      plannedBy: by,
      date,
      type: "acceleration" as const,
      durationMin: 40,
      rpe: 7,
      reps: "6×30 m",
      sessionId,
    });
    await handle.db
      .insert(plannedSessions)
      .values([
        plan(addDays(today, -2), coach!.id, done!.id),
        plan(yesterday, coach!.id),
        plan(today, id),
        plan(addDays(today, 1), coach!.id),
      ]);

    const overview = await athleteOverview(handle.db, id);
    const monday = mondayOf(today);
    expect(overview.plan.monday).toBe(monday);
    const byDate = new Map(overview.plan.week.map((p) => [p.date, p]));
    const expected = [
      [addDays(today, -2), "done", "Coach Carter"],
      [yesterday, "missed", "Coach Carter"],
      [today, "today", "Plan Athlete"],
      [addDays(today, 1), "upcoming", "Coach Carter"],
    ] as const;
    for (const [date, status, by] of expected) {
      if (date < monday || date > addDays(monday, 6)) expect(byDate.has(date)).toBe(false);
      else expect(byDate.get(date)).toMatchObject({ status, planned_by_name: by, reps: "6×30 m" });
    }
    expect(overview.today.planned).toMatchObject({ date: today, type: "acceleration" });
    // Today's plan is not missed yet; the two days before give one done of two, 400 AU done of 560 planned.
    expect(overview.plan.compliance7).toMatchObject({ planned: 2, done: 1, planned_load: 560, done_load: 400 });
    expect(overview.plan.compliance28.ratio).toBe(0.5);
  });

  it("welcomes a brand-new account with the first steps, and no warning", async () => {
    const [user] = await handle.db
      .insert(users)
      .values({ email: `${randomUUID()}@new.example`, name: "New", role: "athlete", lastActiveAt: new Date() })
      .returning();
    const fresh = await athleteOverview(handle.db, user!.id);
    expect(fresh.suggestions).toEqual([]);
    expect(fresh.firstSteps).toEqual({ show: true, events: false, experience: false, session: false, pb: false });

    await handle.db.insert(athleteProfiles).values({ userId: user!.id, events: ["100m"], experienceYears: 2 });
    await handle.db
      .insert(trainingSessions)
      .values({ userId: user!.id, date: today, type: "tempo", durationMin: 40, rpe: 5 });
    const started = await athleteOverview(handle.db, user!.id);
    expect(started.firstSteps).toEqual({ show: true, events: true, experience: true, session: true, pb: false });

    await handle.db
      .insert(progressMetrics)
      .values({ userId: user!.id, metric: "100m", value: 11.8, unit: "s", date: today });
    expect((await athleteOverview(handle.db, user!.id)).firstSteps.show).toBe(false);
  });
});

describe("the first steps", () => {
  const row = { events: [], experienceYears: null, personalBests: {}, firstSession: null, hasMark: false };

  it.each([
    ["no account row at all", undefined, "2026-11-24", true],
    ["nothing done", row, "2026-11-24", true],
    [
      "all four done",
      { ...row, events: ["60m"], experienceYears: 0, firstSession: "2026-11-23", hasMark: true },
      "2026-11-24",
      false,
    ],
    [
      "a declared best counts as a PB",
      { ...row, events: ["60m"], experienceYears: 1, firstSession: "2026-11-23", personalBests: { "60m": {} } },
      "2026-11-24",
      false,
    ],
    ["a first session 6 days ago, steps left", { ...row, firstSession: "2026-11-18" }, "2026-11-24", true],
    ["a first session a week ago, steps left", { ...row, firstSession: "2026-11-17" }, "2026-11-24", false],
  ] as const)("with %s shows the welcome: %s", (_, input, asOf, show) => {
    expect(firstStepsFrom(input as Parameters<typeof firstStepsFrom>[0], asOf).show).toBe(show);
  });
});
