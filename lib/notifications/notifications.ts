import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { notifications } from "@/db/schema";
import { dueCheckIns } from "./check-ins";
import type { NotificationResponse } from "./responses";
import type { MarkReadInput } from "./schemas";

/** The notification feed: check-ins due now, then what Aria raised (suggestions, achievements, coach notes). */

type NotificationRow = typeof notifications.$inferSelect;

const NOTIFICATIONS_SHOWN = 50;

function toNotificationDto(row: NotificationRow): NotificationResponse {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    read_at: row.readAt?.toISOString() ?? null,
    created_at: row.createdAt.toISOString(),
  };
}

async function unreadCount(db: Database, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** `unread` counts every unread notification, not only the 50 listed; due check-ins are listed on their own. */
export async function notificationFeed(db: Database, userId: string, now = new Date()) {
  const [checkIns, rows, unread] = await Promise.all([
    dueCheckIns(db, userId, now),
    db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, userId))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(NOTIFICATIONS_SHOWN),
    unreadCount(db, userId),
  ]);
  return { check_ins: checkIns, notifications: rows.map(toNotificationDto), unread };
}

/** Marks the given notifications (or all) as read in one statement; ids that are not the user's are ignored. */
export async function markNotificationsRead(db: Database, userId: string, input: MarkReadInput, now = new Date()) {
  if (input.ids?.length === 0) return { marked: 0, unread: await unreadCount(db, userId) };
  const marked = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        input.ids ? inArray(notifications.id, input.ids) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return { marked: marked.length, unread: await unreadCount(db, userId) };
}
