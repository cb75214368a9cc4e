import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { conversations } from "@/db/schema";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { listConversations, recentMessages, resolveConversation, saveMessage } from "./memory";

let db: Database;
let userId: string;
beforeAll(async () => {
  db = await getDb();
  userId = (await testAccount(db, "athlete")).id;
});

const HOUR = 60 * 60 * 1000;

describe("recentMessages", () => {
  it("keeps the last 5 messages of the past 24 hours, oldest first", async () => {
    const now = new Date("2025-05-10T12:00:00Z");
    const [conversation] = await db.insert(conversations).values({ userId }).returning();
    for (let i = 1; i <= 7; i++) {
      await saveMessage(
        db,
        conversation!.id,
        { role: i % 2 ? "user" : "assistant", content: `message ${i}` },
        new Date(now.getTime() - (8 - i) * 60_000),
      );
    }
    const recent = await recentMessages(db, conversation!.id, now);
    // Of 7, the two oldest (1 and 2: the 6th- and 7th-newest) are left out.
    expect(recent.map((m) => m.content)).toEqual(["message 3", "message 4", "message 5", "message 6", "message 7"]);
    expect(recent.map((m) => m.createdAt.getTime())).toEqual(
      [...recent.map((m) => m.createdAt.getTime())].sort((a, b) => a - b),
    );
  });

  it("leaves out a message older than 24 hours", async () => {
    const now = new Date("2025-05-10T12:00:00Z");
    const [conversation] = await db.insert(conversations).values({ userId }).returning();
    await saveMessage(
      db,
      conversation!.id,
      { role: "user", content: "yesterday-ish" },
      new Date(now.getTime() - 25 * HOUR),
    );
    await saveMessage(
      db,
      conversation!.id,
      { role: "user", content: "this morning" },
      new Date(now.getTime() - 3 * HOUR),
    );
    await saveMessage(
      db,
      conversation!.id,
      { role: "assistant", content: "reply" },
      new Date(now.getTime() - 3 * HOUR + 1000),
    );
    expect((await recentMessages(db, conversation!.id, now)).map((m) => m.content)).toEqual(["this morning", "reply"]);
  });
});

describe("resolveConversation", () => {
  it("keeps the current session in KV and reuses it; a new UUID from the browser is created", async () => {
    const user = (await testAccount(db, "athlete")).id;
    const first = await resolveConversation(db, user, { title: "How was my week?" });
    expect(first.title).toBe("How was my week?");
    expect((await resolveConversation(db, user)).id).toBe(first.id);
    const chosen = crypto.randomUUID();
    expect((await resolveConversation(db, user, { sessionId: chosen, createIfMissing: true })).id).toBe(chosen);
    // The newly chosen one is now the current one.
    expect((await resolveConversation(db, user)).id).toBe(chosen);
    expect((await listConversations(db, user)).map((c) => c.session_id).sort()).toEqual([first.id, chosen].sort());
    await expect(resolveConversation(db, user, { sessionId: crypto.randomUUID() })).rejects.toMatchObject({
      code: "not_found",
    });
    const [row] = await db.select().from(conversations).where(eq(conversations.id, chosen));
    expect(row?.userId).toBe(user);
  });
});
