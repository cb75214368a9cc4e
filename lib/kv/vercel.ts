import type { VercelKV } from "@vercel/kv";
import { encodeValue, INCREMENT_WITH_TTL_SCRIPT, redisMatch } from "./protocol";
import type { KvStore } from "./types";

/** Keys examined per SCAN request (a hint to the server); each page's matches go in one DEL. */
const SCAN_COUNT = 100;

/**
 * Vercel KV (the Upstash REST protocol) through @vercel/kv. Values are written as JSON text and read back
 * with JSON.parse, exactly like the Redis adapter. The client's own deserialization is off: it would turn
 * SCAN's keys into numbers or objects whenever they look like JSON.
 */
export class VercelKvStore implements KvStore {
  readonly backend = "vercel-kv";
  readonly #options: { url: string; token: string };
  readonly #prefix: string;
  #loading: Promise<VercelKV> | undefined;

  constructor({ url, token, prefix }: { url: string; token: string; prefix: string }) {
    this.#options = { url, token };
    this.#prefix = prefix;
  }

  async get<T = unknown>(key: string): Promise<T | null> {
    const kv = await this.#client();
    const raw = await kv.get<string>(this.#prefix + key);
    return raw === null ? null : (JSON.parse(raw) as T);
  }

  async set(key: string, value: unknown, options?: { ttlSeconds?: number }): Promise<void> {
    const kv = await this.#client();
    const ttl = options?.ttlSeconds;
    await kv.set(this.#prefix + key, encodeValue(value), ttl ? { ex: ttl } : undefined);
  }

  async setIfAbsent(key: string, value: unknown, ttlSeconds: number): Promise<boolean> {
    const kv = await this.#client();
    const reply = await kv.set(this.#prefix + key, encodeValue(value), { nx: true, ex: ttlSeconds });
    return reply === "OK";
  }

  async delete(...keys: string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const kv = await this.#client();
    return kv.del(...keys.map((key) => this.#prefix + key));
  }

  async deleteByPattern(pattern: string): Promise<number> {
    const kv = await this.#client();
    const match = redisMatch(this.#prefix, pattern);
    let cursor = "0";
    let removed = 0;
    do {
      const [next, keys] = await kv.scan(cursor, { match, count: SCAN_COUNT });
      cursor = String(next);
      if (keys.length > 0) removed += await kv.del(...keys);
    } while (cursor !== "0");
    return removed;
  }

  async increment(key: string, ttlSeconds?: number): Promise<number> {
    const kv = await this.#client();
    if (ttlSeconds === undefined) return kv.incr(this.#prefix + key);
    const reply = await kv.eval(INCREMENT_WITH_TTL_SCRIPT, [this.#prefix + key], [String(ttlSeconds)]);
    return Number(reply);
  }

  async ttl(key: string): Promise<number> {
    const kv = await this.#client();
    return kv.ttl(this.#prefix + key);
  }

  async expire(key: string, ttlSeconds: number): Promise<void> {
    const kv = await this.#client();
    await kv.expire(this.#prefix + key, ttlSeconds);
  }

  async listPush(key: string, ...values: unknown[]): Promise<number> {
    const kv = await this.#client();
    return kv.rpush(this.#prefix + key, ...values.map(encodeValue));
  }

  async listRange<T = unknown>(key: string, start: number, stop: number): Promise<T[]> {
    const kv = await this.#client();
    const items = await kv.lrange<string>(this.#prefix + key, start, stop);
    return items.map((item) => JSON.parse(item) as T);
  }

  async listTrim(key: string, start: number, stop: number): Promise<void> {
    const kv = await this.#client();
    await kv.ltrim(this.#prefix + key, start, stop);
  }

  async ping(): Promise<void> {
    const kv = await this.#client();
    await kv.ping();
  }

  /** Stateless HTTP: no connection to release. */
  async close(): Promise<void> {}

  /**
   * Imported on first use, not with this module: importing @vercel/kv writes to process.env, and its default
   * export is a Proxy that throws without KV_REST_API_* variables as soon as a CJS interop (Vitest's) inspects it.
   */
  #client(): Promise<VercelKV> {
    this.#loading ??= import("@vercel/kv").then(({ createClient }) =>
      createClient({
        ...this.#options,
        automaticDeserialization: false,
        // The default (5 retries, ~4 s of backoff) outlives any request that could still use the answer; one
        // retry still covers a stale keep-alive connection.
        retry: { retries: 1 },
      }),
    );
    return this.#loading;
  }
}
