import { describe, expect, it } from "vitest";
import { type DbHandle, openDatabase } from "@/db/client";
import { checkHealth, overallStatus } from "./health";
import { createKv } from "./kv";
import type { KvStore } from "./kv/types";

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
  });
});
