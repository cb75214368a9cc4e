import "server-only";
import { z } from "zod";

/**
 * Every environment variable Aria reads, validated once. Nothing is read at import time, so that
 * `next build` can import any module without a configured environment.
 */

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const optionalUrl = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .pipe(z.url().optional())
  .optional();

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),

    // Database: the first one set wins (db/client.ts).
    POSTGRES_URL: optionalUrl,
    DATABASE_URL: optionalUrl,
    /** A directory, or "memory://" for a throwaway in-memory database (tests). */
    PGLITE_DIR: z.string().trim().default(".data/pglite"),

    // KV: Vercel KV (Upstash REST), then Redis, then the in-process store (lib/kv/index.ts).
    KV_REST_API_URL: optionalUrl,
    KV_REST_API_TOKEN: optionalString,
    REDIS_URL: optionalUrl,
    KV_PREFIX: z.string().default("aria:"),
    KV_TIMEOUT_MS: z.coerce.number().int().positive().max(10_000).default(250),

    // Language model: OpenAI (or any OpenAI-compatible server), else the built-in aria-local.
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalUrl,
    ARIA_MODEL: z.string().trim().default("gpt-4o-mini"),
    /** How long the remote model may take to send its first token before Aria answers with aria-local. */
    ARIA_MODEL_FIRST_TOKEN_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),

    // Auth.js
    AUTH_SECRET: optionalString,
    AUTH_TRUST_HOST: booleanFlag,
    /** The app's public URL (Auth.js reads it too); cookie-authenticated writes from it are same-site. */
    AUTH_URL: optionalUrl,
    AUTH_GITHUB_ID: optionalString,
    AUTH_GITHUB_SECRET: optionalString,
    AUTH_GOOGLE_ID: optionalString,
    AUTH_GOOGLE_SECRET: optionalString,

    // Scheduler
    CRON_SECRET: optionalString,
    /**
     * Where the app calls itself to hand an unfinished cron run on (lib/jobs/handoff.ts), e.g. https://aria.example.
     * Configured, never taken from a request's Host header. On Vercel the project's own hostnames stand in for it.
     */
    APP_URL: optionalUrl,
    /** Set by Vercel: the production hostname and this deployment's hostname, without a scheme. */
    VERCEL_PROJECT_PRODUCTION_URL: optionalString,
    VERCEL_URL: optionalString,

    // Client addresses for abuse limits (lib/rate-limit/client-address.ts). Vercel sets VERCEL=1 on its platform.
    VERCEL: booleanFlag,
    /** How many reverse proxies of your own stand in front of a self-hosted server; unset believes no header. */
    TRUSTED_PROXY_HOPS: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.coerce
        .number({ error: "must be a whole number" })
        .int("must be a whole number")
        .min(1, "must be 1 or more")
        .max(10, "must be 10 or fewer")
        .optional(),
    ),

    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.KV_REST_API_URL && !env.KV_REST_API_TOKEN) {
      ctx.addIssue({
        code: "custom",
        path: ["KV_REST_API_TOKEN"],
        message: "is required when KV_REST_API_URL is set",
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(`Invalid environment: ${issues.map((i) => `${i.variable} ${i.message}`).join("; ")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment (process.env by default); throws an EnvError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map((issue) => ({ variable: issue.path.join("."), message: issue.message })),
    );
  }
  return result.data;
}

const cache = globalThis as unknown as { __ariaEnv?: Env };

/** The validated process environment, parsed on first use. */
export function env(): Env {
  cache.__ariaEnv ??= parseEnv();
  return cache.__ariaEnv;
}

/** Which adapter each outside service uses under this environment. One place decides. */
export function selectedAdapters(e: Env = env()) {
  return {
    db: e.POSTGRES_URL ? "vercel-postgres" : e.DATABASE_URL ? "postgres" : "pglite",
    kv: e.KV_REST_API_URL ? "vercel-kv" : e.REDIS_URL ? "redis" : "memory",
    model: e.OPENAI_API_KEY || e.OPENAI_BASE_URL ? "openai" : "aria-local",
  } as const;
}
