import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { checkIns, jobRuns, suggestions, trainingSessions, users } from "@/db/schema";
import { cached } from "@/lib/cache";
import { cacheKeys } from "@/lib/cache/keys";
import { addDays, isoDate } from "@/lib/core/dates";
import { createKv } from "@/lib/kv";
import { seedContent } from "@/lib/seed";
import { createTestDatabase } from "@/scripts/test/databases";
import { runJob } from "./runner";

const NOW = new Date("2026-11-24T12:00:00Z");
const TODAY = isoDate(NOW);

const adapters = [
  { name: "pglite (in-memory)", open: () => openDatabase({ driver: "pglite" }) },
  {
    name: "postgres via pg (real server)",
    open: async () => openDatabase({ driver: "postgres", url: await createTestDatabase() }),
  },
];

describe.each(adapters)("scheduled analyses on $name", ({ open }) => {
  let handle: DbHandle;
  let active: string[];
  let inactive: string[];
  const memoryKv = () => createKv({ backend: "memory", prefix: `jobs-${randomUUID()}:` });

  const athlete = async (over: Partial<typeof users.$inferInsert> = {}) => {
    const [user] = await handle.db
      .insert(users)
      .values({ email: `${randomUUID()}@jobs.example`, name: "Runner", role: "athlete", lastActiveAt: NOW, ...over })
      .returning();
    return user!.id;
  };

  beforeAll(async () => {
    handle = await open();
    await migrateDatabase(handle);
    await seedContent(handle.db);
    active = [];
    // Five active athletes: three hard weeks (raising high_rpe and more), two that stopped training 10 days ago.
    for (let i = 0; i < 5; i++) {
      const id = await athlete({ timezone: i % 2 ? "Europe/London" : "America/New_York" });
      active.push(id);
      const days = i < 3 ? [0, 1, 2, 3, 5, 6] : [10, 12, 14];
      await handle.db.insert(trainingSessions).values(
        days.map((ago) => ({
          userId: id,
          date: addDays(TODAY, -ago),
          type: "max_velocity" as const,
          durationMin: 60,
          rpe: 9,
          mood: 3,
        })),
      );
    }
    // Never counted: a deactivated account, one idle for four months, and a coach.
    inactive = [
      await athlete({ active: false }),
      await athlete({ lastActiveAt: new Date(NOW.getTime() - 120 * 86_400_000) }),
    ];
    await handle.db
      .insert(users)
      .values({ email: `${randomUUID()}@jobs.example`, name: "Coach", role: "coach", lastActiveAt: NOW });
  });

  afterAll(async () => {
    await handle?.close();
  });

  const countFor = async (table: typeof suggestions | typeof checkIns, ids: string[]) =>
    (await handle.db.select({ n: sql<number>`count(*)::int` }).from(table).where(inArray(table.userId, ids)))[0]!.n;

  it("analyses every active athlete, skips inactive ones, and records the run", async () => {
    const report = await runJob(handle.db, "suggestions", { now: NOW, kv: memoryKv() });
    expect(report).toMatchObject({ task: "suggestions", processed: 5, succeeded: 5, errors: 0, done: true });
    expect(await countFor(suggestions, active)).toBeGreaterThanOrEqual(5);
    expect(await countFor(suggestions, inactive)).toBe(0);
    const [run] = await handle.db.select().from(jobRuns).where(eq(jobRuns.id, report.slice_id!));
    expect(run).toMatchObject({ status: "done", processed: 5, succeeded: 5, errors: 0, cursor: null });
    expect(run!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("writes nothing twice when run twice in a row", async () => {
    await runJob(handle.db, "comprehensive", { now: NOW, kv: memoryKv() });
    const before = { s: await countFor(suggestions, active), c: await countFor(checkIns, active) };
    await runJob(handle.db, "comprehensive", { now: NOW, kv: memoryKv() });
    expect({ s: await countFor(suggestions, active), c: await countFor(checkIns, active) }).toEqual(before);
    expect(before.c).toBeGreaterThan(0);
  });

  it("lets only one of two concurrent deliveries run, and writes nothing twice even without the lock", async () => {
    const kv = memoryKv();
    const [a, b] = await Promise.all([
      runJob(handle.db, "check-ins", { now: NOW, kv }),
      runJob(handle.db, "check-ins", { now: NOW, kv }),
    ]);
    expect([a.skipped, b.skipped].filter(Boolean)).toHaveLength(1);
    const count = await countFor(checkIns, active);
    // Two stores, two locks: both run at once, and the unique keys still keep one row each.
    await Promise.all([
      runJob(handle.db, "check-ins", { now: NOW, kv: memoryKv() }),
      runJob(handle.db, "check-ins", { now: NOW, kv: memoryKv() }),
    ]);
    expect(await countFor(checkIns, active)).toBe(count);
  });

  it("resumes from its cursor when the time budget runs out, handling each athlete exactly once", async () => {
    const kv = memoryKv();
    const reports = [];
    for (let call = 0; call < 10; call++) {
      const report = await runJob(handle.db, "patterns", { now: NOW, kv, budgetMs: 0, batchSize: 2 });
      reports.push(report);
      if (report.done) break;
    }
    expect(reports.length).toBeGreaterThan(2);
    expect(reports.slice(0, -1).every((r) => !r.done)).toBe(true);
    expect(reports.at(-1)?.done).toBe(true);
    expect(reports.reduce((total, r) => total + r.processed, 0)).toBe(5);
    const snapshots = await handle.db.execute(sql`select user_id from analysis_snapshots where kind = 'patterns'`);
    const ids = (snapshots as unknown as { rows: { user_id: string }[] }).rows.map((r) => r.user_id).sort();
    expect(ids).toEqual([...active].sort());
  });

  it("continues only the run a hand-off names: not one that finished, nor one a newer run replaced", async () => {
    const kv = memoryKv();
    const first = await runJob(handle.db, "goals", { now: NOW, kv, budgetMs: 0, batchSize: 2 });
    expect(first).toMatchObject({ done: false, run_id: expect.any(String) });
    const next = await runJob(handle.db, "goals", { now: NOW, kv, budgetMs: 0, batchSize: 2, runId: first.run_id! });
    expect(next).toMatchObject({ run_id: first.run_id, processed: 2 });
    expect(await runJob(handle.db, "goals", { now: NOW, kv, runId: randomUUID() })).toMatchObject({
      processed: 0,
      slice_id: null,
      skipped: "this run is not the task's current run",
    });
    const last = await runJob(handle.db, "goals", { now: NOW, kv, runId: first.run_id! });
    expect(last).toMatchObject({ run_id: first.run_id, done: true });
    expect(await runJob(handle.db, "goals", { now: NOW, kv, runId: first.run_id! })).toMatchObject({
      processed: 0,
      done: true,
      skipped: "this run has already finished",
    });
    const slices = await handle.db.select().from(jobRuns).where(eq(jobRuns.runId, first.run_id!));
    expect(slices.map((s) => s.processed).reduce((a, b) => a + b, 0)).toBe(5);
    // A scheduled call after a finished run starts a new one.
    const fresh = await runJob(handle.db, "goals", { now: NOW, kv });
    expect(fresh.run_id).not.toBe(first.run_id);
  });

  it("fills the hot keys once a run has finished, and not while it is partial", async () => {
    const kv = memoryKv();
    const partial = await runJob(handle.db, "drills", { now: NOW, kv, budgetMs: 0, batchSize: 2 });
    expect(partial).toMatchObject({ done: false, cache_warmed: 0 });
    const loaded = async () => "loaded from the database";
    expect(await cached(cacheKeys.recommendedDrills(active[0]!, 10), 60, loaded, kv)).toBe("loaded from the database");

    const warmKv = memoryKv();
    const finished = await runJob(handle.db, "drills", { now: NOW, kv: warmKv });
    expect(finished.done).toBe(true);
    // Three reads for each of the five athletes seen in the last day, and the mental exercise lists.
    expect(finished.cache_warmed).toBeGreaterThan(15);
    for (const id of active) {
      const drills = await cached(cacheKeys.recommendedDrills(id, 10), 60, loaded, warmKv);
      expect(drills).toMatchObject({ drills: expect.any(Array) });
      expect(await cached(cacheKeys.achievements(id, 365), 60, loaded, warmKv)).not.toBe("loaded from the database");
    }
    // Not an athlete seen in the last day: the deactivated account and the one idle for months.
    for (const id of inactive) {
      expect(await cached(cacheKeys.recommendedDrills(id, 10), 60, loaded, warmKv)).toBe("loaded from the database");
    }
  });

  it("counts an athlete whose analysis throws as an error, and the others still succeed", async () => {
    const broken = await athlete({ timezone: "Not/AZone" });
    await handle.db
      .insert(trainingSessions)
      .values({ userId: broken, date: TODAY, type: "tempo", durationMin: 30, rpe: 4 });
    const report = await runJob(handle.db, "suggestions", { now: NOW, kv: memoryKv() });
    expect(report).toMatchObject({ processed: 6, succeeded: 5, errors: 1, done: true });
    const [run] = await handle.db.select().from(jobRuns).where(eq(jobRuns.id, report.slice_id!));
    expect(run!.errorSamples[0]?.userId).toBe(broken);
    await handle.db.delete(users).where(eq(users.id, broken));
  });
});
