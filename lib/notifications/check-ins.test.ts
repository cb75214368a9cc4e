import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Database, getDb } from "@/db/client";
import { checkIns, injuries, trainingSessions, users } from "@/db/schema";
import { testAccount } from "@/scripts/test/accounts";
import { scheduleCheckInsFor } from "./check-ins";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

// Sunday 22 November 2026, 06:00 UTC: when the daily scheduling run fires (PRODUCT 8).
const NOW = new Date("2026-11-22T06:00:00Z");

const scheduled = (rows: { type: string; scheduledFor: Date }[]) =>
  rows.map((r) => `${r.type} ${r.scheduledFor.toISOString()}`).sort();

async function athleteIn(timezone: string) {
  const athlete = await testAccount(db, "athlete");
  await db.update(users).set({ timezone }).where(eq(users.id, athlete.id));
  return athlete;
}

describe("scheduleCheckInsFor", () => {
  it("schedules each athlete's day in their own zone: recovery after RPE 8+, Sunday review, injury status", async () => {
    const [london, tokyo] = await Promise.all([athleteIn("Europe/London"), athleteIn("Asia/Tokyo")]);
    await db.insert(trainingSessions).values([
      { userId: london.id, date: "2026-11-21", type: "speed_endurance", durationMin: 70, rpe: 9 },
      { userId: tokyo.id, date: "2026-11-21", type: "tempo", durationMin: 40, rpe: 5 },
    ]);
    await db
      .insert(injuries)
      .values({ userId: london.id, bodyPart: "hamstring", severity: "mild", onsetDate: "2026-11-15" });

    const created = await scheduleCheckInsFor(db, [london.id, tokyo.id], NOW);
    expect(scheduled(created.filter((c) => c.userId === london.id))).toEqual([
      "injury_status 2026-11-22T19:00:00.000Z",
      "morning_motivation 2026-11-22T07:00:00.000Z",
      "recovery_check 2026-11-22T09:00:00.000Z",
      "weekly_review 2026-11-22T18:00:00.000Z",
    ]);
    // 15:00 in Tokyo: its Sunday, with times in the past already due.
    expect(scheduled(created.filter((c) => c.userId === tokyo.id))).toEqual([
      "morning_motivation 2026-11-21T22:00:00.000Z",
      "weekly_review 2026-11-22T09:00:00.000Z",
    ]);
    expect(created.every((c) => c.status === "scheduled" && c.id)).toBe(true);
  });

  it("creates nothing twice when run again, or twice at once, and returns only what it created", async () => {
    const [a, b] = await Promise.all([athleteIn("UTC"), athleteIn("America/New_York")]);
    const ids = [a.id, b.id];
    const first = await scheduleCheckInsFor(db, ids, NOW);
    expect(first.length).toBe(4);
    expect(await scheduleCheckInsFor(db, ids, NOW)).toEqual([]);
    const racing = await Promise.all([
      scheduleCheckInsFor(db, ids, new Date(NOW.getTime() + 86_400_000)),
      scheduleCheckInsFor(db, ids, new Date(NOW.getTime() + 86_400_000)),
    ]);
    expect(racing.flat()).toHaveLength(2);
    const stored = await db.select().from(checkIns).where(inArray(checkIns.userId, ids));
    expect(stored).toHaveLength(6);
    expect(new Set(stored.map((c) => `${c.userId} ${c.type} ${c.scheduledFor.toISOString()}`)).size).toBe(6);
  });

  it("ignores coaches, unknown ids and an empty list", async () => {
    const coach = await testAccount(db, "coach");
    expect(await scheduleCheckInsFor(db, [], NOW)).toEqual([]);
    expect(await scheduleCheckInsFor(db, [coach.id, "00000000-0000-4000-8000-000000000000"], NOW)).toEqual([]);
    expect(await db.select().from(checkIns).where(eq(checkIns.userId, coach.id))).toEqual([]);
  });
});
