import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/db/client";
import { checkHealth } from "@/lib/health";
import { createKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";
import { type RunningServer, startRedis } from "@/scripts/test/servers";
import { testServerUrl } from "@/scripts/test/urls";
import { CACHE_TTL_SECONDS, cached, cacheKeys, invalidate } from "./index";
import { cacheStats } from "./stats";

const RUN = randomUUID();

/** The in-process store and the real Redis the global setup started (a suite without it fails, never skips). */
const backends = [
  { name: "memory", open: (prefix: string) => createKv({ backend: "memory", prefix }) },
  {
    name: "redis (real server)",
    open: (prefix: string) => createKv({ backend: "redis", url: testServerUrl("TEST_REDIS_URL"), prefix }),
  },
] as const;

/** Counting a hit or a miss never delays the request, so the figures land a moment after `cached()` returns. */
const statsOf = (kv: KvStore) => expect.poll(() => cacheStats(kv));

describe.each(backends)("cache on $name", ({ open }) => {
  const stores: KvStore[] = [];
  let count = 0;

  afterAll(async () => {
    for (const store of stores) {
      await store.deleteByPattern("*");
      await store.close();
    }
  });

  /** A store with a prefix of its own, so that tests and runs never see each other's keys or counters. */
  function fresh(): KvStore {
    count += 1;
    const store = open(`test:cache:${RUN}:${count}:`);
    stores.push(store);
    return store;
  }

  it("loads on a miss, serves the stored value on a hit, and counts one miss then one hit", async () => {
    const kv = fresh();
    const key = cacheKeys.recommendedDrills("athlete-1", 10);
    const loader = vi.fn(async () => ({ drills: [{ slug: "a-skip" }, { slug: "wickets" }] }));

    expect(await cacheStats(kv)).toEqual({ backend: kv.backend, hits: 0, misses: 0, hit_rate: null });
    expect(await cached(key, CACHE_TTL_SECONDS.recommendedDrills, loader, kv)).toEqual({
      drills: [{ slug: "a-skip" }, { slug: "wickets" }],
    });
    await statsOf(kv).toEqual({ backend: kv.backend, hits: 0, misses: 1, hit_rate: 0 });

    expect(await cached(key, CACHE_TTL_SECONDS.recommendedDrills, loader, kv)).toEqual({
      drills: [{ slug: "a-skip" }, { slug: "wickets" }],
    });
    expect(loader).toHaveBeenCalledTimes(1);
    await statsOf(kv).toEqual({ backend: kv.backend, hits: 1, misses: 1, hit_rate: 0.5 });

    await cached(key, CACHE_TTL_SECONDS.recommendedDrills, loader, kv);
    await statsOf(kv).toMatchObject({ hits: 2, misses: 1, hit_rate: 0.6667 });
  });

  it("never keeps a value loaded before an invalidation that landed while it was loading", async () => {
    const kv = fresh();
    const key = cacheKeys.progressAnalytics("athlete-race", "all", 365);
    let started = false;
    let finish: (value: string) => void = () => {};
    const slow = cached(
      key,
      600,
      () =>
        new Promise<string>((resolve) => {
          started = true;
          finish = resolve;
        }),
      kv,
    );
    while (!started) await new Promise((resolve) => setTimeout(resolve, 1));
    // A metric is written and committed while the slow read still holds the old rows.
    await invalidate.metricWritten("athlete-race", kv);
    finish("before the write");
    expect(await slow).toBe("before the write");
    expect(await cached(key, 600, async () => "after the write", kv)).toBe("after the write");
  });

  it("caches a loader that answers null, so an empty answer is not loaded again", async () => {
    const kv = fresh();
    const loader = vi.fn(async () => null);
    expect(await cached("achievements:athlete-1:365", 60, loader, kv)).toBeNull();
    expect(await cached("achievements:athlete-1:365", 60, loader, kv)).toBeNull();
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["recommended drills", cacheKeys.recommendedDrills("athlete-1", 10), CACHE_TTL_SECONDS.recommendedDrills],
    ["progress analytics", cacheKeys.progressAnalytics("athlete-1", "all", 365), CACHE_TTL_SECONDS.progressAnalytics],
    ["mental exercises", cacheKeys.mentalExercises("all"), CACHE_TTL_SECONDS.mentalExercises],
    ["achievements", cacheKeys.achievements("athlete-1", 365), CACHE_TTL_SECONDS.achievements],
  ])("stores %s with its TTL", async (_read, key, ttl) => {
    const kv = fresh();
    await cached(key, ttl, async () => ["value"], kv);
    const left = await kv.ttl(key);
    expect(left).toBeLessThanOrEqual(ttl);
    expect(left).toBeGreaterThanOrEqual(ttl - 2);
  });

  describe("invalidation", () => {
    const u = randomUUID();
    const v = randomUUID();
    /** An id that begins with u's, to show that u's patterns stop at the key's separator. */
    const uLonger = `${u}0`;

    const keysOf = (user: string) => [
      cacheKeys.recommendedDrills(user, 5),
      cacheKeys.recommendedDrills(user, 10),
      cacheKeys.progressAnalytics(user, "all", 365),
      cacheKeys.progressAnalytics(user, "100m", 30),
      cacheKeys.achievements(user, 365),
      cacheKeys.achievements(user, 30),
    ];
    const allKeys = [
      ...keysOf(u),
      ...keysOf(v),
      ...keysOf(uLonger),
      cacheKeys.mentalExercises("all"),
      cacheKeys.mentalExercises("breathing"),
    ];

    async function warmEveryKey(kv: KvStore): Promise<void> {
      for (const key of allKeys) await cached(key, 600, async () => `stored ${key}`, kv);
    }

    /** The keys that still answer from the cache (their loader is not called). */
    async function keysLeft(kv: KvStore): Promise<string[]> {
      const left: string[] = [];
      for (const key of allKeys) {
        let loaded = false;
        await cached(
          key,
          600,
          async () => {
            loaded = true;
            return `reloaded ${key}`;
          },
          kv,
        );
        if (!loaded) left.push(key);
      }
      return left;
    }

    it.each([
      [
        "sessionWritten clears the athlete's recommended drills and progress analytics",
        (kv: KvStore) => invalidate.sessionWritten(u, kv),
        [
          cacheKeys.recommendedDrills(u, 5),
          cacheKeys.recommendedDrills(u, 10),
          cacheKeys.progressAnalytics(u, "all", 365),
          cacheKeys.progressAnalytics(u, "100m", 30),
        ],
      ],
      [
        "metricWritten clears the athlete's progress analytics",
        (kv: KvStore) => invalidate.metricWritten(u, kv),
        [cacheKeys.progressAnalytics(u, "all", 365), cacheKeys.progressAnalytics(u, "100m", 30)],
      ],
      [
        "goalsChanged clears the athlete's achievements",
        (kv: KvStore) => invalidate.goalsChanged(u, kv),
        [cacheKeys.achievements(u, 365), cacheKeys.achievements(u, 30)],
      ],
      [
        "mentalExercisesChanged clears every mental exercise list",
        (kv: KvStore) => invalidate.mentalExercisesChanged(kv),
        [cacheKeys.mentalExercises("all"), cacheKeys.mentalExercises("breathing")],
      ],
    ])("%s, and nothing else", async (_name, clear, cleared) => {
      const kv = fresh();
      await warmEveryKey(kv);
      await clear(kv);
      expect(await keysLeft(kv)).toEqual(allKeys.filter((key) => !cleared.includes(key)));
    });

    it.each([
      ["a new session", cacheKeys.recommendedDrills(u, 10), (kv: KvStore) => invalidate.sessionWritten(u, kv)],
      ["a new session", cacheKeys.progressAnalytics(u, "all", 365), (kv: KvStore) => invalidate.sessionWritten(u, kv)],
      ["a new metric", cacheKeys.progressAnalytics(u, "all", 365), (kv: KvStore) => invalidate.metricWritten(u, kv)],
      ["a goal change", cacheKeys.achievements(u, 365), (kv: KvStore) => invalidate.goalsChanged(u, kv)],
      ["an exercise change", cacheKeys.mentalExercises("all"), (kv: KvStore) => invalidate.mentalExercisesChanged(kv)],
    ])("never serves %s's stale %s after the invalidation", async (_write, key, clear) => {
      const kv = fresh();
      let stored = "before the write";
      const fromDatabase = async () => stored;

      expect(await cached(key, 600, fromDatabase, kv)).toBe("before the write");
      stored = "after the write";
      // Without the invalidation the cache still answers the old value: the next assertion depends on it.
      expect(await cached(key, 600, fromDatabase, kv)).toBe("before the write");

      await clear(kv);
      expect(await cached(key, 600, fromDatabase, kv)).toBe("after the write");
      expect(await cached(key, 600, async () => "not loaded again", kv)).toBe("after the write");
    });
  });
});

describe("cache with a KV store that fails", () => {
  /** A store whose every call behaves the same way: never settles, or rejects. */
  function failingStore(call: () => Promise<never>): KvStore {
    return new Proxy({ backend: "redis" } as KvStore, {
      get: (target, property) => (property === "backend" ? target.backend : () => call()),
    });
  }

  const stores = [
    ["hangs", failingStore(() => new Promise<never>(() => {}))],
    ["rejects every call", failingStore(() => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:6379")))],
  ] as const;

  it.each(stores)("answers from the loader when the store %s", async (_behaviour, kv) => {
    const loader = vi.fn(async () => ({ metrics: [], summary: {} }));
    await expect(cached(cacheKeys.progressAnalytics("u", "all", 365), 60, loader, kv)).resolves.toEqual({
      metrics: [],
      summary: {},
    });
    await expect(cached(cacheKeys.progressAnalytics("u", "all", 365), 60, loader, kv)).resolves.toEqual({
      metrics: [],
      summary: {},
    });
    expect(loader).toHaveBeenCalledTimes(2);
  });

  it.each(stores)("invalidates without throwing when the store %s", async (_behaviour, kv) => {
    await expect(
      Promise.all([
        invalidate.sessionWritten("u", kv),
        invalidate.metricWritten("u", kv),
        invalidate.goalsChanged("u", kv),
        invalidate.mentalExercisesChanged(kv),
      ]),
    ).resolves.toHaveLength(4);
  });

  it("passes a loader's own failure through: the database being down is not the cache's to hide", async () => {
    const kv = failingStore(() => Promise.reject(new Error("kv down")));
    await expect(cached("k", 60, async () => Promise.reject(new Error("database unreachable")), kv)).rejects.toThrow(
      "database unreachable",
    );
  });
});

describe("cache when its Redis server stops mid-run", () => {
  let redis: RunningServer | undefined;
  let kv: KvStore | undefined;

  afterAll(async () => {
    await kv?.close();
    await redis?.stop();
  });

  it("answers from the loader, invalidates without throwing, and health says degraded", async () => {
    redis = await startRedis();
    kv = createKv({ backend: "redis", url: redis.url, prefix: `test:cache-outage:${RUN}:` });
    const store = kv;
    const key = cacheKeys.progressAnalytics("athlete-1", "all", 365);

    expect(await cached(key, 600, async () => "warm", store)).toBe("warm");
    expect(await cached(key, 600, async () => "not loaded", store)).toBe("warm");

    await redis.stop();

    expect(await cached(key, 600, async () => "from the database", store)).toBe("from the database");
    await expect(invalidate.sessionWritten("athlete-1", store)).resolves.toBeUndefined();
    await expect(invalidate.metricWritten("athlete-1", store)).resolves.toBeUndefined();
    await expect(invalidate.goalsChanged("athlete-1", store)).resolves.toBeUndefined();
    await expect(invalidate.mentalExercisesChanged(store)).resolves.toBeUndefined();
    await expect(cacheStats(store)).rejects.toThrow();

    const database = await openDatabase({ driver: "pglite" });
    try {
      const report = await checkHealth({ kv: () => store, database: async () => database });
      expect(report.status).toBe("degraded");
      expect(report.db.status).toBe("ok");
      expect(report.kv).toMatchObject({ status: "down", backend: "redis" });
    } finally {
      await database.close();
    }
  });
});
