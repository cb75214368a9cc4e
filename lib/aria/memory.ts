import { and, asc, desc, eq, gte } from "drizzle-orm";
import type { Database } from "@/db/client";
import { conversations, messages } from "@/db/schema";
import { errors } from "@/lib/core/errors";
import { logger } from "@/lib/core/logger";
import { uuidField } from "@/lib/core/validation";
import { getKv, type KvStore } from "@/lib/kv";

/**
 * Aria's memory (PRODUCT.md section 6): each conversation is a session id (UUID), the athlete's current one kept
 * in KV for 24 hours and every one in the `conversations` table. The prompt carries the last 5 messages of the
 * past 24 hours of that session.
 */

const SESSION_TTL_SECONDS = 24 * 60 * 60;
const MEMORY_MESSAGES = 5;
const MEMORY_WINDOW_MS = 24 * 60 * 60 * 1000;
const TITLE_LENGTH = 60;

const sessionKey = (userId: string) => `aria-session:${userId}`;

export type ConversationRow = typeof conversations.$inferSelect;
type MessageRow = typeof messages.$inferSelect;

async function kvGet(kv: KvStore, key: string): Promise<string | null> {
  try {
    return await kv.get<string>(key);
  } catch (error) {
    logger().warn({ err: (error as Error).message }, "aria: session lookup skipped, kv unavailable");
    return null;
  }
}

async function kvRemember(kv: KvStore, userId: string, conversationId: string): Promise<void> {
  try {
    await kv.set(sessionKey(userId), conversationId, { ttlSeconds: SESSION_TTL_SECONDS });
  } catch (error) {
    logger().warn({ err: (error as Error).message }, "aria: session not remembered, kv unavailable");
  }
}

/** The conversation with this id, if the user owns it: unknown → 404, another user's → 403. */
async function ownedConversation(db: Database, userId: string, id: string): Promise<ConversationRow> {
  if (!uuidField.safeParse(id).success) throw errors.notFound("conversation");
  const [row] = await db.select().from(conversations).where(eq(conversations.id, id)).limit(1);
  if (!row) throw errors.notFound("conversation");
  if (row.userId !== userId) throw errors.forbidden("You can only see your own conversations with Aria.");
  return row;
}

/**
 * The conversation a message goes to: the one asked for (which must be the user's; with `createIfMissing`, a new
 * UUID the client chose is created, as `useChat` ids are), else the user's current session from KV, else a new one.
 */
export async function resolveConversation(
  db: Database,
  userId: string,
  options: { sessionId?: string; createIfMissing?: boolean; title?: string; kv?: KvStore } = {},
): Promise<ConversationRow> {
  const kv = options.kv ?? getKv();
  const title = (options.title ?? "").trim().slice(0, TITLE_LENGTH) || "New conversation";
  let row: ConversationRow | undefined;
  if (options.sessionId) {
    try {
      row = await ownedConversation(db, userId, options.sessionId);
    } catch (error) {
      const unknown = (error as { code?: string }).code === "not_found";
      if (!(unknown && options.createIfMissing && uuidField.safeParse(options.sessionId).success)) throw error;
      [row] = await db
        .insert(conversations)
        .values({ id: options.sessionId, userId, title })
        .onConflictDoNothing()
        .returning();
      // Lost a race with another request creating it: read it back (and check the owner).
      row ??= await ownedConversation(db, userId, options.sessionId);
    }
  } else {
    const current = await kvGet(kv, sessionKey(userId));
    if (current) {
      const [found] = await db
        .select()
        .from(conversations)
        .where(and(eq(conversations.id, String(current)), eq(conversations.userId, userId)))
        .limit(1);
      row = found;
    }
    if (!row) [row] = await db.insert(conversations).values({ userId, title }).returning();
  }
  if (!row) throw new Error("no conversation");
  await kvRemember(kv, userId, row.id);
  return row;
}

export async function saveMessage(
  db: Database,
  conversationId: string,
  message: { role: "user" | "assistant"; content: string; parts?: unknown[] | null; model?: string | null },
  now: Date = new Date(),
): Promise<MessageRow> {
  const [row] = await db
    .insert(messages)
    .values({
      conversationId,
      role: message.role,
      content: message.content,
      parts: message.parts ?? null,
      model: message.model ?? null,
      createdAt: now,
    })
    .returning();
  await db.update(conversations).set({ updatedAt: now }).where(eq(conversations.id, conversationId));
  if (!row) throw new Error("insert returned no message");
  return row;
}

/** The last 5 messages of the past 24 hours, oldest first. */
export async function recentMessages(
  db: Database,
  conversationId: string,
  now: Date = new Date(),
): Promise<Pick<MessageRow, "role" | "content" | "createdAt">[]> {
  const rows = await db
    .select({ role: messages.role, content: messages.content, createdAt: messages.createdAt })
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, conversationId),
        gte(messages.createdAt, new Date(now.getTime() - MEMORY_WINDOW_MS)),
      ),
    )
    .orderBy(desc(messages.createdAt), desc(messages.id))
    .limit(MEMORY_MESSAGES);
  return rows.reverse();
}

interface ConversationDto {
  session_id: string;
  title: string;
  created_at: string;
  updated_at: string;
}

/** The athlete's conversations, the latest active first. */
export async function listConversations(db: Database, userId: string, limit = 50): Promise<ConversationDto[]> {
  const rows = await db
    .select()
    .from(conversations)
    .where(eq(conversations.userId, userId))
    .orderBy(desc(conversations.updatedAt), desc(conversations.createdAt))
    .limit(limit);
  return rows.map((row) => ({
    session_id: row.id,
    title: row.title,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  }));
}

interface MessageDto {
  role: MessageRow["role"];
  content: string;
  created_at: string;
  parts?: unknown[];
}

/** Every message of one of the user's conversations, oldest first (404 unknown, 403 another user's). */
export async function messagesOf(db: Database, userId: string, conversationId: string): Promise<MessageDto[]> {
  await ownedConversation(db, userId, conversationId);
  const rows = await db
    .select()
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.createdAt), asc(messages.id));
  return rows.map((row) => ({
    role: row.role,
    content: row.content,
    created_at: row.createdAt.toISOString(),
    ...(row.parts ? { parts: row.parts } : {}),
  }));
}
