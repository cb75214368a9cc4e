import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/core/env";
import { startUpstashRestHarness } from "../../scripts/test/harness/upstash-rest";
import { testServerUrl } from "../../scripts/test/urls";
import { createKv, type KvConfig, kvConfig } from "./index";
import { MemoryKv } from "./memory";
import type { KvStore } from "./types";

const RUN = randomUUID();

/** The real Redis the global setup started; without it the Redis-backed suites fail (never skip). */
const requireRedisUrl = () => testServerUrl("TEST_REDIS_URL");

interface Backend {
  config(prefix: string): KvConfig;
  stop(): Promise<void>;
}

const adapters: { name: string; start(): Promise<Backend> }[] = [
  {
    name: "memory",
    start: async () => ({ config: (prefix) => ({ backend: "memory", prefix }), stop: async () => undefined }),
  },
  {
    name: "redis (real server)",
    start: async () => {
      const url = requireRedisUrl();
      return { config: (prefix) => ({ backend: "redis", url, prefix }), stop: async () => undefined };
    },
  },
  {
    name: "vercel-kv (Upstash REST harness → real Redis)",
    start: async () => {
      const token = randomUUID();
      const harness = await startUpstashRestHarness({ redisUrl: requireRedisUrl(), token });
      return { config: (prefix) => ({ backend: "vercel-kv", url: harness.url, token, prefix }), stop: harness.close };
    },
  },
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Tuples with %s: "$name" would truncate the longer adapter names in the report.
describe.each(adapters.map((adapter) => [adapter.name, adapter] as const))("KV contract: %s", (_name, adapter) => {
  let backend: Backend | undefined;
  const stores: KvStore[] = [];
  let count = 0;

  beforeAll(async () => {
    backend = await adapter.start();
  });

  afterAll(async () => {
    for (const store of stores) {
      await store.deleteByPattern("*");
      await store.close();
    }
    await backend?.stop();
  });

  /** A fresh prefix per test, so that runs and tests never see each other's keys. */
  function freshPrefix(): string {
    count += 1;
    return `test:${RUN}:${count}:`;
  }

  function open(prefix = freshPrefix()): KvStore {
    if (!backend) throw new Error("the backend did not start");
    const store = createKv(backend.config(prefix));
    stores.push(store);
    return store;
  }

  it("returns null for a missing key", async () => {
    expect(await open().get("missing")).toBeNull();
  });

  it("round-trips JSON values with their types, strings that look like JSON staying strings", async () => {
    const kv = open();
    const values: Record<string, unknown> = {
      object: { name: "Aria", splits: [10.1, 9.9], nested: { ok: true, none: null } },
      array: [1, "2", { three: 3 }, null],
      integer: 42,
      zero: 0,
      negative: -1.5,
      yes: true,
      no: false,
      one: "1",
      null: "null",
      true: "true",
      empty: "",
      json: '{"a":1}',
      unicode: "héllo ✓ 🏃",
    };
    for (const [key, value] of Object.entries(values)) await kv.set(key, value);
    for (const [key, value] of Object.entries(values)) expect(await kv.get(key)).toStrictEqual(value);
  });

  it("shares no object references with its callers", async () => {
    const kv = open();
    const written = { laps: [1, 2] };
    await kv.set("session", written);
    written.laps.push(3);
    const read = await kv.get<{ laps: number[] }>("session");
    read?.laps.push(4);
    expect(await kv.get("session")).toStrictEqual({ laps: [1, 2] });
  });

  it("reports TTLs: seconds left, -1 without expiry, -2 when missing", async () => {
    const kv = open();
    await kv.set("cached", "x", { ttlSeconds: 10 });
    await kv.set("forever", "x");
    const ttl = await kv.ttl("cached");
    expect(ttl).toBeGreaterThanOrEqual(9);
    expect(ttl).toBeLessThanOrEqual(10);
    expect(await kv.ttl("forever")).toBe(-1);
    expect(await kv.ttl("missing")).toBe(-2);

    await kv.expire("forever", 30);
    expect(await kv.ttl("forever")).toBeGreaterThanOrEqual(29);
    await kv.set("cached", "y");
    expect(await kv.ttl("cached")).toBe(-1);
  });

  it("expires keys written with a TTL: set, setIfAbsent, increment and expire", async () => {
    const kv = open();
    await kv.set("cached", { a: 1 }, { ttlSeconds: 1 });
    expect(await kv.setIfAbsent("lock", "owner-1", 1)).toBe(true);
    expect(await kv.setIfAbsent("lock", "owner-2", 1)).toBe(false);
    expect(await kv.increment("counter", 1)).toBe(1);
    await kv.set("expiring", "x");
    await kv.expire("expiring", 1);
    await kv.set("kept", "x");

    await sleep(1_300);

    expect(await kv.get("cached")).toBeNull();
    expect(await kv.ttl("cached")).toBe(-2);
    expect(await kv.get("expiring")).toBeNull();
    expect(await kv.increment("counter", 1)).toBe(1);
    expect(await kv.setIfAbsent("lock", "owner-2", 1)).toBe(true);
    expect(await kv.get("lock")).toBe("owner-2");
    expect(await kv.get("kept")).toBe("x");
  });

  it("setIfAbsent sets only an absent key, with its expiry", async () => {
    const kv = open();
    expect(await kv.setIfAbsent("lock", { owner: 1 }, 60)).toBe(true);
    expect(await kv.setIfAbsent("lock", { owner: 2 }, 60)).toBe(false);
    expect(await kv.get("lock")).toStrictEqual({ owner: 1 });
    expect(await kv.ttl("lock")).toBeGreaterThan(0);
  });

  it("delete removes the given keys and counts only those that existed", async () => {
    const kv = open();
    await kv.set("a", 1);
    await kv.set("b", 2);
    expect(await kv.delete("a", "b", "missing")).toBe(2);
    expect(await kv.delete()).toBe(0);
    expect(await kv.get("a")).toBeNull();
  });

  it("deleteByPattern removes only the keys that match", async () => {
    const kv = open();
    for (const key of [
      "drills:recommended:42:5",
      "drills:recommended:42:10",
      "drills:recommended:43:5",
      "progress:42",
    ]) {
      await kv.set(key, key);
    }
    expect(await kv.deleteByPattern("drills:recommended:42:*")).toBe(2);
    expect(await kv.get("drills:recommended:42:5")).toBeNull();
    expect(await kv.get("drills:recommended:43:5")).toBe("drills:recommended:43:5");
    expect(await kv.get("progress:42")).toBe("progress:42");
    expect(await kv.deleteByPattern("nothing:*")).toBe(0);
  });

  it("deleteByPattern treats only * as a wildcard", async () => {
    const kv = open();
    await kv.set("a?c", 1);
    await kv.set("abc", 2);
    await kv.set("[ab]", 3);
    expect(await kv.deleteByPattern("a?c")).toBe(1);
    expect(await kv.deleteByPattern("[ab]")).toBe(1);
    expect(await kv.get("abc")).toBe(2);
  });

  it("deleteByPattern never reaches keys outside its prefix, even a prefix holding glob characters", async () => {
    const base = freshPrefix();
    const globby = open(`${base}a[1]*:`);
    // An unescaped MATCH for globby's "*" ("…a[1]*:*") would match this store's keys.
    const neighbour = open(`${base}a1-b:`);
    await globby.set("k", 1);
    await neighbour.set("k", 2);
    await neighbour.set("other", 3);

    expect(await globby.deleteByPattern("*")).toBe(1);
    expect(await neighbour.get("k")).toBe(2);
    expect(await neighbour.get("other")).toBe(3);
  });

  it("deleteByPattern removes every match across many SCAN pages", async () => {
    const kv = open();
    await Promise.all(Array.from({ length: 250 }, (_, i) => kv.set(`page:${i}`, i)));
    await kv.set("keep", true);
    expect(await kv.deleteByPattern("page:*")).toBe(250);
    expect(await kv.get("page:0")).toBeNull();
    expect(await kv.get("keep")).toBe(true);
  });

  it("increment creates a counter with the expiry and keeps that expiry on later increments", async () => {
    const kv = open();
    expect(await kv.increment("window", 100)).toBe(1);
    expect(await kv.increment("window", 1_000)).toBe(2);
    expect(await kv.ttl("window")).toBeLessThanOrEqual(100);
    expect(await kv.ttl("window")).toBeGreaterThanOrEqual(99);
    expect(await kv.get("window")).toBe(2);

    expect(await kv.increment("plain")).toBe(1);
    expect(await kv.ttl("plain")).toBe(-1);
  });

  it("increment is atomic under 50 concurrent calls", async () => {
    const kv = open();
    const results = await Promise.all(Array.from({ length: 50 }, () => kv.increment("hits", 60)));
    expect([...results].sort((a, b) => a - b)).toStrictEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(await kv.get("hits")).toBe(50);
  });

  it("increment rejects a value that is not an integer", async () => {
    const kv = open();
    await kv.set("name", "sprinter");
    await expect(kv.increment("name")).rejects.toThrow();
  });

  it("lists follow RPUSH, LRANGE and LTRIM semantics, negative and out-of-range indexes included", async () => {
    const kv = open();
    expect(await kv.listPush("laps", 1, "2", { three: 3 })).toBe(3);
    expect(await kv.listPush("laps", [4], null)).toBe(5);

    expect(await kv.listRange("laps", 0, -1)).toStrictEqual([1, "2", { three: 3 }, [4], null]);
    expect(await kv.listRange("laps", -2, -1)).toStrictEqual([[4], null]);
    expect(await kv.listRange("laps", 1, 2)).toStrictEqual(["2", { three: 3 }]);
    expect(await kv.listRange("laps", 3, 100)).toStrictEqual([[4], null]);
    expect(await kv.listRange("laps", -100, 0)).toStrictEqual([1]);
    expect(await kv.listRange("laps", 10, 20)).toStrictEqual([]);
    expect(await kv.listRange("laps", 2, 1)).toStrictEqual([]);
    expect(await kv.listRange("missing", 0, -1)).toStrictEqual([]);

    await kv.listTrim("laps", 1, -2);
    expect(await kv.listRange("laps", 0, -1)).toStrictEqual(["2", { three: 3 }, [4]]);
    await kv.listTrim("laps", -1, 100);
    expect(await kv.listRange("laps", 0, -1)).toStrictEqual([[4]]);
    await kv.listTrim("laps", 5, 10);
    expect(await kv.ttl("laps")).toBe(-2);
  });

  it("ping resolves", async () => {
    await expect(open().ping()).resolves.toBeUndefined();
  });
});

describe("choosing the backend from the environment", () => {
  it("prefers Vercel KV, then Redis, then the in-process store, with KV_PREFIX as the prefix", () => {
    const vercel = { KV_REST_API_URL: "https://kv.example.com", KV_REST_API_TOKEN: "secret" };
    const redis = { REDIS_URL: "redis://cache.example.com:6379" };
    expect(kvConfig(parseEnv({ ...vercel, ...redis }))).toStrictEqual({
      backend: "vercel-kv",
      url: "https://kv.example.com",
      token: "secret",
      prefix: "aria:",
    });
    expect(kvConfig(parseEnv({ ...redis, KV_PREFIX: "staging:" }))).toMatchObject({
      backend: "redis",
      url: "redis://cache.example.com:6379",
      prefix: "staging:",
    });
    expect(kvConfig(parseEnv({}))).toMatchObject({ backend: "memory", prefix: "aria:" });
  });
});

describe("memory adapter", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("sweeps expired keys that nobody reads again, and stops sweeping on close", async () => {
    vi.useFakeTimers();
    const kv = new MemoryKv({ prefix: "p:", sweepIntervalMs: 1_000 });
    await kv.set("short", 1, { ttlSeconds: 1 });
    await kv.set("long", 1, { ttlSeconds: 60 });
    await kv.set("forever", 1);
    expect(kv.size).toBe(3);

    vi.advanceTimersByTime(999);
    expect(kv.size).toBe(3);
    vi.advanceTimersByTime(1);
    expect(kv.size).toBe(2);

    await kv.close();
    expect(vi.getTimerCount()).toBe(0);
  });

  it("expires a key on read before any sweep", async () => {
    vi.useFakeTimers();
    const kv = new MemoryKv({ prefix: "p:", sweepIntervalMs: 60_000 });
    await kv.set("short", 1, { ttlSeconds: 1 });
    vi.setSystemTime(Date.now() + 1_500);
    expect(kv.size).toBe(1);
    expect(await kv.get("short")).toBeNull();
    expect(kv.size).toBe(0);
    await kv.close();
  });
});

