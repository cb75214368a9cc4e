import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/core/errors";
import { createKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";
import { MemoryCounters } from "./counters";
import {
  ACCOUNT_BACKOFF,
  backoffSeconds,
  beginCredentialAttempt,
  type CredentialAttempt,
  consumeRateLimit,
  enforceAddressLimit,
  type LimitStores,
  RATE_LIMITS,
  UNKNOWN_ADDRESS,
} from "./index";

/** A fresh store and fallback per test, so that no test sees another's counts. */
function stores(kv: KvStore = createKv({ backend: "memory", prefix: `test:${randomUUID()}:` })): Required<LimitStores> {
  return { kv, fallback: new MemoryCounters() };
}

function failingStore(call: () => Promise<never>): KvStore {
  return new Proxy({ backend: "redis" } as KvStore, {
    get: (target, property) => (property === "backend" ? target.backend : () => call()),
  });
}

const DOWN_STORES = [
  ["rejects every call", () => failingStore(() => Promise.reject(new Error("connect ECONNREFUSED 127.0.0.1:6379")))],
  ["hangs", () => failingStore(() => new Promise<never>(() => {}))],
] as const;

let addressCount = 0;
/** A different address per call: the attacker who rotates them. */
const rotatingAddress = () => {
  addressCount += 1;
  return `198.51.${(addressCount >> 8) & 255}.${addressCount & 255}`;
};

/** Guesses wrong passwords one after another; returns how many were let through to the password check. */
async function guess(times: number, email: string, s: LimitStores): Promise<{ checked: number; refused: number[] }> {
  let checked = 0;
  const refused: number[] = [];
  for (let i = 0; i < times; i++) {
    const attempt = await beginCredentialAttempt("signIn", email, rotatingAddress(), s);
    if (attempt.allowed) {
      checked += 1;
      await attempt.settle(false);
    } else refused.push(attempt.retryAfterSeconds);
  }
  return { checked, refused };
}

const admitted = (attempt: CredentialAttempt) => {
  if (!attempt.allowed) throw new Error(`refused, retry after ${attempt.retryAfterSeconds} s`);
  return attempt;
};

afterEach(() => {
  vi.useRealTimers();
});

describe("account back-off", () => {
  it("is free for the first attempts, then doubles from 1 s up to its cap", () => {
    const free = ACCOUNT_BACKOFF.freeAttempts;
    expect(Array.from({ length: free }, (_, i) => backoffSeconds(i + 1))).toEqual(Array(free).fill(0));
    expect([free + 1, free + 2, free + 3, free + 4].map(backoffSeconds)).toEqual([1, 2, 4, 8]);
    expect(backoffSeconds(free + 40)).toBe(ACCOUNT_BACKOFF.maxDelaySeconds);
  });

  it("stops 40 guesses on one account from 40 addresses, and lets the owner in once the hold expires", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const s = stores();
    const { checked, refused } = await guess(40, "victim@test.example", s);
    expect(checked).toBe(ACCOUNT_BACKOFF.freeAttempts + 1);
    expect(refused).toHaveLength(40 - checked);
    expect(refused.every((seconds) => seconds >= 1)).toBe(true);

    vi.setSystemTime(Date.now() + 1_000);
    const owner = admitted(await beginCredentialAttempt("signIn", "victim@test.example", rotatingAddress(), s));
    await owner.settle(true);

    // The success forgot the failures: the next wrong password is a free one again.
    expect((await guess(1, "victim@test.example", s)).checked).toBe(1);
  });

  it("spaces the attempts it lets through ever further apart", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const s = stores();
    await guess(ACCOUNT_BACKOFF.freeAttempts + 1, "spaced@test.example", s);
    for (const hold of [1, 2, 4, 8]) {
      const early = await beginCredentialAttempt("signIn", "spaced@test.example", rotatingAddress(), s);
      expect(early).toEqual({ allowed: false, retryAfterSeconds: hold });
      vi.setSystemTime(Date.now() + hold * 1000);
      await admitted(await beginCredentialAttempt("signIn", "spaced@test.example", rotatingAddress(), s)).settle(false);
    }
  });

  it("lets through no more than the free attempts and one more when the guesses arrive all at once", async () => {
    const s = stores();
    const attempts = await Promise.all(
      Array.from({ length: 40 }, () => beginCredentialAttempt("token", "burst@test.example", rotatingAddress(), s)),
    );
    expect(attempts.filter((attempt) => attempt.allowed)).toHaveLength(ACCOUNT_BACKOFF.freeAttempts + 1);
  });

  it("does not slow another account, and counts sign-in and token requests on the same account together", async () => {
    const s = stores();
    await guess(ACCOUNT_BACKOFF.freeAttempts + 1, "locked@test.example", s);
    expect((await beginCredentialAttempt("token", "locked@test.example", rotatingAddress(), s)).allowed).toBe(false);
    expect((await beginCredentialAttempt("signIn", "LOCKED@test.example", rotatingAddress(), s)).allowed).toBe(false);
    expect((await beginCredentialAttempt("signIn", "other@test.example", rotatingAddress(), s)).allowed).toBe(true);
  });
});

