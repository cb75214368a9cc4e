import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { plannedSessions, users } from "@/db/schema";
import { matchSessionsToPlans } from "@/lib/analysis/compliance";
import { addDays, todayIn } from "@/lib/core/dates";
import type { SessionType } from "@/lib/core/domain";
import { insertSessions } from "@/lib/training/sessions";
import { createTestDatabase } from "@/scripts/test/databases";
import { athleteCompliance, athleteComplianceOver, createPlans, listPlans } from "./service";

/**
 * The plans' SQL on both database engines: the linking statement of the sessions' write path agrees with the rule
 * in lib/analysis/compliance.ts, and compliance reads many athletes, each in their own zone, in one query.
 */

const engines: { name: string; open: () => Promise<DbHandle> }[] = [
  { name: "pglite", open: () => openDatabase({ driver: "pglite" }) },
  { name: "postgres", open: async () => openDatabase({ driver: "postgres", url: await createTestDatabase() }) },
];

describe.each(engines)("plans on $name", ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
    await migrateDatabase(handle);
  });
  afterAll(async () => {
    await handle?.close();
  });

  const newAthlete = async (timezone = "UTC") => {
    const [user] = await handle.db
      .insert(users)
      .values({ email: `${randomUUID()}@test.example`, name: "Test Sprinter", role: "athlete", timezone })
      .returning();
    return user!;
  };

  it("links a batch of sessions to plans as matchSessionsToPlans does, in one pass", async () => {
    const db = handle.db;
    const athlete = await newAthlete();
    const caller = { userId: athlete.id, role: "athlete" as const };
    const day = (d: number) => addDays("2026-11-24", -d);
    const planned: [number, SessionType][] = [
      [3, "acceleration"],
      [3, "strength"],
      [2, "tempo"],
      [2, "tempo"],
      [1, "max_velocity"],
      [0, "technique"],
    ];
    for (const [d, type] of planned) await createPlans(db, caller, { athlete_id: "me", date: day(d), type });
    const logged: [number, SessionType][] = [
      [3, "tempo"],
      [3, "strength"],
      [3, "recovery"],
      [2, "tempo"],
      [1, "strength"],
      [4, "tempo"],
    ];
    const sessions = await insertSessions(
      db,
      athlete.id,
      logged.map(([d, type]) => ({ date: day(d), type, duration_min: 40, rpe: 5 })),
    );
    const plans = await listPlans(db, [athlete.id], {});
    const expected = matchSessionsToPlans(plans, sessions);
    const linked = new Map(plans.filter((p) => p.session_id !== null).map((p) => [p.id, p.session_id!]));
    expect(linked).toEqual(expected);
    // Day 3: strength to strength, then tempo to the acceleration plan, recovery extra; day 2: one of the two
    // tempo plans; day 1: across types; day 0: nothing logged; day 4: nothing planned.
    expect(linked.size).toBe(4);

    // Another batch only finds the plans left.
    const [late] = await insertSessions(db, athlete.id, [{ date: day(2), type: "recovery", duration_min: 30, rpe: 2 }]);
    const tempo = await db.select().from(plannedSessions).where(eq(plannedSessions.sessionId, late!.id));
    expect(tempo).toHaveLength(1);
    expect(tempo[0]?.date).toBe(day(2));
  });

  it("reads the compliance of several athletes in one query, each as of their own today", async () => {
    const db = handle.db;
    const now = new Date("2026-11-24T23:30:00Z"); // already the 25th in Sydney
    const [london, sydney, idle] = await Promise.all([
      newAthlete("Europe/London"),
      newAthlete("Australia/Sydney"),
      newAthlete(),
    ]);
    for (const athlete of [london, sydney]) {
      const today = todayIn(athlete.timezone, now);
      const caller = { userId: athlete.id, role: "athlete" as const };
      for (const d of [1, 2, 3]) {
        await createPlans(db, caller, {
          athlete_id: "me",
          date: addDays(today, -d),
          type: "tempo",
          duration_min: 40,
          rpe: 5,
        });
      }
      await insertSessions(db, athlete.id, [{ date: addDays(today, -1), type: "tempo", duration_min: 50, rpe: 6 }]);
    }
    const figures = await athleteCompliance(db, [london.id, sydney.id, idle.id], 7, now);
    expect(figures.get(london.id)).toEqual({
      days: 7,
      as_of: "2026-11-24",
      planned: 3,
      done: 1,
      planned_load: 600,
      done_load: 300,
      ratio: 0.33,
    });
    expect(figures.get(sydney.id)).toMatchObject({ as_of: "2026-11-25", planned: 3, done: 1 });
    expect(figures.get(idle.id)).toMatchObject({ planned: 0, ratio: null });
  });

  it("reads 7 and 28 days in one query, each window the same figures as asking for it alone", async () => {
    const db = handle.db;
    const now = new Date("2026-11-24T12:00:00Z");
    const athlete = await newAthlete("Europe/London");
    const caller = { userId: athlete.id, role: "athlete" as const };
    const today = todayIn(athlete.timezone, now);
    for (const d of [1, 5, 12, 20, 27, 30]) {
      await createPlans(db, caller, {
        athlete_id: "me",
        date: addDays(today, -d),
        type: "tempo",
        duration_min: 30,
        rpe: 5,
      });
    }
    await insertSessions(db, athlete.id, [
      { date: addDays(today, -1), type: "tempo", duration_min: 30, rpe: 5 },
      { date: addDays(today, -20), type: "tempo", duration_min: 30, rpe: 5 },
    ]);
    const [short, long] = (await athleteComplianceOver(db, [athlete.id], [7, 28], now)).get(athlete.id)!;
    expect(short).toMatchObject({ days: 7, planned: 2, done: 1, ratio: 0.5 });
    // 30 days ago is outside the 28.
    expect(long).toMatchObject({ days: 28, planned: 5, done: 2, ratio: 0.4 });
    expect(short).toEqual((await athleteCompliance(db, [athlete.id], 7, now)).get(athlete.id));
    expect(long).toEqual((await athleteCompliance(db, [athlete.id], 28, now)).get(athlete.id));
  });
});
