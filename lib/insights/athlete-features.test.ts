import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import {
  achievements,
  athleteProfiles,
  goals,
  injuries,
  painLogs,
  progressMetrics,
  trainingSessions,
  users,
  wellnessLogs,
} from "@/db/schema";
import { analyzeAthlete } from "@/lib/analysis/comprehensive";
import { featuresFromInput } from "@/lib/analysis/features";
import { AS_OF, ago } from "@/lib/analysis/test-support";
import type { AthleteInput, GoalInput, InjuryInput, SessionInput } from "@/lib/analysis/types";
import { addDays } from "@/lib/core/dates";
import { INJURY_STATUSES, SESSION_TYPES } from "@/lib/core/domain";
import { seedContent } from "@/lib/seed";
import { createTestDatabase } from "@/scripts/test/databases";
import { analyzeAthletes, loadDrillLibrary } from "./analyze";
import { HISTORY_DAYS, loadAthleteFeatures, METRIC_HISTORY_DAYS, WELLNESS_DAYS } from "./athlete-features";

const adapters = [
  { name: "pglite (in-memory)", open: () => openDatabase({ driver: "pglite" }) },
  {
    name: "postgres via pg (real server)",
    open: async () => openDatabase({ driver: "postgres", url: await createTestDatabase() }),
  },
];

/** Equal, with numbers equal to 1e-9 relative: the SQL sums in its own order, and the EWMA is its closed form. */
function expectClose(actual: unknown, expected: unknown, path = "features"): void {
  if (typeof expected === "number" && typeof actual === "number") {
    const tolerance = 1e-9 * Math.max(Math.abs(actual), Math.abs(expected));
    if (Math.abs(actual - expected) > tolerance) expect(actual, path).toBe(expected);
    return;
  }
  if (expected !== null && typeof expected === "object" && actual !== null && typeof actual === "object") {
    expect(Object.keys(actual).sort(), path).toEqual(Object.keys(expected).sort());
    for (const key of Object.keys(expected)) {
      expectClose(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
    }
    return;
  }
  expect(actual, path).toEqual(expected);
}

/** Days before as-of, a few after it, and a few beyond each loaded window, to test every edge. */
const daysAgo = (furthest: number) =>
  fc.oneof(fc.integer({ min: -2, max: 30 }), fc.integer({ min: -2, max: furthest + 3 }));

const historyArb = fc.record({
  asOfShift: fc.integer({ min: 0, max: 6 }),
  sessions: fc.array(
    fc.record({
      daysAgo: daysAgo(HISTORY_DAYS),
      type: fc.constantFrom(...SESSION_TYPES),
      durationMin: fc.integer({ min: 1, max: 150 }),
      rpe: fc.integer({ min: 1, max: 10 }),
      mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    }),
    { maxLength: 60 },
  ),
  injuries: fc.array(
    fc.record({
      status: fc.constantFrom(...INJURY_STATUSES),
      onset: daysAgo(60),
      bodyPart: fc.constantFrom("hamstring", "left calf", "shoulder"),
      pain: fc.array(fc.record({ daysAgo: daysAgo(HISTORY_DAYS), level: fc.integer({ min: 0, max: 10 }) }), {
        maxLength: 8,
      }),
    }),
    { maxLength: 3 },
  ),
  metrics: fc.array(
    fc.record({
      daysAgo: daysAgo(METRIC_HISTORY_DAYS),
      metric: fc.constantFrom("100m", "60m", "long_jump"),
      value: fc.oneof(fc.constantFrom(10.5, 11.2), fc.double({ min: 0.5, max: 100, noNaN: true })),
      unit: fc.constantFrom("s", "m"),
    }),
    { maxLength: 6 },
  ),
  wellness: fc.uniqueArray(
    fc.record({
      daysAgo: daysAgo(WELLNESS_DAYS),
      values: fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 1, max: 7 }))),
    }),
    { maxLength: 5, selector: (w) => w.daysAgo },
  ),
  goals: fc.array(
    fc.record({
      baseline: fc.integer({ min: 1000, max: 1300 }),
      target: fc.integer({ min: 900, max: 1400 }),
      current: fc.option(fc.integer({ min: 900, max: 1400 }), { nil: null }),
      status: fc.constantFrom("active" as const, "achieved" as const, "abandoned" as const),
      milestones: fc.subarray([25, 50, 75, 100]),
    }),
    { maxLength: 2 },
  ),
});

type History = typeof historyArb extends fc.Arbitrary<infer T> ? T : never;

