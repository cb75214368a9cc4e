import { type Read, WRITES, type Write } from "./endpoints";

/**
 * The client's model of which keys are cached, exact because no two operations on one athlete overlap (the method
 * in scripts/bench/cache.ts). A read of the shared mental exercises key that starts while its first load is still
 * running could be a hit or a miss: "unknown", left out of the figures.
 */

export type Prediction = "hit" | "miss" | "unknown";

export class CacheModel {
  readonly #cached = new Set<string>();
  readonly #loading = new Map<string, number>();

  static key(read: Read, athlete: number): string {
    return read === "mental" ? "mental" : `${read}:${athlete}`;
  }

  beforeRead(key: string): Prediction {
    if (this.#cached.has(key)) return "hit";
    const loading = this.#loading.get(key) ?? 0;
    this.#loading.set(key, loading + 1);
    return loading === 0 ? "miss" : "unknown";
  }

  afterRead(key: string, prediction: Prediction, ok: boolean): void {
    if (prediction !== "hit") this.#loading.set(key, (this.#loading.get(key) ?? 1) - 1);
    if (ok) this.#cached.add(key);
  }

  afterWrite(write: Write, athlete: number): void {
    for (const read of WRITES[write].invalidates) this.#cached.delete(CacheModel.key(read, athlete));
  }
}
