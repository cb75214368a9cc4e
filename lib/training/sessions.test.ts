import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { trainingSessions } from "@/db/schema";
import { cached, cacheKeys } from "@/lib/cache";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import type { SessionInput } from "./schemas";
import { insertSessions, toRepSetInputs } from "./sessions";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

const athlete = async () => (await testAccount(db, "athlete")).id;
const count = async (userId: string) =>
  (
    await db.select({ n: sql<number>`count(*)::int` }).from(trainingSessions).where(eq(trainingSessions.userId, userId))
  )[0]!.n;

const session = (change: Partial<SessionInput> = {}): SessionInput => ({
  date: "2026-03-02",
  type: "acceleration",
  duration_min: 60,
  rpe: 7,
  ...change,
});

describe("insertSessions", () => {
  it("stores every input and answers with the stored sessions in input order, reps mapped to the stored shape", async () => {
    const userId = await athlete();
    const stored = await insertSessions(db, userId, [
      session({ reps: [{ reps: 4, distance_m: 30, times_s: [3.9, 3.85], note: "blocks" }], mood: 4 }),
      session({ date: "2026-03-01", type: "tempo", rpe: 4, notes: "grass" }),
    ]);
    expect(stored.map((s) => [s.date, s.type, s.load])).toEqual([
      ["2026-03-02", "acceleration", 420],
      ["2026-03-01", "tempo", 240],
    ]);
    const [row] = await db.select().from(trainingSessions).where(eq(trainingSessions.id, stored[0]!.id));
    expect(row?.reps).toEqual([{ reps: 4, distanceM: 30, timesS: [3.9, 3.85], note: "blocks" }]);
    expect(toRepSetInputs(row!.reps)).toEqual([{ reps: 4, distance_m: 30, times_s: [3.9, 3.85], note: "blocks" }]);
    expect(await count(userId)).toBe(2);
  });

  it("stores nothing when the last row of a batch of many inserts fails: the inserts share one transaction", async () => {
    const userId = await athlete();
    // Far more rows than one INSERT statement carries (db/sql.ts `chunked`), so the bad row is in a later statement.
    const inputs = Array.from({ length: 2_000 }, () => session());
    // Past the schema (as no caller should), the database's own check refuses the last row.
    inputs[inputs.length - 1] = session({ rpe: 11 });
    await expect(insertSessions(db, userId, inputs)).rejects.toThrow();
    expect(await count(userId)).toBe(0);
  });

  it("clears the athlete's cached drills and progress analytics once the rows are stored", async () => {
    const userId = await athlete();
    const keys = [cacheKeys.recommendedDrills(userId, 10), cacheKeys.progressAnalytics(userId, "all", 365)];
    for (const key of keys) await cached(key, 600, async () => "stale");
    await insertSessions(db, userId, [session(), session()]);
    expect(await Promise.all(keys.map((key) => cached(key, 600, async () => "fresh")))).toEqual(["fresh", "fresh"]);
  });

  it("writes nothing for no inputs", async () => {
    const userId = await athlete();
    expect(await insertSessions(db, userId, [])).toEqual([]);
    expect(await count(userId)).toBe(0);
  });
});