/** The rows of a history as the analysis reads them, with ids, as of a date. */
function rowsOf(h: History, asOf: string): AthleteInput {
  const sessions: SessionInput[] = h.sessions.map((s) => ({
    id: randomUUID(),
    date: ago(s.daysAgo, asOf),
    type: s.type,
    durationMin: s.durationMin,
    rpe: s.rpe,
    mood: s.mood,
  }));
  const injuryRows: InjuryInput[] = h.injuries.map((i) => ({
    id: randomUUID(),
    bodyPart: i.bodyPart,
    side: "left",
    severity: "mild",
    status: i.status,
    onsetDate: ago(i.onset, asOf),
    resolvedDate: i.status === "resolved" ? ago(Math.max(-2, i.onset - 3), asOf) : null,
  }));
  const goalRows: GoalInput[] = h.goals
    .filter((g) => g.baseline !== g.target)
    .map((g, k) => ({
      id: randomUUID(),
      title: `Goal ${k}`,
      metric: "100m",
      baselineValue: g.baseline / 100,
      targetValue: g.target / 100,
      currentValue: g.current === null ? null : g.current / 100,
      targetDate: addDays(asOf, 40 - 30 * k),
      status: g.status,
    }));
  return {
    userId: "",
    timezone: "UTC",
    experienceYears: 3,
    birthDate: null,
    sex: null,
    sessions,
    injuries: injuryRows,
    painLogs: h.injuries.flatMap((i, k) =>
      i.pain.map((p) => ({ injuryId: injuryRows[k]!.id, level: p.level, date: ago(p.daysAgo, asOf) })),
    ),
    metrics: h.metrics.map((m) => ({
      metric: m.metric,
      value: m.value,
      unit: m.unit,
      timing: null,
      windMps: null,
      date: ago(m.daysAgo, asOf),
    })),
    wellness: h.wellness.map((w) => {
      const [sleep, stress, fatigue, soreness] = w.values;
      return { date: ago(w.daysAgo, asOf), sleep: sleep!, stress: stress!, fatigue: fatigue!, soreness: soreness! };
    }),
    goals: goalRows,
    achievements: h.goals
      .filter((g) => g.baseline !== g.target)
      .flatMap((g, k) => g.milestones.map((milestone) => ({ goalId: goalRows[k]!.id, milestone }))),
    calendar: [],
  };
}

/** The rows inside the windows the database reads (athlete-features.ts), which the reference is given. */
function withinLoadedWindows(input: AthleteInput, asOf: string): AthleteInput {
  const since = (days: number) => addDays(asOf, -days);
  return {
    ...input,
    sessions: input.sessions.filter((s) => s.date >= since(HISTORY_DAYS)),
    painLogs: input.painLogs.filter((p) => p.date >= since(HISTORY_DAYS)),
    metrics: input.metrics.filter((m) => m.date >= since(METRIC_HISTORY_DAYS)),
    wellness: input.wellness.filter((w) => w.date >= since(WELLNESS_DAYS)),
  };
}

describe.each(adapters)("athlete features in SQL on $name", ({ open }) => {
  let handle: DbHandle;

  beforeAll(async () => {
    handle = await open();
    await migrateDatabase(handle);
  });
  afterAll(async () => {
    await handle?.close();
  });

  const insert = async (input: AthleteInput, timezone = "UTC"): Promise<string> => {
    const db = handle.db;
    const [user] = await db
      .insert(users)
      .values({ email: `${randomUUID()}@features.example`, name: "F", role: "athlete", timezone })
      .returning({ id: users.id });
    const userId = user!.id;
    await db.insert(athleteProfiles).values({ userId, experienceYears: input.experienceYears });
    const mine = <T>(rows: readonly T[]) => rows.map((row) => ({ ...row, userId }));
    if (input.sessions.length) await db.insert(trainingSessions).values(mine(input.sessions as SessionInput[]));
    if (input.injuries.length) await db.insert(injuries).values(mine(input.injuries));
    if (input.painLogs.length) await db.insert(painLogs).values(mine(input.painLogs));
    if (input.metrics.length) await db.insert(progressMetrics).values(mine(input.metrics));
    if (input.wellness.length) await db.insert(wellnessLogs).values(mine(input.wellness));
    if (input.goals.length) await db.insert(goals).values(mine(input.goals));
    if (input.achievements.length) await db.insert(achievements).values(mine(input.achievements));
    return userId;
  };

  it("computes the same features as the TypeScript reference for random histories", async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (history) => {
        const asOf = addDays(AS_OF, history.asOfShift);
        const input = rowsOf(history, asOf);
        const userId = await insert(input);
        const features = (await loadAthleteFeatures(handle.db, [{ userId, asOf }])).get(userId);
        expectClose(features, featuresFromInput(withinLoadedWindows(input, asOf), asOf));
      }),
      { numRuns: 40 },
    );
  });

  it("analyses a batch as the rules analyse the same rows, each athlete as of their own day", async () => {
    const now = new Date(`${AS_OF}T23:30:00Z`);
    await seedContent(handle.db);
    const library = await loadDrillLibrary(handle.db);
    expect(library.length).toBeGreaterThan(0);
    const samples = fc.sample(historyArb, { numRuns: 6, seed: 20 });
    const zones = ["UTC", "Pacific/Auckland", "America/Los_Angeles"];
    const athletes = await Promise.all(
      samples.map(async (history, k) => {
        const timezone = zones[k % zones.length]!;
        const asOf = timezone === "Pacific/Auckland" ? addDays(AS_OF, 1) : AS_OF;
        const input = rowsOf({ ...history, asOfShift: 0 }, asOf);
        return { input, asOf, userId: await insert(input, timezone) };
      }),
    );
    const { analyses, failures } = await analyzeAthletes(
      handle.db,
      athletes.map((a) => a.userId),
      { now, library },
    );
    expect(failures).toEqual([]);
    for (const [k, a] of athletes.entries()) {
      const analysed = analyses[k]!;
      expect(analysed.asOf).toBe(a.asOf);
      expect(analysed.analysis).toEqual(
        analyzeAthlete(
          { ...withinLoadedWindows(a.input, a.asOf), timezone: zones[k % zones.length]! },
          library,
          a.asOf,
        ),
      );
    }
  });
});
