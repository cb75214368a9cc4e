import { encodeValue, patternRegExp } from "./protocol";
import type { KvStore } from "./types";

/** Values are JSON strings (lists: arrays of them) so that callers never share objects with the store. */
type Entry = { value: string | string[]; expiresAt: number | null };

const WRONG_TYPE = "WRONGTYPE Operation against a key holding the wrong kind of value";
const INTEGER_PATTERN = /^(0|-?[1-9]\d*)$/;

/**
 * The in-process store for development and tests without Redis. It mirrors Redis semantics (lazy expiry,
 * LRANGE/LTRIM index rules, INCR errors) so that code tested against it behaves the same in production.
 */
export class MemoryKv implements KvStore {
  readonly backend = "memory";
  readonly #entries = new Map<string, Entry>();
  readonly #prefix: string;
  readonly #sweeper: ReturnType<typeof setInterval>;

  constructor({ prefix, sweepIntervalMs = 30_000 }: { prefix: string; sweepIntervalMs?: number }) {
    this.#prefix = prefix;
    // Lazy expiry alone would keep keys nobody reads again; unref so the sweep never keeps a process alive.
    this.#sweeper = setInterval(() => this.#sweep(), sweepIntervalMs);
    this.#sweeper.unref();
  }

  /** Entries held, including expired ones not yet read or swept. */
  get size(): number {
    return this.#entries.size;
  }

  async get<T = unknown>(key: string): Promise<T | null> {
    const entry = this.#live(this.#prefix + key);
    if (!entry) return null;
    if (typeof entry.value !== "string") throw new Error(WRONG_TYPE);
    return JSON.parse(entry.value) as T;
  }

  async set(key: string, value: unknown, options?: { ttlSeconds?: number }): Promise<void> {
    this.#entries.set(this.#prefix + key, { value: encodeValue(value), expiresAt: expiresAt(options?.ttlSeconds) });
  }

  async setIfAbsent(key: string, value: unknown, ttlSeconds: number): Promise<boolean> {
    if (this.#live(this.#prefix + key)) return false;
    await this.set(key, value, { ttlSeconds });
    return true;
  }

  async delete(...keys: string[]): Promise<number> {
    let removed = 0;
    for (const key of keys) {
      if (this.#live(this.#prefix + key) && this.#entries.delete(this.#prefix + key)) removed++;
    }
    return removed;
  }

  async deleteByPattern(pattern: string): Promise<number> {
    const matcher = patternRegExp(this.#prefix, pattern);
    let removed = 0;
    for (const key of this.#entries.keys()) {
      if (matcher.test(key) && this.#live(key) && this.#entries.delete(key)) removed++;
    }
    return removed;
  }

  async increment(key: string, ttlSeconds?: number): Promise<number> {
    const entry = this.#live(this.#prefix + key);
    if (!entry) {
      this.#entries.set(this.#prefix + key, { value: "1", expiresAt: expiresAt(ttlSeconds) });
      return 1;
    }
    if (typeof entry.value !== "string") throw new Error(WRONG_TYPE);
    const next = INTEGER_PATTERN.test(entry.value) ? Number(entry.value) + 1 : Number.NaN;
    if (!Number.isSafeInteger(next)) throw new Error("ERR value is not an integer or out of range");
    entry.value = String(next);
    return next;
  }

  async ttl(key: string): Promise<number> {
    const entry = this.#live(this.#prefix + key);
    if (!entry) return -2;
    if (entry.expiresAt === null) return -1;
    return Math.round((entry.expiresAt - Date.now()) / 1000);
  }

  async expire(key: string, ttlSeconds: number): Promise<void> {
    const entry = this.#live(this.#prefix + key);
    if (!entry) return;
    // Redis deletes a key given a non-positive expiry.
    if (ttlSeconds <= 0) this.#entries.delete(this.#prefix + key);
    else entry.expiresAt = expiresAt(ttlSeconds);
  }

  async listPush(key: string, ...values: unknown[]): Promise<number> {
    if (values.length === 0) throw new Error("ERR wrong number of arguments for 'rpush' command");
    const encoded = values.map(encodeValue);
    const list = this.#list(this.#prefix + key);
    if (!list) {
      this.#entries.set(this.#prefix + key, { value: encoded, expiresAt: null });
      return encoded.length;
    }
    list.push(...encoded);
    return list.length;
  }

  async listRange<T = unknown>(key: string, start: number, stop: number): Promise<T[]> {
    const list = this.#list(this.#prefix + key) ?? [];
    const range = redisRange(list.length, start, stop);
    if (!range) return [];
    return list.slice(range[0], range[1] + 1).map((value) => JSON.parse(value) as T);
  }

  async listTrim(key: string, start: number, stop: number): Promise<void> {
    const list = this.#list(this.#prefix + key);
    if (!list) return;
    const range = redisRange(list.length, start, stop);
    // Redis never keeps an empty list: trimming everything removes the key.
    if (!range) this.#entries.delete(this.#prefix + key);
    else {
      list.splice(range[1] + 1);
      list.splice(0, range[0]);
    }
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    clearInterval(this.#sweeper);
    this.#entries.clear();
  }

  /** The entry unless it has expired, in which case it is removed now (Redis's lazy expiry). */
  #live(fullKey: string): Entry | undefined {
    const entry = this.#entries.get(fullKey);
    if (entry?.expiresAt != null && entry.expiresAt <= Date.now()) {
      this.#entries.delete(fullKey);
      return undefined;
    }
    return entry;
  }

  #list(fullKey: string): string[] | undefined {
    const entry = this.#live(fullKey);
    if (!entry) return undefined;
    if (!Array.isArray(entry.value)) throw new Error(WRONG_TYPE);
    return entry.value;
  }

  #sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt !== null && entry.expiresAt <= now) this.#entries.delete(key);
    }
  }
}

function expiresAt(ttlSeconds: number | undefined): number | null {
  return ttlSeconds ? Date.now() + ttlSeconds * 1000 : null;
}

/** Inclusive [from, to] as LRANGE and LTRIM resolve them, or null when the range is empty. */
function redisRange(length: number, start: number, stop: number): [number, number] | null {
  const from = Math.max(start < 0 ? start + length : start, 0);
  const to = Math.min(stop < 0 ? stop + length : stop, length - 1);
  return from > to || from >= length ? null : [from, to];
}
