import { type Env, env, selectedAdapters } from "@/lib/core/env";
import { MemoryKv } from "./memory";
import { RedisKv } from "./redis";
import type { KvBackend, KvStore } from "./types";
import { VercelKvStore } from "./vercel";

export type { KvBackend, KvStore } from "./types";

export interface KvConfig {
  backend: KvBackend;
  url?: string;
  token?: string;
  /** Prepended to every key and pattern, so that a deployment or a test run sees only its own keys. */
  prefix: string;
}

/** Builds a store; nothing connects until its first call. */
export function createKv(config: KvConfig): KvStore {
  const { backend, url, token, prefix } = config;
  switch (backend) {
    case "memory":
      return new MemoryKv({ prefix });
    case "redis":
      if (!url) throw new Error("The redis KV backend needs a url");
      return new RedisKv({ url, prefix });
    case "vercel-kv":
      if (!url || !token) throw new Error("The vercel-kv KV backend needs a url and a token");
      return new VercelKvStore({ url, token, prefix });
  }
}

// On globalThis so that Next's hot reloads in development reuse one store instead of leaking connections.
const holder = globalThis as unknown as { __ariaKv?: KvStore };

/** The application's store, built once from the environment. */
export function getKv(): KvStore {
  holder.__ariaKv ??= createKv(kvConfig(env()));
  return holder.__ariaKv;
}

/** Which backend an environment selects (lib/env.ts decides) and how to reach it. */
export function kvConfig(e: Env): KvConfig {
  const backend = selectedAdapters(e).kv;
  return {
    backend,
    url: backend === "vercel-kv" ? e.KV_REST_API_URL : e.REDIS_URL,
    token: e.KV_REST_API_TOKEN,
    prefix: e.KV_PREFIX,
  };
}
