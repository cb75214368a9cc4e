import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { coachAthletes, injuries, trainingSessions, users } from "@/db/schema";
import { addDays, isoDate } from "@/lib/core/dates";
import { countQueries } from "@/scripts/test/query-counter";
import { squadRoster } from "./roster";

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
});
