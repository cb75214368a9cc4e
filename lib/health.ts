import { type DbHandle, pingDatabase } from "@/db/client";
import { describeModel } from "@/lib/aria/model-choice";
import { type ModelHealth, probeModel } from "@/lib/aria/models";
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
  model: ModelHealth;
}

// First start on an empty embedded database migrates and seeds, which takes a few seconds.
const DB_READY_TIMEOUT_MS = 30_000;
const DB_PING_TIMEOUT_MS = 3_000;
/** The model is asked for a few tokens: a healthy one answers well within this. */
export const MODEL_PROBE_TIMEOUT_MS = 3_000;
/** A probe costs a request to a paid service: one answer serves every health check for a minute. */
export const MODEL_PROBE_TTL_MS = 60_000;

async function probe(work: () => Promise<void>): Promise<ComponentHealth> {
  const started = performance.now();
  try {
    await work();
    return { status: "ok", latency_ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { status: "down", error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The database down means Aria is down; the KV down only means degraded (requests are served uncached), and so does
 * the model (Aria answers with aria-local).
 */
export function overallStatus(
  db: Pick<ComponentHealth, "status">,
  kv: Pick<ComponentHealth, "status">,
  model: Pick<ComponentHealth, "status"> = { status: "ok" },
): HealthReport["status"] {
  if (db.status === "down") return "down";
  return kv.status === "down" || model.status === "down" ? "degraded" : "ok";
}

const cache = globalThis as unknown as { __ariaModelHealth?: { at: number; answer: Promise<ModelHealth> } };

/** The model's health, asked at most once a minute; concurrent checks share one probe. */
export function cachedModelHealth(
  probeOnce: () => Promise<ModelHealth> = () => probeModel(MODEL_PROBE_TIMEOUT_MS),
  now: () => number = Date.now,
): Promise<ModelHealth> {
  const held = cache.__ariaModelHealth;
  if (held && now() - held.at < MODEL_PROBE_TTL_MS) return held.answer;
  const answer = probeOnce().catch(
    (): ModelHealth => ({ status: "down", ...describeModel(), error: "the model could not be asked" }),
  );
  cache.__ariaModelHealth = { at: now(), answer };
  return answer;
}

/** Tests only: forget the cached model answer. */
export function forgetModelHealth(): void {
  cache.__ariaModelHealth = undefined;
}

export async function checkHealth(
  deps: { database?: () => Promise<DbHandle>; kv?: () => KvStore; model?: () => Promise<ModelHealth> } = {},
): Promise<HealthReport> {
  const database = deps.database ?? getDatabase;
  let driver: string | undefined;
  let backend: string | undefined;
  const [db, kv, model] = await Promise.all([
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
    (deps.model ?? cachedModelHealth)(),
  ]);
  return {
    status: overallStatus(db, kv, model),
    db: { ...db, driver },
    kv: { ...kv, backend },
    model,
  };
}
