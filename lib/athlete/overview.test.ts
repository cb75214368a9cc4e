import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { injuries, painLogs, trainingSessions, users, wellnessLogs } from "@/db/schema";
import { addDays, isoDate } from "@/lib/core/dates";
import { seedContent } from "@/lib/seed";
import { countQueries } from "@/scripts/test/query-counter";
import { athleteOverview } from "./overview";

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
});
