import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import {
  athleteProfiles,
  injuries,
  painLogs,
  progressMetrics,
  trainingSessions,
  users,
  wellnessLogs,
} from "@/db/schema";
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
