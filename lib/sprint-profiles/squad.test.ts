import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { coachAthletes } from "@/db/schema";
import { SEASON_DAYS } from "@/lib/analysis/sprint-profile/reading";
import { addDays, todayIn } from "@/lib/core/dates";
import { testAccount } from "@/scripts/test/accounts";
import { countQueries } from "@/scripts/test/query-counter";
import type { SprintProfileInputBody } from "./schemas";
import { insertSprintProfiles } from "./service";
import { squadSprintProfiles } from "./squad";

/** {shorts}' "Kimberley" splits, and a quicker start (higher acceleration) over the same gates. */
const KIMBERLEY = { distances_m: [5, 10, 15, 20, 30, 40], times_s: [1.158, 1.893, 2.541, 3.149, 4.313, 5.444] };
const QUICKER = { ...KIMBERLEY, times_s: [1.09, 1.8, 2.44, 3.04, 4.2, 5.33] };

const today = todayIn("UTC");

function profile(date: string, splits = KIMBERLEY): SprintProfileInputBody {
  return { date, start: "standing", source: "manual", ...splits };
}

describe("squadSprintProfiles", () => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openDatabase({ driver: "pglite" });
    await migrateDatabase(handle);
  });
  afterAll(async () => {
    await handle.close();
  });

  it("gives each linked athlete's latest profile and reading, in two queries, and no one else's", async () => {
    const db = handle.db;
    const coach = await testAccount(db, "coach");
    const ada = await testAccount(db, "athlete", "Ada Quick");
    const ben = await testAccount(db, "athlete", "Ben Steady");
    const cal = await testAccount(db, "athlete", "Cal New");
    const stranger = await testAccount(db, "athlete", "Someone Else");
    await db.insert(coachAthletes).values([ada, ben, cal].map((a) => ({ coachId: coach.id, athleteId: a.id })));

    await insertSprintProfiles(db, ada.id, [
      // Before Ada's season: left out, so it never becomes the "since" of her reading.
      profile(addDays(today, -60 - SEASON_DAYS - 1), QUICKER),
      profile(addDays(today, -60)),
      profile(today, QUICKER),
    ]);
    await insertSprintProfiles(db, ben.id, [profile(addDays(today, -10))]);
    await insertSprintProfiles(db, stranger.id, [profile(today, QUICKER)]);

    const queries = countQueries(handle);
    const squad = await squadSprintProfiles(db, coach.id);
    expect(queries.count).toBe(2);

    expect(squad.map((a) => a.name)).toEqual(["Ada Quick", "Ben Steady", "Cal New"]);
    const [first, second, third] = squad;
    expect(first!.profiles.map((p) => p.date)).toEqual([today, addDays(today, -60)]);
    expect(first!.latest!.date).toBe(today);
    expect(first!.latest!.mac).toBeGreaterThan(first!.profiles[1]!.mac);
    expect(first!.reading!.since!.date).toBe(addDays(today, -60));
    expect(first!.reading!.mac!.direction).toBe("up");

    expect(second!.latest!.mss).toBeCloseTo(8.5911, 4);
    expect(second!.reading!.since).toBeNull();

    expect(third).toMatchObject({ profiles: [], latest: null, reading: null });
  });

  it("is empty for a coach with no athletes, in one query", async () => {
    const coach = await testAccount(handle.db, "coach");
    const queries = countQueries(handle);
    expect(await squadSprintProfiles(handle.db, coach.id)).toEqual([]);
    expect(queries.count).toBe(1);
  });
});
