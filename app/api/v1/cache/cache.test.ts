import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cached } from "@/lib/cache";
import { getDb } from "@/lib/database";
import { getKv } from "@/lib/kv";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as stats from "./stats/route";

let token: string;

beforeAll(async () => {
  token = (await testAccount(await getDb(), "athlete")).token;
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function readStats() {
  const response = await callRoute(stats, "GET", { token });
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  return response.json();
}

describe("GET /api/v1/cache/stats", () => {
  it("reports the backend, the hits and misses counted so far, and the hit rate", async () => {
    const before = await readStats();
    expect(before).toMatchObject({ backend: "memory", status: "ok" });

    const key = `test:route:${randomUUID()}`;
    await cached(key, 60, async () => "loaded");
    await cached(key, 60, async () => "loaded");
    await cached(key, 60, async () => "loaded");

    await expect.poll(readStats).toEqual({
      backend: "memory",
      hits: before.hits + 2,
      misses: before.misses + 1,
      hit_rate: expect.any(Number),
      status: "ok",
    });
    const after = await readStats();
    expect(after.hit_rate).toBeCloseTo(after.hits / (after.hits + after.misses), 4);
  });

  it("answers 401 when signed out", async () => {
    const response = await callRoute(stats, "GET");
    expect(response.status).toBe(401);
    expect((await response.json()).error.code).toBe("unauthorized");
  });

  it.each([
    ["rejects", () => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:6379"))],
    ["never answers", () => new Promise<never>(() => {})],
  ])("answers 200 with unknown figures when the KV store %s", async (_behaviour, failure) => {
    vi.spyOn(getKv(), "get").mockImplementation(failure);
    expect(await readStats()).toEqual({
      backend: "memory",
      hits: null,
      misses: null,
      hit_rate: null,
      status: "unavailable",
    });
  });
});
