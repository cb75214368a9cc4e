import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { trainingSessions, users } from "@/db/schema";
import { seedDemo } from "@/lib/seed";
import { DEMO_ATHLETES } from "@/lib/seed/demo";
import { listSprintProfiles } from "@/lib/sprint-profiles/service";

/** Seeding writes the history as of the instant it is given, or as of the moment it runs. */
describe("seedDemo", () => {
  let handle: DbHandle;

  const latestSession = async (email: string) => {
    const rows = await handle.db
      .select({ date: trainingSessions.date })
      .from(trainingSessions)
      .innerJoin(users, eq(users.id, trainingSessions.userId))
      .where(eq(users.email, email));
    return rows
      .map((r) => r.date)
      .sort()
      .at(-1);
  };

  beforeAll(async () => {
    handle = await openDatabase({ driver: "pglite" });
    await migrateDatabase(handle);
  });
  // Every row of the demo belongs to a user, so removing the users empties the database again.
  beforeEach(async () => {
    await handle.db.delete(users);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await handle.close();
  });

  it("anchors each athlete to their own date at the given instant, and seeds only once", async () => {
    // 13:30 UTC on 24 November: already the 25th in Sydney, still the 24th in London.
    const first = await seedDemo(handle.db, { now: new Date("2026-11-24T13:30:00Z") });
    expect(first.created).toBe(true);
    expect(first.rows).toBeGreaterThan(500);
    expect(await latestSession("amara@aria.example")).toBe("2026-11-25");
    expect(await latestSession("sofia@aria.example")).toBe("2026-11-24");
    // Each athlete's timed sprints went through the sprint profile service, which fitted them.
    for (const a of DEMO_ATHLETES) {
      const [user] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, a.email));
      const profiles = await listSprintProfiles(handle.db, user?.id ?? "", { limit: 10 });
      expect(profiles, a.name).toHaveLength(3);
      expect(profiles.every((p) => p.source === "manual" && p.mss > 7 && p.rse < 0.02 && p.fv !== null)).toBe(true);
    }
    const again = await seedDemo(handle.db, { now: new Date("2027-07-01T00:00:00Z") });
    expect(again).toEqual({ created: false, rows: 0 });
    expect(await latestSession("amara@aria.example")).toBe("2026-11-25");
  });

  it("seeds as of the moment it runs when no instant is given", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    // 23:30 UTC on 1 July: 09:30 on the 2nd in Sydney, 19:30 on the 1st in New York.
    vi.setSystemTime(new Date("2027-07-01T23:30:00Z"));
    expect((await seedDemo(handle.db)).created).toBe(true);
    expect(await latestSession("amara@aria.example")).toBe("2027-07-02");
    // Jordan's last session is the day before his own today.
    expect(await latestSession("jordan@aria.example")).toBe("2027-06-30");
  });
});
