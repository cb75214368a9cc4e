import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { coachAthletes, suggestions, trainingSessions, users } from "@/db/schema";
import { addDays, isoDate } from "@/lib/core/dates";
import { countQueries } from "@/scripts/test/query-counter";
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

  it("sums each athlete's load per week, oldest first, and counts the squad's suggestions by type", async () => {
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
    expect(view.suggestionCounts).toEqual([
      { type: "no_training", athletes: 2, raised: 2 },
      { type: "low_variety", athletes: 1, raised: 1 },
    ]);
  });

  it("reads the same two queries for any squad size", async () => {
    const coach = await person("coach", "Big squad coach");
    for (let i = 0; i < 30; i++) {
      await handle.db.insert(coachAthletes).values({ coachId: coach, athleteId: await person("athlete", `A${i}`) });
    }
    const counter = countQueries(handle);
    await squadView(handle.db, coach, now);
    expect(counter.count).toBe(2);
  });
});
