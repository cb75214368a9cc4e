import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { coachAthletes, injuries, painLogs, trainingSessions, users, wellnessLogs } from "@/db/schema";
import { addDays, isoDate } from "@/lib/core/dates";
import { countQueries } from "@/scripts/test/query-counter";
import { rosterRow, squadRoster } from "./roster";
import { WELLNESS_STALE_DAYS } from "./roster-view";

describe("coach roster", () => {
  let handle: DbHandle;
  const today = isoDate(new Date());

  beforeAll(async () => {
    handle = await openDatabase({ driver: "pglite" });
    await migrateDatabase(handle);
  });
  afterAll(async () => {
    await handle.close();
  });

  const squad = async (size: number, shape: (i: number) => { days: number[]; rpe: number; injured?: boolean }) => {
    const [coach] = await handle.db
      .insert(users)
      .values({ email: `${randomUUID()}@r.example`, name: "Coach", role: "coach" })
      .returning();
    for (let i = 0; i < size; i++) {
      const [athlete] = await handle.db
        .insert(users)
        .values({ email: `${randomUUID()}@r.example`, name: `Athlete ${String(i).padStart(2, "0")}`, role: "athlete" })
        .returning();
      await handle.db.insert(coachAthletes).values({ coachId: coach!.id, athleteId: athlete!.id });
      const { days, rpe, injured } = shape(i);
      if (days.length > 0) {
        await handle.db.insert(trainingSessions).values(
          days.map((ago) => ({
            userId: athlete!.id,
            date: addDays(today, -ago),
            type: "max_velocity" as const,
            durationMin: 50,
            rpe,
          })),
        );
      }
      if (injured) {
        await handle.db
          .insert(injuries)
          .values({ userId: athlete!.id, bodyPart: "hamstring", severity: "moderate", onsetDate: addDays(today, -3) });
      }
    }
    return coach!.id;
  };

  it("reads the same number of queries for a squad of 5 as for 50", async () => {
    const steady = (i: number) => ({
      days: [1, 3, 5, 8, 10, 12, 15, 17, 19, 22, 24, 26].map((d) => d + (i % 2)),
      rpe: 6,
    });
    const small = await squad(5, steady);
    const large = await squad(50, steady);
    const counter = countQueries(handle);
    await squadRoster(handle.db, small);
    const forFive = counter.count;
    counter.reset();
    const roster = await squadRoster(handle.db, large);
    console.log(`roster: ${forFive} queries (5 athletes), ${counter.count} queries (50 athletes)`);
    expect(counter.count).toBe(forFive);
    expect(roster).toHaveLength(50);
  });

  it("puts the athlete sprinting on an injury first and one who never trained above those on track", async () => {
    const coach = await squad(
      4,
      (i) =>
        [
          { days: [1, 3, 5, 8, 10, 12, 15, 17, 19, 22, 24, 26], rpe: 6 },
          { days: [], rpe: 0 },
          { days: [0, 2, 4, 8, 10, 12, 15, 17, 19, 22, 24, 26], rpe: 6, injured: true },
          { days: [2, 4, 6, 8, 10, 12, 15, 17, 19, 22, 24, 26], rpe: 6 },
        ][i]!,
    );
    const roster = await squadRoster(handle.db, coach);
    expect(roster[0]).toMatchObject({ name: "Athlete 02", active_injuries: 1 });
    expect(roster[0]!.reason).toMatch(/^Critical/);
    expect(roster[1]).toMatchObject({ name: "Athlete 01", last_session_date: null });
    expect(roster[1]!.reason).toBe("No sessions logged yet");
    // A brand-new account gets a welcome, never a warning (PRODUCT 4.1).
    expect(roster[1]!.flags.map((f) => f.type)).not.toContain("no_training");
  });

  /** Sofia: a recovering left ankle whose pain is falling, and a wellness check ten days old. */
  const sofia = async () => {
    const coach = await squad(1, () => ({ days: [1, 3, 5, 8, 10, 12, 15, 17, 19, 22, 24, 26], rpe: 5 }));
    const [athlete] = await handle.db
      .select({ id: coachAthletes.athleteId })
      .from(coachAthletes)
      .where(eq(coachAthletes.coachId, coach));
    const id = athlete!.id;
    const [ankle] = await handle.db
      .insert(injuries)
      .values({
        userId: id,
        bodyPart: "ankle",
        side: "left",
        severity: "mild",
        status: "recovering",
        onsetDate: addDays(today, -20),
      })
      .returning();
    await handle.db.insert(painLogs).values(
      [
        [-5, 6],
        [-3, 5],
        [-1, 3],
      ].map(([ago, level]) => ({ injuryId: ankle!.id, userId: id, date: addDays(today, ago!), level: level! })),
    );
    await handle.db
      .insert(wellnessLogs)
      .values({ userId: id, date: addDays(today, -10), sleep: 5, stress: 5, fatigue: 5, soreness: 5 });
    return { coach, id };
  };

  it("lists a recovering injury with its status and latest pain, but counts only active ones", async () => {
    const { coach } = await sofia();
    const [row] = await squadRoster(handle.db, coach);
    expect(row!.active_injuries).toBe(0);
    expect(row!.injuries).toEqual([
      expect.objectContaining({
        status: "recovering",
        body_part: "ankle",
        side: "left",
        latest_pain: 3,
        latest_pain_date: addDays(today, -1),
      }),
    ]);
    // The flag that the card shows comes with the injury it is about.
    expect(row!.flags.map((f) => f.type)).toContain("pain_improving");
  });

  it(`marks wellness older than ${WELLNESS_STALE_DAYS} days stale, with how long ago it was`, async () => {
    const { coach } = await sofia();
    const [row] = await squadRoster(handle.db, coach);
    expect(row!.latest_wellness).toEqual({ date: addDays(today, -10), hooper: 20, days_ago: 10, stale: true });
  });

  it("gives the drill-down the very row of the roster, in a bounded number of queries, and nothing for a stranger", async () => {
    const { coach, id } = await sofia();
    const [fromRoster] = await squadRoster(handle.db, coach);
    const counter = countQueries(handle);
    const row = await rosterRow(handle.db, coach, id);
    const queries = counter.count;
    expect(row).toEqual(fromRoster);
    const other = await squad(1, () => ({ days: [], rpe: 0 }));
    counter.reset();
    expect(await rosterRow(handle.db, other, id)).toBeNull();
    expect(counter.count).toBeLessThanOrEqual(queries);
    expect(await rosterRow(handle.db, coach, "not-a-uuid")).toBeNull();
  });
});
