import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { coachAthletes, injuries, painLogs, suggestions, trainingSessions, users } from "@/db/schema";
import { addDays, isoDate } from "@/lib/core/dates";
import { countQueries } from "@/scripts/test/query-counter";
import { squadRoster } from "./roster";
import { SQUAD_WEEKS, squadView } from "./squad";

describe("squad view", () => {
  let handle: DbHandle;
  const now = new Date();
  const today = isoDate(now);

  beforeAll(async () => {
    handle = await openDatabase({ driver: "pglite" });
    await migrateDatabase(handle);
  });
  afterAll(async () => {
    await handle.close();
  });

  const person = async (role: "athlete" | "coach", name: string) =>
    (
      await handle.db
        .insert(users)
        .values({ email: `${randomUUID()}@s.example`, name, role })
        .returning()
    )[0]!.id;

  it("sums each athlete's load per week, oldest first, and counts the flags the roster shows now, not stored ones", async () => {
    const coach = await person("coach", "Coach");
    const ana = await person("athlete", "Ana");
    const ben = await person("athlete", "Ben");
    const stranger = await person("athlete", "Not linked");
    await handle.db.insert(coachAthletes).values([
      { coachId: coach, athleteId: ana },
      { coachId: coach, athleteId: ben },
    ]);
    await handle.db.insert(trainingSessions).values([
      { userId: ana, date: today, type: "tempo", durationMin: 40, rpe: 5 },
      { userId: ana, date: addDays(today, -1), type: "tempo", durationMin: 30, rpe: 4 },
      { userId: ana, date: addDays(today, -15), type: "max_velocity", durationMin: 60, rpe: 8 },
      { userId: stranger, date: today, type: "tempo", durationMin: 60, rpe: 9 },
    ]);
    const s = { priority: "medium" as const, title: "t", message: "m", evidence: {} };
    await handle.db.insert(suggestions).values([
      { ...s, userId: ana, type: "no_training" },
      { ...s, userId: ben, type: "no_training" },
      { ...s, userId: ben, type: "low_variety" },
      { ...s, userId: stranger, type: "low_variety" },
    ]);

    const view = await squadView(handle.db, coach, now);
    expect(view.weekStarts).toHaveLength(SQUAD_WEEKS);
    const byName = Object.fromEntries(view.athletes.map((a) => [a.name, a.weeks]));
    expect(Object.keys(byName).sort()).toEqual(["Ana", "Ben"]);
    expect(byName.Ana!.at(-1)).toBe(40 * 5 + 30 * 4);
    expect(byName.Ana!.at(-3)).toBe(60 * 8);
    expect(byName.Ben!.every((load) => load === 0)).toBe(true);
    // Ana trained twice this week and once two weeks before: under 3 a week. Ben, with no data yet, gets a welcome,
    // not a warning; the suggestions stored for him and for a stranger are history, not what the roster shows now.
    expect(view.flagCounts.map((c) => [c.type, c.athletes.map((a) => a.name)])).toEqual([["low_frequency", ["Ana"]]]);
    expect(view.squadSize).toBe(2);
  });

  it("counts every flag a roster card shows, and only those", async () => {
    const coach = await person("coach", "Coach");
    const sofia = await person("athlete", "Sofia");
    const jordan = await person("athlete", "Jordan");
    await handle.db.insert(coachAthletes).values([
      { coachId: coach, athleteId: sofia },
      { coachId: coach, athleteId: jordan },
    ]);
    await handle.db.insert(trainingSessions).values(
      [sofia, jordan].flatMap((userId) =>
        [1, 3, 5, 9, 12, 16, 19].map((ago) => ({
          userId,
          date: addDays(today, -ago),
          type: "max_velocity" as const,
          durationMin: 45,
          rpe: 6,
        })),
      ),
    );
    const [ankle] = await handle.db
      .insert(injuries)
      .values({
        userId: sofia,
        bodyPart: "ankle",
        side: "left",
        severity: "mild",
        status: "recovering",
        onsetDate: addDays(today, -20),
      })
      .returning();
    await handle.db
      .insert(painLogs)
      .values(
        [6, 4, 2].map((level, i) => ({ injuryId: ankle!.id, userId: sofia, date: addDays(today, -6 + 2 * i), level })),
      );

    const [view, roster] = await Promise.all([squadView(handle.db, coach, now), squadRoster(handle.db, coach, now)]);
    const onCards = roster.flatMap((row) => row.flags.map((f) => `${f.type} ${row.name}`)).sort();
    const counted = view.flagCounts.flatMap((c) => c.athletes.map((a) => `${c.type} ${a.name}`)).sort();
    expect(counted).toEqual(onCards);
    expect(counted).toContain("pain_improving Sofia");
  });

  it("reads the same number of queries for any squad size", async () => {
    const squadOf = async (size: number) => {
      const coach = await person("coach", `Coach of ${size}`);
      for (let i = 0; i < size; i++) {
        const athleteId = await person("athlete", `A${i}`);
        await handle.db.insert(coachAthletes).values({ coachId: coach, athleteId });
        await handle.db
          .insert(trainingSessions)
          .values({ userId: athleteId, date: addDays(today, -i % 9), type: "tempo", durationMin: 30, rpe: 5 });
      }
      return coach;
    };
    const [small, large] = [await squadOf(3), await squadOf(30)];
    const counter = countQueries(handle);
    await squadView(handle.db, small, now);
    const forThree = counter.count;
    counter.reset();
    await squadView(handle.db, large, now);
    expect(counter.count).toBe(forThree);
  });
});
