import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type Database, type DbHandle, openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { checkIns, notifications, suggestions, users } from "@/db/schema";
import { createLogger, setLoggerForTests } from "@/lib/core/logger";
import { createKv } from "@/lib/kv";
import type { KvStore } from "@/lib/kv/types";
import { dueCheckIns } from "@/lib/notifications/check-ins";
import { notificationFeed } from "@/lib/notifications/notifications";
import { MemoryCounters } from "@/lib/rate-limit/counters";
import { seed } from "@/lib/seed";
import { createTestDatabase } from "@/scripts/test/databases";
import { refreshOnOpen } from "./on-open";

// A fresh start at 08:00 in New York (Jordan's zone) on Tuesday 24 November: seeded, then opened at once.
const NOW = new Date("2026-11-24T13:00:00Z");
// 19:00 in New York the evening before, and 19:00 tonight.
const LAST_EVENING = "2026-11-24T00:00:00.000Z";
const TONIGHT = "2026-11-25T00:00:00.000Z";

const adapters = [
  { name: "pglite (in-memory)", open: () => openDatabase({ driver: "pglite" }) },
  {
    name: "postgres via pg (real server)",
    open: async () => openDatabase({ driver: "postgres", url: await createTestDatabase() }),
  },
];

const memoryKv = () => createKv({ backend: "memory", prefix: `on-open-${randomUUID()}:` });

/** A KV store that is down: every call fails, and the calls that reached it are counted. */
function downKv(): KvStore & { calls: number } {
  const store = memoryKv();
  const down = { calls: 0 } as KvStore & { calls: number };
  return new Proxy(down, {
    get(target, property) {
      if (property === "calls") return target.calls;
      if (property === "backend") return store.backend;
      return async () => {
        target.calls += 1;
        throw new Error("connection refused");
      };
    },
  });
}

describe.each(adapters)("refreshOnOpen on $name", ({ open }) => {
  let handle: DbHandle;
  const ids = new Map<string, string>();
  const athlete = (name: string) => ids.get(name)!;

  beforeAll(async () => {
    handle = await open();
    await migrateDatabase(handle);
    await seed(handle.db, { now: NOW });
    for (const row of await handle.db.select({ id: users.id, email: users.email }).from(users)) {
      ids.set(row.email.split("@")[0]!, row.id);
    }
  });

  afterEach(() => {
    setLoggerForTests(undefined);
    vi.restoreAllMocks();
  });

  afterAll(async () => {
    await handle?.close();
  });

  const rowsFor = async (userId: string) => {
    const count = async (table: typeof checkIns | typeof suggestions | typeof notifications) =>
      (await handle.db.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(table.userId, userId)))[0]!.n;
    return {
      checkIns: await count(checkIns),
      suggestions: await count(suggestions),
      notices: await count(notifications),
    };
  };

  it("shows Jordan last evening's injury check-in on a fresh morning start", async () => {
    const jordan = athlete("jordan");
    expect(await dueCheckIns(handle.db, jordan, NOW)).toEqual([]);

    expect((await refreshOnOpen(handle.db, memoryKv(), jordan, NOW)).outcome).toBe("ran");

    // Last evening's 19:00 and this morning's 07:00 have come; yesterday's morning prompt, already followed by
    // today's, is not caught up.
    const due = await dueCheckIns(handle.db, jordan, NOW);
    expect(due.map((c) => [c.type, c.scheduled_for])).toEqual([
      ["morning_motivation", "2026-11-24T12:00:00.000Z"],
      ["injury_status", LAST_EVENING],
    ]);
    // The notification feed lists it, by the same path a scheduled run's check-ins take.
    const feed = await notificationFeed(handle.db, jordan, NOW);
    expect(feed.check_ins.map((c) => c.type)).toContain("injury_status");
    // Tonight's is stored too, and is not due before 19:00.
    const tonight = await handle.db
      .select({ status: checkIns.status })
      .from(checkIns)
      .where(
        and(
          eq(checkIns.userId, jordan),
          eq(checkIns.type, "injury_status"),
          eq(checkIns.scheduledFor, new Date(TONIGHT)),
        ),
      );
    expect(tonight).toEqual([{ status: "scheduled" }]);
    // And his open suggestions are the ones the scheduled run would store: the injury warning first of all.
    const open = await handle.db
      .select({ type: suggestions.type })
      .from(suggestions)
      .where(and(eq(suggestions.userId, jordan), eq(suggestions.status, "open")));
    expect(open.map((s) => s.type)).toContain("injury_warning");
  });

  it("refreshes each athlete at most once an hour", async () => {
    const kv = memoryKv();
    const amara = athlete("amara");
    expect((await refreshOnOpen(handle.db, kv, amara, NOW)).outcome).toBe("ran");
    expect((await refreshOnOpen(handle.db, kv, amara, NOW)).outcome).toBe("recent");
    // Another athlete has an hour of their own.
    expect((await refreshOnOpen(handle.db, kv, athlete("leo"), NOW)).outcome).toBe("ran");
    const ttl = await kv.ttl(`on-open:${amara}`);
    expect(ttl).toBeGreaterThan(3_500);
    expect(ttl).toBeLessThanOrEqual(3_600);
    // When the hour is over (the key expires) the next open refreshes again.
    await kv.delete(`on-open:${amara}`);
    expect((await refreshOnOpen(handle.db, kv, amara, NOW)).outcome).toBe("ran");
  });

  it("keeps to once an hour in this process while the KV store is down, without asking it on every open", async () => {
    const kv = downKv();
    const inProcess = { fallback: new MemoryCounters() };
    const sofia = athlete("sofia");
    expect((await refreshOnOpen(handle.db, kv, sofia, NOW, inProcess)).outcome).toBe("ran");
    expect((await refreshOnOpen(handle.db, kv, sofia, NOW, inProcess)).outcome).toBe("recent");
    expect(kv.calls).toBe(1);
  });

  it("lets one of two concurrent opens run, and doubles nothing even when both run", async () => {
    const marcus = athlete("marcus");
    const kv = memoryKv();
    const outcomes = await Promise.all([
      refreshOnOpen(handle.db, kv, marcus, NOW),
      refreshOnOpen(handle.db, kv, marcus, NOW),
    ]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["ran", "recent"]);
    const once = await rowsFor(marcus);
    expect(once.checkIns).toBeGreaterThan(0);

    // Two server instances with stores of their own: both run at once, and the unique keys keep one row each.
    const priya = athlete("priya");
    const both = await Promise.all([
      refreshOnOpen(handle.db, memoryKv(), priya, NOW),
      refreshOnOpen(handle.db, memoryKv(), priya, NOW),
    ]);
    expect(both.map((o) => o.outcome)).toEqual(["ran", "ran"]);
    const afterBoth = await rowsFor(priya);
    await refreshOnOpen(handle.db, memoryKv(), priya, NOW);
    expect(await rowsFor(priya)).toEqual(afterBoth);
    await refreshOnOpen(handle.db, memoryKv(), marcus, NOW);
    expect(await rowsFor(marcus)).toEqual(once);
  });

  it("logs a failure and never throws", async () => {
    const lines: string[] = [];
    setLoggerForTests(createLogger({ level: "error", destination: { write: (line: string) => lines.push(line) } }));
    const broken = {} as Database;
    const result = await refreshOnOpen(broken, memoryKv(), randomUUID(), NOW);
    expect(result.outcome).toBe("failed");
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(["on-open refresh failed"]);
  });
});