describe("adapters against an unreachable server", () => {
  /** A port that was just free: opened, then closed, so nothing listens on it. */
  async function closedPort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    await new Promise((resolve) => server.close(resolve));
    if (address === null || typeof address === "string") throw new Error("no TCP port");
    return address.port;
  }

  it("redis rejects calls instead of hanging or crashing, and keeps rejecting on later calls", async () => {
    const kv = createKv({ backend: "redis", url: `redis://127.0.0.1:${await closedPort()}`, prefix: "p:" });
    await expect(kv.get("k")).rejects.toThrow();
    await expect(kv.increment("k", 10)).rejects.toThrow();
    await kv.close();
  });

  it("vercel-kv rejects calls instead of retrying for seconds", async () => {
    const kv = createKv({
      backend: "vercel-kv",
      url: `http://127.0.0.1:${await closedPort()}`,
      token: "t",
      prefix: "p:",
    });
    await expect(kv.get("k")).rejects.toThrow();
    await kv.close();
  });
});

describe("Upstash REST harness", () => {
  let harness: { url: string; close(): Promise<void> } | undefined;
  const token = randomUUID();

  beforeAll(async () => {
    harness = await startUpstashRestHarness({ redisUrl: requireRedisUrl(), token });
  });

  afterAll(async () => {
    await harness?.close();
  });

  async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${harness?.url}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

  it("answers 401 without the bearer token", async () => {
    const response = await fetch(`${harness?.url}/`, { method: "POST", body: JSON.stringify(["ping"]) });
    expect(response.status).toBe(401);
  });

  it("answers per-command results and errors, base64-encoding strings only when asked", async () => {
    const key = `test:${RUN}:harness`;
    const commands = [["set", key, "héllo", "ex", 60], ["get", key], ["incr", key], ["echo-nothing"]];
    const plain = await post("/pipeline", commands);
    expect(plain.status).toBe(200);
    expect(plain.body.slice(0, 2)).toStrictEqual([{ result: "OK" }, { result: "héllo" }]);
    expect(plain.body[2].error).toMatch(/not an integer/);
    expect(plain.body[3].error).toMatch(/unknown command/i);

    const encoded = await post("/", ["get", key], { "Upstash-Encoding": "base64" });
    expect(encoded).toStrictEqual({ status: 200, body: { result: Buffer.from("héllo").toString("base64") } });
    expect(
      await post("/multi-exec", [
        ["del", key],
        ["ttl", key],
      ]),
    ).toStrictEqual({
      status: 200,
      body: [{ result: 1 }, { result: -2 }],
    });
  });
});