describe("per-address and deployment-wide budgets", () => {
  it("limits attempts from one address over many accounts", async () => {
    const s = stores();
    const { limit } = RATE_LIMITS.signIn;
    for (let i = 0; i < limit; i++) {
      await admitted(await beginCredentialAttempt("signIn", `user${i}@test.example`, "203.0.113.5", s)).settle(false);
    }
    const over = await beginCredentialAttempt("signIn", "fresh@test.example", "203.0.113.5", s);
    expect(over.allowed).toBe(false);
    expect(over.retryAfterSeconds).toBeGreaterThan(0);
    expect((await beginCredentialAttempt("signIn", "fresh@test.example", "203.0.113.6", s)).allowed).toBe(true);
  });

  it("counts nothing per address when the address is unknown, leaving the other budgets to hold", async () => {
    const s = stores();
    for (let i = 0; i < RATE_LIMITS.signIn.limit + 5; i++) {
      const attempt = admitted(await beginCredentialAttempt("signIn", `u${i}@test.example`, UNKNOWN_ADDRESS, s));
      await attempt.settle(true);
    }
  });

  it("pauses every password check once the deployment's failures reach their budget", async () => {
    const s = stores();
    const { limit } = RATE_LIMITS.credentialFailures;
    // Spread over accounts and addresses, as a password spray is.
    for (let i = 0; i < limit; i++) {
      await admitted(await beginCredentialAttempt("signIn", `spray${i}@test.example`, rotatingAddress(), s)).settle(
        false,
      );
    }
    const paused = await beginCredentialAttempt("token", "anyone@test.example", rotatingAddress(), s);
    expect(paused.allowed).toBe(false);
    expect(paused.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("shares one allowance among sign-ups with an unknown address, and skips sign-ins' per-address limit", async () => {
    const s = stores();
    for (let i = 0; i < RATE_LIMITS.register.limit; i++) await enforceAddressLimit("register", UNKNOWN_ADDRESS, s);
    await expect(enforceAddressLimit("register", UNKNOWN_ADDRESS, s)).rejects.toMatchObject({ code: "rate_limited" });
    await expect(enforceAddressLimit("register", "203.0.113.5", s)).resolves.toBeUndefined();
    for (let i = 0; i < RATE_LIMITS.signIn.limit + 1; i++) await enforceAddressLimit("signIn", UNKNOWN_ADDRESS, s);
  });
});

describe.each(DOWN_STORES)("when the KV store %s", (_behaviour, down) => {
  it("keeps limiting sign-ins per account in process", async () => {
    const s = stores(down());
    const { checked } = await guess(ACCOUNT_BACKOFF.freeAttempts + 3, "outage@test.example", s);
    expect(checked).toBe(ACCOUNT_BACKOFF.freeAttempts + 1);
  });

  it("keeps limiting sign-ups and token requests per address in process", async () => {
    const s = stores(down());
    for (let i = 0; i < RATE_LIMITS.register.limit; i++) await enforceAddressLimit("register", "203.0.113.7", s);
    const error = await enforceAddressLimit("register", "203.0.113.7", s).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "rate_limited" });
  });

  it("lets chat messages through: a cost guard fails open", async () => {
    const s = stores(down());
    for (let i = 0; i < RATE_LIMITS.chat.limit + 2; i++) {
      expect((await consumeRateLimit("chat", "user-1", s.kv, s.fallback)).allowed).toBe(true);
    }
  });
});

describe("after a KV outage", () => {
  it("counts in process while the store is down and goes back to it once it answers again", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const memory = createKv({ backend: "memory", prefix: `test:${randomUUID()}:` });
    let broken = true;
    const flaky = new Proxy(memory, {
      get: (target, property, receiver) => {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== "function") return value;
        return (...args: unknown[]) => (broken ? Promise.reject(new Error("down")) : value.apply(target, args));
      },
    });
    const s = stores(flaky);
    await enforceAddressLimit("register", "203.0.113.8", s);
    expect(await s.fallback.count("ratelimit:register:203.0.113.8")).toBe(1);

    broken = false;
    vi.setSystemTime(Date.now() + 10_000);
    await enforceAddressLimit("register", "203.0.113.8", s);
    expect(await memory.get("ratelimit:register:203.0.113.8")).toBe(1);
  });
});

describe("in-process fallback counters", () => {
  it("hold no more keys than their bound, dropping the least recently used first", async () => {
    const counters = new MemoryCounters(3);
    await counters.increment("a", 60);
    await counters.increment("b", 60);
    await counters.increment("c", 60);
    await counters.increment("a", 60);
    await counters.increment("d", 60);
    expect(counters.size).toBe(3);
    expect(await counters.count("b")).toBe(0);
    expect(await counters.count("a")).toBe(2);
    for (let i = 0; i < 100; i++) await counters.increment(`flood-${i}`, 60);
    expect(counters.size).toBe(3);
  });

  it("forget a window once it closes", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const counters = new MemoryCounters();
    await counters.increment("w", 10);
    expect(await counters.hold("h", 5)).toBe(true);
    expect(await counters.hold("h", 5)).toBe(false);
    expect(await counters.secondsLeft("h")).toBe(5);
    vi.setSystemTime(Date.now() + 10_000);
    expect(await counters.count("w")).toBe(0);
    expect(await counters.secondsLeft("h")).toBe(0);
    expect(await counters.hold("h", 5)).toBe(true);
  });
});
