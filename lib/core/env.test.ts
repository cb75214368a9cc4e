import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, selectedAdapters } from "@/lib/core/env";

describe("environment", () => {
  it("runs on embedded defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(selectedAdapters(env)).toEqual({ db: "pglite", kv: "memory", model: "aria-local" });
    expect(env.PGLITE_DIR).toBe(".data/pglite");
    expect(env.KV_TIMEOUT_MS).toBe(250);
  });

  it("prefers Vercel Postgres over DATABASE_URL, and Vercel KV over REDIS_URL", () => {
    const env = parseEnv({
      POSTGRES_URL: "postgres://u:p@neon.example/db",
      DATABASE_URL: "postgres://u:p@127.0.0.1/db",
      KV_REST_API_URL: "https://kv.example",
      KV_REST_API_TOKEN: "t",
      REDIS_URL: "redis://127.0.0.1:6379",
    });
    expect(selectedAdapters(env)).toMatchObject({ db: "vercel-postgres", kv: "vercel-kv" });
  });

  it("selects the self-hosted adapters and an OpenAI-compatible server", () => {
    const env = parseEnv({
      DATABASE_URL: "postgres://u:p@127.0.0.1/db",
      REDIS_URL: "redis://127.0.0.1:6379",
      OPENAI_BASE_URL: "http://127.0.0.1:8000/v1",
    });
    expect(selectedAdapters(env)).toEqual({ db: "postgres", kv: "redis", model: "openai" });
  });

  it("treats empty strings as unset", () => {
    expect(selectedAdapters(parseEnv({ DATABASE_URL: "", REDIS_URL: " ", OPENAI_API_KEY: "" }))).toEqual({
      db: "pglite",
      kv: "memory",
      model: "aria-local",
    });
  });

  it("names each bad variable", () => {
    try {
      parseEnv({ DATABASE_URL: "not a url", KV_REST_API_URL: "https://kv.example", KV_TIMEOUT_MS: "-5" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const variables = (error as EnvError).issues.map((i) => i.variable).sort();
      expect(variables).toEqual(["DATABASE_URL", "KV_REST_API_TOKEN", "KV_TIMEOUT_MS"]);
    }
  });
});
