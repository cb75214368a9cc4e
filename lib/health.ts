import { type DbHandle, pingDatabase } from "@/db/client";
import { describeModel } from "@/lib/aria/model-choice";
import { env } from "@/lib/core/env";
import { withTimeout } from "@/lib/core/timeout";
import { getDatabase } from "@/lib/database";
import { getKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";

/** GET /api/health: the database, the KV store and the model, each reported (API.md, Operations). */

interface ComponentHealth {
  status: "ok" | "down";
  latency_ms?: number;
  error?: string;
}

interface HealthReport {
  status: "ok" | "degraded" | "down";
  db: ComponentHealth & { driver?: string };
  kv: ComponentHealth & { backend?: string };
  model: { status: "ok"; provider: string; model: string };
}

// First start on an empty embedded database migrates and seeds, which takes a few seconds.
const DB_READY_TIMEOUT_MS = 30_000;
const DB_PING_TIMEOUT_MS = 3_000;

async function probe(work: () => Promise<void>): Promise<ComponentHealth> {
  const started = performance.now();
  try {
    await work();
    return { status: "ok", latency_ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: "down", error: error instanceof Error ? error.message : String(error) };
  }
}

/** The database down means Aria is down; the KV down only means degraded (requests are served uncached). */
export function overallStatus(db: ComponentHealth, kv: ComponentHealth): HealthReport["status"] {
  if (db.status === "down") return "down";
  return kv.status === "down" ? "degraded" : "ok";
}

export async function checkHealth(
  deps: { database?: () => Promise<DbHandle>; kv?: () => KvStore } = {},
): Promise<HealthReport> {
  const database = deps.database ?? getDatabase;
  let driver: string | undefined;
  let backend: string | undefined;
  const [db, kv] = await Promise.all([
    probe(async () => {
      const handle = await withTimeout(database(), DB_READY_TIMEOUT_MS, "database start");
      driver = handle.driver;
      await withTimeout(pingDatabase(handle.db), DB_PING_TIMEOUT_MS, "database");
    }),
    probe(async () => {
      const store = (deps.kv ?? getKv)();
      backend = store.backend;
      await withTimeout(store.ping(), env().KV_TIMEOUT_MS, "kv");
    }),
  ]);
  return {
    status: overallStatus(db, kv),
    db: { ...db, driver },
    kv: { ...kv, backend },
    model: { status: "ok", ...describeModel() },
  };
}
