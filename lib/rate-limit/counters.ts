import { env } from "@/lib/core/env";
import { withTimeout } from "@/lib/core/timeout";
import type { KvStore } from "@/lib/kv/types";

/** The few operations the limits need, served by the KV store or, while it is down, by this process. */
export interface Counters {
  /** Adds one to a fixed-window counter (the window opens with the first count) and returns the new count. */
  increment(key: string, windowSeconds: number): Promise<number>;
  /** The current count; 0 when the key is missing or its window has closed. */
  count(key: string): Promise<number>;
  /** Whole seconds until the key expires, at least 1 while it lives; 0 when it is missing. */
  secondsLeft(key: string): Promise<number>;
  /** Takes the key for `seconds` unless it is already taken; true when this call took it. */
  hold(key: string, seconds: number): Promise<boolean>;
  clear(...keys: string[]): Promise<void>;
}

/** The KV store, each call bounded by KV_TIMEOUT_MS so that a hanging store counts as a down one. */
export function kvCounters(kv: KvStore, timeoutMs = env().KV_TIMEOUT_MS): Counters {
  const bounded = <T>(work: Promise<T>) => withTimeout(work, timeoutMs, "kv");
  return {
    increment: (key, windowSeconds) => bounded(kv.increment(key, windowSeconds)),
    count: async (key) => Number((await bounded(kv.get<number>(key))) ?? 0),
    secondsLeft: async (key) => {
      const ttl = await bounded(kv.ttl(key));
      return ttl === -2 ? 0 : Math.max(1, ttl);
    },
    hold: (key, seconds) => bounded(kv.setIfAbsent(key, 1, seconds)),
    clear: async (...keys) => {
      await bounded(kv.delete(...keys));
    },
  };
}

/** Keys the in-process fallback holds at most: about 100 bytes each, so a few megabytes at worst. */
export const FALLBACK_MAX_KEYS = 20_000;

interface Slot {
  count: number;
  expiresAt: number;
}

/**
 * Counters in this process's memory, for the limits that must hold while the KV store is down. Bounded: when
 * full, expired keys go first and then the least recently used, so a flood of made-up keys cannot grow the
 * heap. Each server instance counts on its own, which is looser than the shared store but never unlimited.
 */
export class MemoryCounters implements Counters {
  readonly #slots = new Map<string, Slot>();

  constructor(readonly maxKeys = FALLBACK_MAX_KEYS) {}

  get size(): number {
    return this.#slots.size;
  }

  async increment(key: string, windowSeconds: number): Promise<number> {
    const slot = this.#live(key);
    if (slot) {
      slot.count += 1;
      return slot.count;
    }
    this.#put(key, { count: 1, expiresAt: Date.now() + windowSeconds * 1000 });
    return 1;
  }

  async count(key: string): Promise<number> {
    return this.#live(key)?.count ?? 0;
  }

  async secondsLeft(key: string): Promise<number> {
    const slot = this.#live(key);
    return slot ? Math.max(1, Math.ceil((slot.expiresAt - Date.now()) / 1000)) : 0;
  }

  async hold(key: string, seconds: number): Promise<boolean> {
    if (this.#live(key)) return false;
    this.#put(key, { count: 1, expiresAt: Date.now() + seconds * 1000 });
    return true;
  }

  async clear(...keys: string[]): Promise<void> {
    for (const key of keys) this.#slots.delete(key);
  }

  /** The slot unless it has expired; a read counts as a use, so it moves to the back of the eviction order. */
  #live(key: string): Slot | undefined {
    const slot = this.#slots.get(key);
    if (!slot) return undefined;
    this.#slots.delete(key);
    if (slot.expiresAt <= Date.now()) return undefined;
    this.#slots.set(key, slot);
    return slot;
  }

  #put(key: string, slot: Slot): void {
    if (this.#slots.size >= this.maxKeys) this.#makeRoom();
    this.#slots.set(key, slot);
  }

  #makeRoom(): void {
    const now = Date.now();
    for (const [key, slot] of this.#slots) if (slot.expiresAt <= now) this.#slots.delete(key);
    // Map order is use order (see #live): the first key is the least recently used.
    while (this.#slots.size >= this.maxKeys) {
      const oldest = this.#slots.keys().next().value;
      if (oldest === undefined) break;
      this.#slots.delete(oldest);
    }
  }
}

// On globalThis so that Next's hot reloads in development keep one fallback, not one per reload.
const holder = globalThis as unknown as { __ariaRateLimitFallback?: MemoryCounters };

/** The process's fallback counters. */
export function fallbackCounters(): MemoryCounters {
  holder.__ariaRateLimitFallback ??= new MemoryCounters();
  return holder.__ariaRateLimitFallback;
}
