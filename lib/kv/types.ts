export type KvBackend = "memory" | "redis" | "vercel-kv";

export interface KvStore {
  readonly backend: KvBackend;
  /** JSON values in and out; null when missing or expired. */
  get<T = unknown>(key: string): Promise<T | null>;
  set(key: string, value: unknown, options?: { ttlSeconds?: number }): Promise<void>;
  /** Sets only when absent (for locks); true when this call set it. */
  setIfAbsent(key: string, value: unknown, ttlSeconds: number): Promise<boolean>;
  /** Number of keys removed. */
  delete(...keys: string[]): Promise<number>;
  /** Glob pattern with `*` (e.g. "drills:recommended:42:*"); removes every match, returns the count. */
  deleteByPattern(pattern: string): Promise<number>;
  /** Atomically increments an integer counter; when it creates the key it sets the expiry. Returns the new value. */
  increment(key: string, ttlSeconds?: number): Promise<number>;
  /** Seconds left to live; -1 no expiry; -2 missing. */
  ttl(key: string): Promise<number>;
  expire(key: string, ttlSeconds: number): Promise<void>;
  /** Appends JSON values to the right of a list. Returns the new length. */
  listPush(key: string, ...values: unknown[]): Promise<number>;
  /** Redis LRANGE semantics (inclusive, negative indexes from the end). */
  listRange<T = unknown>(key: string, start: number, stop: number): Promise<T[]>;
  /** Redis LTRIM semantics. */
  listTrim(key: string, start: number, stop: number): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
