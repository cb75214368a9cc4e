import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { accountForApiToken } from "@/lib/auth/tokens";
import { UsageError } from "@/scripts/bench/support/options";
import { createTestDatabase } from "@/scripts/test/databases";
import {
  type Clock,
  createUsers,
  OPERATIONS,
  parseLoadOptions,
  report,
  type Sample,
  simulate,
  summarize,
} from "./load";

/**
 * The load bench's parts that need no build: its options, and its users against a stand-in for the app (a tiny
 * HTTP server on loopback that answers like the API, and 503 once "Redis" has been stopped). Time is virtual: the
 * pauses move a counter, so the halves do not depend on how fast this machine is.
 */

let server: Server;
let baseUrl: string;
let outage = false;
const seen: { method: string; url: string; authorization?: string; type?: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({
      method: request.method ?? "",
      url: request.url ?? "",
      authorization: request.headers.authorization,
      type: request.headers["content-type"],
    });
    request.resume();
    request.on("end", () => {
      const status = outage ? 503 : request.method === "POST" ? 201 : 200;
      response.writeHead(status, { "content-type": "application/json" });
      response.end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Virtual time: each pause moves it on (by at least 1 ms, so that every loop advances). */
function virtualClock(): Clock {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms) => {
      now += Math.max(1, ms);
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe("load bench options", () => {
  it("default to 50 users for 60 s", () => {
    expect(parseLoadOptions([])).toMatchObject({ users: 50, seconds: 60, "think-ms": 200, seed: 1, "no-build": false });
  });

  it("change both, and refuse nonsense", () => {
    expect(parseLoadOptions(["--users", "200", "--seconds", "120"])).toMatchObject({ users: 200, seconds: 120 });
    expect(() => parseLoadOptions(["--users", "0"])).toThrow(UsageError);
    expect(() => parseLoadOptions(["--seconds", "1"])).toThrow(UsageError);
    expect(() => parseLoadOptions(["--redis", "off"])).toThrow(UsageError);
  });
});

describe("the simulated users", () => {
  it("use the API until the time is up, stop Redis once at half time, and split the requests there", async () => {
    outage = false;
    seen.length = 0;
    let stops = 0;
    const run = await simulate({
      baseUrl,
      users: [{ token: "aria_u1" }, { token: "aria_u2" }, { token: "aria_u3" }],
      durationMs: 4_000,
      thinkMs: 100,
      seed: 7,
      clock: virtualClock(),
      atHalfTime: async () => {
        stops++;
        outage = true;
      },
    });
    expect(stops).toBe(1);
    expect(run.stop?.atMs).toBeGreaterThanOrEqual(2_000);
    const before = run.samples.filter((s) => s.phase === "before");
    const after = run.samples.filter((s) => s.phase === "after");
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(before.some((s) => s.outcome === 200 || s.outcome === 201)).toBe(true);
    // A request that started before the stop may still meet it; one that started after always does.
    expect(after.every((s) => s.outcome === 503)).toBe(true);

    expect(seen).toHaveLength(run.samples.length);
    expect(new Set(seen.map((r) => r.authorization))).toEqual(
      new Set(["Bearer aria_u1", "Bearer aria_u2", "Bearer aria_u3"]),
    );
    for (const request of seen.filter((r) => r.method === "POST")) expect(request.type).toBe("application/json");
    const paths = new Set(OPERATIONS.map((op) => op.path));
    for (const request of seen) expect(paths).toContain(request.url);
  });

  it("repeat their operations for a seed", async () => {
    const ops = async () => {
      outage = false;
      const run = await simulate({
        baseUrl,
        users: [{ token: "a" }],
        durationMs: 1_000,
        thinkMs: 50,
        seed: 3,
        clock: virtualClock(),
        atHalfTime: async () => {},
      });
      return run.samples.map((s) => s.op);
    };
    expect(await ops()).toEqual(await ops());
  });

  it("talk to loopback only", async () => {
    await expect(
      simulate({
        baseUrl: "https://aria.example",
        users: [],
        durationMs: 10,
        thinkMs: 0,
        seed: 1,
        atHalfTime: async () => {},
      }),
    ).rejects.toThrow(/loopback/);
  });
});

describe("the users' accounts", () => {
  it("are athletes with live API tokens on the app's PostgreSQL database", async () => {
    const url = await createTestDatabase("aria_load");
    const handle = await openDatabase({ driver: "postgres", url });
    try {
      await migrateDatabase(handle);
      const users = await createUsers(url, 3);
      expect(users).toHaveLength(3);
      for (const user of users) {
        expect(await accountForApiToken(handle.db, user.token)).toMatchObject({ role: "athlete" });
      }
    } finally {
      await handle.close();
    }
  });
});

describe("the report", () => {
  const sample = (phase: Sample["phase"], outcome: Sample["outcome"], ms: number): Sample => ({
    phase,
    op: OPERATIONS[0]!.label,
    outcome,
    ms,
  });

  it("counts errors by status and takes percentiles", () => {
    const samples = [
      ...Array.from({ length: 98 }, (_, i) => sample("after", 200, i + 1)),
      sample("after", 503, 500),
      sample("after", "timeout", 10_000),
    ];
    expect(summarize(samples, 10)).toEqual({
      requests: 100,
      perSecond: 10,
      succeeded: 98,
      errors: { "503": 1, timeout: 1 },
      p50: 50,
      p95: 95,
      p99: 500,
    });
  });

  it("sets the two halves side by side, with the ratio against the first", () => {
    const text = report(
      {
        durationMs: 10_000,
        stop: { atMs: 5_000, tookMs: 40 },
        samples: [
          sample("before", 200, 10),
          sample("before", 200, 10),
          sample("after", 200, 20),
          sample("after", 503, 30),
        ],
      },
      "load bench (test)",
    );
    expect(text).toContain("Redis stopped at 5.0 s (the stop took 40 ms)");
    expect(text).toMatch(/before the stop\s+2\s+0\.4\s+0\.0 %\s+none\s+10\.0 ms/);
    expect(text).toMatch(/after the stop\s+2\s+0\.4\s+50\.0 %\s+503×1/);
    expect(text).toMatch(/after ÷ before\s+1\.00×\s+1\.00×/);
  });
});
