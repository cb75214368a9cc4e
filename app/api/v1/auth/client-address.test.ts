import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { getDb } from "@/lib/database";
import { ACCOUNT_BACKOFF, RATE_LIMITS } from "@/lib/rate-limit";
import { TEST_PASSWORD, testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as register from "./register/route";
import * as token from "./token/route";

/**
 * The per-address limits as deployed three ways: behind one trusted proxy (vitest's own environment), with no
 * proxy configured, and on Vercel. The environment is re-read per call, so each test sets the deployment it plays.
 */
const deployment = vi.hoisted(() => ({ overrides: {} as Record<string, string | undefined> }));
vi.mock("@/lib/core/env", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/core/env")>();
  return { ...actual, env: () => actual.parseEnv({ ...process.env, ...deployment.overrides }) };
});

let db: Database;
beforeAll(async () => {
  db = await getDb();
});
afterEach(() => {
  deployment.overrides = {};
});

const registration = () => ({
  email: `rotating-${randomUUID()}@test.example`,
  password: TEST_PASSWORD,
  name: "Rotating Client",
  role: "athlete",
});

/** A forged X-Forwarded-For that names a new client on every call. */
let forged = 0;
const rotatedForwardedFor = () => {
  forged += 1;
  return { "x-forwarded-for": `203.0.${(forged >> 8) & 255}.${forged & 255}` };
};

async function registerRotating(times: number, extra: Record<string, string> = {}): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) {
    const headers = { ...rotatedForwardedFor(), ...extra };
    statuses.push((await callRoute(register, "POST", { body: registration(), headers })).status);
  }
  return statuses;
}

describe("with no trusted proxy configured", () => {
  it("believes no rotated X-Forwarded-For: every sign-up shares one allowance", async () => {
    deployment.overrides = { TRUSTED_PROXY_HOPS: undefined, VERCEL: undefined };
    const statuses = await registerRotating(RATE_LIMITS.register.limit + 3);
    expect(statuses.slice(0, RATE_LIMITS.register.limit)).toEqual(Array(RATE_LIMITS.register.limit).fill(201));
    expect(statuses.slice(RATE_LIMITS.register.limit)).toEqual([429, 429, 429]);
  });

  it("still stops password guesses on one account through the per-account budget", async () => {
    deployment.overrides = { TRUSTED_PROXY_HOPS: undefined, VERCEL: undefined };
    const victim = await testAccount(db, "athlete");
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) {
      const body = { email: victim.email, password: `guess-${i}-sprinter` };
      statuses.push((await callRoute(token, "POST", { body, headers: rotatedForwardedFor() })).status);
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(ACCOUNT_BACKOFF.freeAttempts + 1);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("behind one trusted proxy", () => {
  it("counts each address the proxy appended on its own, whatever the client wrote to the left of it", async () => {
    deployment.overrides = { TRUSTED_PROXY_HOPS: "1" };
    const limit = RATE_LIMITS.register.limit;
    const proxied = (client: string) => ({
      "x-forwarded-for": `${rotatedForwardedFor()["x-forwarded-for"]}, ${client}`,
    });
    for (let i = 0; i < limit; i++) {
      expect(
        (await callRoute(register, "POST", { body: registration(), headers: proxied("198.51.100.40") })).status,
      ).toBe(201);
    }
    expect(
      (await callRoute(register, "POST", { body: registration(), headers: proxied("198.51.100.40") })).status,
    ).toBe(429);
    expect(
      (await callRoute(register, "POST", { body: registration(), headers: proxied("198.51.100.41") })).status,
    ).toBe(201);
  });
});

describe("on Vercel", () => {
  it("counts by Vercel's own header and ignores a rotated X-Forwarded-For", async () => {
    deployment.overrides = { VERCEL: "1", TRUSTED_PROXY_HOPS: undefined };
    const statuses = await registerRotating(RATE_LIMITS.register.limit + 1, {
      "x-vercel-forwarded-for": "198.51.100.50",
    });
    expect(statuses.at(-1)).toBe(429);
    const elsewhere = { "x-vercel-forwarded-for": "198.51.100.51", ...rotatedForwardedFor() };
    expect((await callRoute(register, "POST", { body: registration(), headers: elsewhere })).status).toBe(201);
  });

  it("is not believed off Vercel", async () => {
    deployment.overrides = { TRUSTED_PROXY_HOPS: "1", VERCEL: undefined };
    const statuses = await registerRotating(RATE_LIMITS.register.limit + 1, {
      "x-vercel-forwarded-for": "198.51.100.60",
    });
    expect(statuses).toEqual(Array(RATE_LIMITS.register.limit + 1).fill(201));
  });
});
