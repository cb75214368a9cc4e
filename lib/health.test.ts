import { beforeEach, describe, expect, it, vi } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { startOpenAiCompatibleHarness } from "@/scripts/test/harness/openai-compatible";
import type { ModelHealth } from "./aria/models";
import { probeModel } from "./aria/models";
import { cachedModelHealth, checkHealth, forgetModelHealth, MODEL_PROBE_TTL_MS, overallStatus } from "./health";
import { createKv } from "./kv";
import type { KvStore } from "./kv/types";

beforeEach(() => {
  forgetModelHealth();
});

describe("health", () => {
  it("is ok when the database and the KV answer", async () => {
    const handle = await openDatabase({ driver: "pglite" });
    try {
      const report = await checkHealth({
        database: async () => handle,
        kv: () => createKv({ backend: "memory", prefix: "h:" }),
      });
      expect(report).toMatchObject({
        status: "ok",
        db: { status: "ok", driver: "pglite" },
        kv: { status: "ok", backend: "memory" },
        model: { status: "ok", provider: "aria-local" },
      });
    } finally {
      await handle.close();
    }
  });

  it("is degraded when only the KV is down, and down when the database is", async () => {
    const handle = await openDatabase({ driver: "pglite" });
    const deadKv = {
      backend: "redis",
      ping: () => Promise.reject(new Error("connection refused")),
    } as unknown as KvStore;
    try {
      const degraded = await checkHealth({ database: async () => handle, kv: () => deadKv });
      expect(degraded.status).toBe("degraded");
      expect(degraded.kv).toMatchObject({ status: "down", backend: "redis", error: "connection refused" });

      const down = await checkHealth({
        database: () => Promise.reject(new Error("database unreachable")) as Promise<DbHandle>,
        kv: () => deadKv,
      });
      expect(down.status).toBe("down");
      expect(down.db).toMatchObject({ status: "down", error: "database unreachable" });
    } finally {
      await handle.close();
    }
  });

  it("treats a KV that never answers as down", async () => {
    const handle = await openDatabase({ driver: "pglite" });
    const hangingKv = { backend: "redis", ping: () => new Promise(() => {}) } as unknown as KvStore;
    try {
      const report = await checkHealth({ database: async () => handle, kv: () => hangingKv });
      expect(report.status).toBe("degraded");
      expect(report.kv.error).toMatch(/did not answer/);
    } finally {
      await handle.close();
    }
  });

  it("derives the overall status from the parts", () => {
    expect(overallStatus({ status: "ok" }, { status: "ok" })).toBe("ok");
    expect(overallStatus({ status: "ok" }, { status: "down" })).toBe("degraded");
    expect(overallStatus({ status: "down" }, { status: "ok" })).toBe("down");
    expect(overallStatus({ status: "ok" }, { status: "ok" }, { status: "down" })).toBe("degraded");
    expect(overallStatus({ status: "down" }, { status: "ok" }, { status: "down" })).toBe("down");
  });
});

describe("the model's health", () => {
  const ok: ModelHealth = { status: "ok", provider: "openai", model: "m", latency_ms: 40 };

  it("is asked, not assumed: a remote model that never answers is down, and Aria degraded", async () => {
    // The database is not the question here: a stand-in that answers its ping.
    const handle = { driver: "pglite", db: { execute: async () => ({ rows: [] }) } } as unknown as DbHandle;
    const harness = await startOpenAiCompatibleHarness({ mode: "hang" });
    try {
      const report = await checkHealth({
        database: async () => handle,
        kv: () => createKv({ backend: "memory", prefix: "h:" }),
        model: () => probeModel(50, { openai: { baseURL: harness.baseURL, model: "silent-model" } }),
      });
      expect(report.status).toBe("degraded");
      expect(report.model).toEqual({
        status: "down",
        provider: "openai",
        model: "silent-model",
        error: "no answer within 50 ms",
      });
    } finally {
      await harness.close();
    }
  });

  it("is asked at most once a minute, and concurrent checks share one probe", async () => {
    let clock = 1_000_000;
    const now = () => clock;
    const probe = vi.fn(async () => ok);
    await Promise.all([cachedModelHealth(probe, now), cachedModelHealth(probe, now)]);
    clock += MODEL_PROBE_TTL_MS - 1;
    expect(await cachedModelHealth(probe, now)).toEqual(ok);
    expect(probe).toHaveBeenCalledTimes(1);
    clock += 1;
    await cachedModelHealth(probe, now);
    expect(probe).toHaveBeenCalledTimes(2);
  });

  it("reports a probe that throws as down instead of failing the check", async () => {
    const answer = await cachedModelHealth(async () => {
      throw new Error("no provider");
    });
    expect(answer).toMatchObject({ status: "down", provider: "aria-local", error: "the model could not be asked" });
  });
});
