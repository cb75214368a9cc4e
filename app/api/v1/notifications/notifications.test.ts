import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { checkIns, notifications } from "@/db/schema";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as read from "./read/route";
import * as feed from "./route";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

type Account = Awaited<ReturnType<typeof testAccount>>;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

async function notify(account: Account, count: number, readCount = 0) {
  const rows = Array.from({ length: count }, (_, i) => ({
    userId: account.id,
    kind: "suggestion" as const,
    title: `Note ${i}`,
    body: "Aria noticed something.",
    createdAt: hoursAgo(count - i),
    readAt: i < readCount ? hoursAgo(0) : null,
  }));
  return db.insert(notifications).values(rows).returning();
}

const unreadCount = async (userId: string) =>
  (
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
  )[0]!.n;

describe("GET /api/v1/notifications", () => {
  it("lists the check-ins due now, newest first, each with its question", async () => {
    const [athlete, other] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    const [, recovery] = await db
      .insert(checkIns)
      .values([
        { userId: athlete.id, type: "morning_motivation", scheduledFor: hoursAgo(3) },
        { userId: athlete.id, type: "recovery_check", scheduledFor: hoursAgo(1) },
        { userId: athlete.id, type: "injury_status", scheduledFor: hoursAgo(-2) },
        { userId: athlete.id, type: "weekly_review", scheduledFor: hoursAgo(5), status: "answered" },
        { userId: athlete.id, type: "weekly_review", scheduledFor: hoursAgo(24 * 8) },
        { userId: other.id, type: "morning_motivation", scheduledFor: hoursAgo(2) },
      ])
      .returning();
    const response = await callRoute(feed, "GET", { token: athlete.token });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.check_ins).toEqual([
      {
        id: recovery!.id,
        type: "recovery_check",
        status: "scheduled",
        scheduled_for: recovery!.scheduledFor.toISOString(),
        prompt: "Yesterday was a hard one (RPE 8+). How do your legs feel?",
        response: null,
        answered_at: null,
      },
      expect.objectContaining({ type: "morning_motivation", prompt: expect.stringMatching(/\?$/) }),
    ]);
  });

  it("lists the newest 50 notifications and counts every unread one", async () => {
    const athlete = await testAccount(db, "athlete");
    const rows = await notify(athlete, 55, 3);
    const body = await (await callRoute(feed, "GET", { token: athlete.token })).json();
    expect(body.notifications).toHaveLength(50);
    expect(body.notifications[0]).toEqual({
      id: rows[54]!.id,
      kind: "suggestion",
      title: "Note 54",
      body: "Aria noticed something.",
      link: null,
      read_at: null,
      created_at: rows[54]!.createdAt.toISOString(),
    });
    expect(body.notifications.at(-1).title).toBe("Note 5");
    expect(body.unread).toBe(52);
    expect(body.check_ins).toEqual([]);
  });

  it("answers a coach or a new athlete with an empty feed", async () => {
    const coach = await testAccount(db, "coach");
    const body = await (await callRoute(feed, "GET", { token: coach.token })).json();
    expect(body).toEqual({ check_ins: [], notifications: [], unread: 0 });
  });
});

describe("POST /api/v1/notifications/read", () => {
  it("marks the given notifications as read, ignoring other people's ids", async () => {
    const [athlete, other] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    const mine = await notify(athlete, 4);
    const theirs = await notify(other, 2);
    const response = await callRoute(read, "POST", {
      token: athlete.token,
      body: { ids: [mine[0]!.id, mine[1]!.id, theirs[0]!.id] },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ marked: 2, unread: 2 });
    expect(await unreadCount(other.id)).toBe(2);

    const feedBody = await (await callRoute(feed, "GET", { token: athlete.token })).json();
    const readIds = feedBody.notifications
      .filter((n: { read_at: string | null }) => n.read_at)
      .map((n: { id: string }) => n.id);
    expect(readIds.sort()).toEqual([mine[0]!.id, mine[1]!.id].sort());
  });

  it("marks all of the user's notifications when ids is omitted, and none for an empty list", async () => {
    const [athlete, other] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    await notify(athlete, 3);
    await notify(other, 1);
    const none = await callRoute(read, "POST", { token: athlete.token, body: { ids: [] } });
    expect(await none.json()).toEqual({ marked: 0, unread: 3 });
    const all = await callRoute(read, "POST", { token: athlete.token, body: {} });
    expect(await all.json()).toEqual({ marked: 3, unread: 0 });
    expect(await unreadCount(other.id)).toBe(1);
    expect(await (await callRoute(read, "POST", { token: athlete.token, body: {} })).json()).toEqual({
      marked: 0,
      unread: 0,
    });
  });

  for (const [field, body, message] of [
    ["ids", { ids: "all" }, "must be a list of notification ids"],
    ["ids.1", { ids: [randomUUID(), "nope"] }, "must be a valid id"],
    ["ids", { ids: Array.from({ length: 501 }, () => randomUUID()) }, "must have at most 500 ids"],
    ["body", [], 'must be a JSON object such as {} or {"ids": [...]}'],
  ] as [string, unknown, string][]) {
    it(`refuses a bad ${field} with a 400 that names it, and marks nothing`, async () => {
      const athlete = await testAccount(db, "athlete");
      await notify(athlete, 2);
      const response = await callRoute(read, "POST", { token: athlete.token, body });
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields[field]).toBe(message);
      expect(await unreadCount(athlete.id)).toBe(2);
    });
  }

  it("answers 400 to malformed JSON", async () => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(read, "POST", { token: athlete.token, rawBody: "{" });
    expect(response.status).toBe(400);
  });
});
