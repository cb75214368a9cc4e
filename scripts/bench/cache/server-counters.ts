import { existsSync, readFileSync, statSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import type { App } from "@/scripts/bench/support/app";
import { request } from "./http";
import type { Athlete } from "./population";

/**
 * What the server says about its own cache, read before and after each half of the load to check the client's
 * hit/miss count: its counters (GET /api/v1/cache/stats), and the KV failures it logs, which the client cannot see.
 */

export interface ServerStats {
  backend: string;
  hits: number | null;
  misses: number | null;
}

export async function serverStats(app: App, athlete: Athlete): Promise<ServerStats> {
  // Counting is fire-and-forget on the server: give the last increments a moment to land.
  await sleep(300);
  const answer = await request(app, "GET", "/api/v1/cache/stats", { token: athlete.token });
  if (answer.status !== 200) throw new Error(`cache stats answered ${answer.status}: ${answer.body}`);
  return JSON.parse(answer.body) as ServerStats;
}

/** What lib/cache logs when a KV call fails or times out (KV_TIMEOUT_MS). */
const KV_INCIDENTS = {
  readsUncached: "cache read skipped",
  writesSkipped: "cache write skipped",
  invalidationsFailed: "cache invalidation failed",
} as const;
export type KvIncidents = Record<keyof typeof KV_INCIDENTS, number>;

export const logSize = (file: string): number => (existsSync(file) ? statSync(file).size : 0);

/** Counts the cache's KV warnings in the server log written since `offset`. */
export function kvIncidents(file: string, offset: number): KvIncidents {
  const text = existsSync(file) ? readFileSync(file).subarray(offset).toString("utf8") : "";
  const counts: KvIncidents = { readsUncached: 0, writesSkipped: 0, invalidationsFailed: 0 };
  for (const line of text.split("\n")) {
    for (const [name, message] of Object.entries(KV_INCIDENTS) as [keyof KvIncidents, string][]) {
      if (line.includes(`"msg":"${message}`)) counts[name]++;
    }
  }
  return counts;
}
