import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { mentalExercises } from "@/db/schema";
import { getDb } from "@/lib/database";
import { createKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";
import { CACHE_TTL_SECONDS, cached, cacheKeys } from "./index";
import { cacheStats } from "./stats";
import { WARM_DEFAULTS, type WarmLoaders, warmCache } from "./warm";

let db: Database;
let types: string[];

beforeAll(async () => {
  db = await getDb();
  const rows = await db.selectDistinct({ type: mentalExercises.type }).from(mentalExercises);
  types = rows.map((row) => row.type);
});

const store = () => createKv({ backend: "memory", prefix: `test:warm:${randomUUID()}:` });

/** Loaders that answer a value naming what they were asked, so a test can tell which call filled which key. */
function fakeLoaders(): WarmLoaders & Record<keyof WarmLoaders, ReturnType<typeof vi.fn>> {
  return {
    recommendedDrillsFor: vi.fn(async (_db: Database, userId: string, limit: number) => ({
      drills: [`drills for ${userId} (${limit})`],
    })),
    progressAnalytics: vi.fn(async (_db: Database, userId: string, type: string, days: number) => ({
      metrics: [`progress for ${userId} (${type}, ${days})`],
    })),
    achievementsFor: vi.fn(async (_db: Database, userId: string, days: number) => ({
      achievements: [`achievements for ${userId} (${days})`],
    })),
    listMentalExercises: vi.fn(async (_db: Database, type: string) => ({ exercises: [`exercises (${type})`] })),
  };
}

function hotKeys(userIds: string[]) {
  const d = WARM_DEFAULTS;
  return [
    ...["all", ...types].map((type) => ({
      key: cacheKeys.mentalExercises(type),
      ttl: CACHE_TTL_SECONDS.mentalExercises,
    })),
    ...userIds.flatMap((u) => [
      { key: cacheKeys.recommendedDrills(u, d.drillsLimit), ttl: CACHE_TTL_SECONDS.recommendedDrills },
      {
        key: cacheKeys.progressAnalytics(u, d.progressType, d.progressDays),
        ttl: CACHE_TTL_SECONDS.progressAnalytics,
      },
      { key: cacheKeys.achievements(u, d.achievementsDays), ttl: CACHE_TTL_SECONDS.achievements },
    ]),
  ];
}

describe("warmCache", () => {
  it("writes every hot key with its TTL, which cached() then serves as hits without loading", async () => {
    expect(types.length).toBeGreaterThan(1);
    const kv = store();
    const [a, b] = [randomUUID(), randomUUID()];
    const loaders = fakeLoaders();

    const result = await warmCache(db, [a, b, a], loaders, { kv });

    const expected = hotKeys([a, b]);
    expect(result).toEqual({ keys: expected.length, warmed: expected.length, failed: 0, kvUnavailable: false });
    for (const { key, ttl } of expected) {
      const left = await kv.ttl(key);
      expect(left, key).toBeLessThanOrEqual(ttl);
      expect(left, key).toBeGreaterThanOrEqual(ttl - 2);
    }
    expect(loaders.recommendedDrillsFor).toHaveBeenCalledWith(db, a, 10);
    expect(loaders.progressAnalytics).toHaveBeenCalledWith(db, a, "all", 365);
    expect(loaders.achievementsFor).toHaveBeenCalledWith(db, b, 365);
    expect(loaders.listMentalExercises).toHaveBeenCalledWith(db, "all");
    for (const type of types) expect(loaders.listMentalExercises).toHaveBeenCalledWith(db, type);

    const notLoaded = async () => {
      throw new Error("a warmed key must be a hit");
    };
    expect(await cached(cacheKeys.recommendedDrills(a, 10), 60, notLoaded, kv)).toEqual({
      drills: [`drills for ${a} (10)`],
    });
    expect(await cached(cacheKeys.progressAnalytics(b, "all", 365), 60, notLoaded, kv)).toEqual({
      metrics: [`progress for ${b} (all, 365)`],
    });
    expect(await cached(cacheKeys.mentalExercises("all"), 60, notLoaded, kv)).toEqual({
      exercises: ["exercises (all)"],
    });
    // Warming itself is neither a hit nor a miss: the figures describe what readers got.
    await expect.poll(() => cacheStats(kv)).toMatchObject({ hits: 3, misses: 0 });
  });

  it("overwrites a value cached before the analyses changed it", async () => {
    const kv = store();
    const athlete = randomUUID();
    const key = cacheKeys.achievements(athlete, 365);
    await cached(key, CACHE_TTL_SECONDS.achievements, async () => ({ achievements: ["before"] }), kv);

    await warmCache(db, [athlete], fakeLoaders(), { kv });

    expect(await cached(key, 60, async () => "not loaded", kv)).toEqual({
      achievements: [`achievements for ${athlete} (365)`],
    });
  });

  it("counts a failing loader and still warms every other key", async () => {
    const kv = store();
    const [ok, failing] = [randomUUID(), randomUUID()];
    const loaders = fakeLoaders();
    loaders.achievementsFor.mockImplementation(async (_db: Database, userId: string) => {
      if (userId === failing) throw new Error("query failed");
      return { achievements: [] };
    });

    const result = await warmCache(db, [ok, failing], loaders, { kv });

    const keys = hotKeys([ok, failing]);
    expect(result).toEqual({ keys: keys.length, warmed: keys.length - 1, failed: 1, kvUnavailable: false });
    for (const { key } of keys) {
      expect(await kv.get(key), key).toEqual(key === cacheKeys.achievements(failing, 365) ? null : expect.anything());
    }
  });

  it("loads at most `concurrency` keys at once", async () => {
    const kv = store();
    let running = 0;
    let most = 0;
    const slow = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
      return [];
    };
    const loaders: WarmLoaders = {
      recommendedDrillsFor: slow,
      progressAnalytics: slow,
      achievementsFor: slow,
      listMentalExercises: slow,
    };
    const athletes = Array.from({ length: 10 }, () => randomUUID());

    const result = await warmCache(db, athletes, loaders, { kv, concurrency: 3 });

    expect(result.warmed).toBe(hotKeys(athletes).length);
    expect(most).toBe(3);
  });

  it("never throws when the KV store hangs, and stops loading once it is clearly down", async () => {
    const hanging = new Proxy({ backend: "redis" } as KvStore, {
      get: (target, property) => (property === "backend" ? target.backend : () => new Promise(() => {})),
    });
    const loaders = fakeLoaders();
    const athletes = Array.from({ length: 20 }, () => randomUUID());

    const result = await warmCache(db, athletes, loaders, { kv: hanging, concurrency: 4 });

    const keys = hotKeys(athletes).length;
    expect(result).toEqual({ keys, warmed: 0, failed: keys, kvUnavailable: true });
    const loads = Object.values(loaders).reduce((sum, loader) => sum + loader.mock.calls.length, 0);
    expect(loads).toBeLessThan(keys);
  });

  it("never throws when the database fails, counting every key as failed", async () => {
    const kv = store();
    const brokenDb = {
      selectDistinct: () => ({ from: () => Promise.reject(new Error("database unreachable")) }),
    } as unknown as Database;
    const failing = async () => {
      throw new Error("database unreachable");
    };
    const loaders: WarmLoaders = {
      recommendedDrillsFor: failing,
      progressAnalytics: failing,
      achievementsFor: failing,
      listMentalExercises: failing,
    };

    const result = await warmCache(brokenDb, [randomUUID()], loaders, { kv });

    // Without the types only the "all" list is attempted, besides the athlete's three reads.
    expect(result).toEqual({ keys: 4, warmed: 0, failed: 4, kvUnavailable: false });
  });
});
