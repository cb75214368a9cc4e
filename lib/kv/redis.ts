import { createClient } from "redis";
import { encodeValue, INCREMENT_WITH_TTL_SCRIPT, redisMatch } from "./protocol";
import type { KvStore } from "./types";

/** An unreachable server should fail a call in about a second, not after node-redis's default of five. */
const CONNECT_TIMEOUT_MS = 1_000;
/** Keys examined per SCAN round trip (a hint to the server); each page's matches go in one DEL. */
const SCAN_COUNT = 100;

/**
 * A Redis server over node-redis. It connects on first use and, after a failure or a dropped connection,
 * again on the next call: no background reconnect loop and no offline queue, so while the server is down
 * every call rejects promptly and the caller can fall back to the database.
 */
export class RedisKv implements KvStore {
  readonly backend = "redis";
  readonly #client: RedisClient;
  readonly #prefix: string;
  #connecting: Promise<unknown> | undefined;

  constructor({ url, prefix }: { url: string; prefix: string }) {
    this.#prefix = prefix;
    this.#client = redisClient(url);
    // An 'error' event without a listener would crash the process; the failing call already rejects with it.
    this.#client.on("error", () => undefined);
  }

  async get<T = unknown>(key: string): Promise<T | null> {
    const client = await this.#ready();
    const raw = await client.get(this.#prefix + key);
    return raw === null ? null : (JSON.parse(raw) as T);
  }

  async set(key: string, value: unknown, options?: { ttlSeconds?: number }): Promise<void> {
    const client = await this.#ready();
    const ttl = options?.ttlSeconds;
    await client.set(this.#prefix + key, encodeValue(value), ttl ? { expiration: { type: "EX", value: ttl } } : {});
  }

  async setIfAbsent(key: string, value: unknown, ttlSeconds: number): Promise<boolean> {
    const client = await this.#ready();
    const reply = await client.set(this.#prefix + key, encodeValue(value), {
      condition: "NX",
      expiration: { type: "EX", value: ttlSeconds },
    });
    return reply === "OK";
  }

  async delete(...keys: string[]): Promise<number> {
    if (keys.length === 0) return 0;
    const client = await this.#ready();
    return client.del(keys.map((key) => this.#prefix + key));
  }

  async deleteByPattern(pattern: string): Promise<number> {
    const client = await this.#ready();
    const match = redisMatch(this.#prefix, pattern);
    let cursor = "0";
    let removed = 0;
    do {
      const page = await client.scan(cursor, { MATCH: match, COUNT: SCAN_COUNT });
      cursor = page.cursor;
      if (page.keys.length > 0) removed += await client.del(page.keys);
    } while (cursor !== "0");
    return removed;
  }

  async increment(key: string, ttlSeconds?: number): Promise<number> {
    const client = await this.#ready();
    if (ttlSeconds === undefined) return client.incr(this.#prefix + key);
    const reply = await client.eval(INCREMENT_WITH_TTL_SCRIPT, {
      keys: [this.#prefix + key],
      arguments: [String(ttlSeconds)],
    });
    return Number(reply);
  }

  async ttl(key: string): Promise<number> {
    const client = await this.#ready();
    return client.ttl(this.#prefix + key);
  }

  async expire(key: string, ttlSeconds: number): Promise<void> {
    const client = await this.#ready();
    await client.expire(this.#prefix + key, ttlSeconds);
  }

  async listPush(key: string, ...values: unknown[]): Promise<number> {
    const client = await this.#ready();
    return client.rPush(this.#prefix + key, values.map(encodeValue));
  }

  async listRange<T = unknown>(key: string, start: number, stop: number): Promise<T[]> {
    const client = await this.#ready();
    const items = await client.lRange(this.#prefix + key, start, stop);
    return items.map((item) => JSON.parse(item) as T);
  }

  async listTrim(key: string, start: number, stop: number): Promise<void> {
    const client = await this.#ready();
    await client.lTrim(this.#prefix + key, start, stop);
  }

  async ping(): Promise<void> {
    const client = await this.#ready();
    await client.ping();
  }

  async close(): Promise<void> {
    await this.#connecting?.catch(() => undefined);
    if (this.#client.isOpen) await this.#client.close();
  }

  /** One connect at a time, shared by every call that arrives while it is under way. */
  async #ready(): Promise<RedisClient> {
    if (!this.#client.isOpen) {
      this.#connecting ??= this.#client.connect().finally(() => {
        this.#connecting = undefined;
      });
    }
    await this.#connecting;
    return this.#client;
  }
}

function redisClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: false },
  });
}

type RedisClient = ReturnType<typeof redisClient>;
