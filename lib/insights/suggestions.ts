import { and, desc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { notifications, suggestions } from "@/db/schema";
import { chunked, jsonRows } from "@/db/sql";
import type { Suggestion } from "@/lib/analysis/types";
import type { Priority } from "@/lib/domain";

/**
 * Stores generated suggestions for many athletes at once (a fixed number of statements, one transaction):
 * an open suggestion of the same type is refreshed, not repeated; an open one whose condition no longer holds is
 * closed; a type the athlete dismissed recently is not raised again unless it is critical; new critical and high
 * suggestions also become notifications.
 */

export const DISMISSAL_QUIET_HOURS = 72; // Aria: a dismissed warning stays quiet for three days unless critical.
const NOTIFY: Priority[] = ["critical", "high"];

export interface SuggestionBatch {
  userId: string;
  suggestions: readonly Suggestion[];
}

export type StoredSuggestion = typeof suggestions.$inferSelect;

export function toSuggestionDto(row: StoredSuggestion) {
  return {
    id: row.id,
    type: row.type,
    priority: row.priority,
    title: row.title,
    message: row.message,
    evidence: row.evidence,
    status: row.status,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export async function storeSuggestions(
  db: Database,
  batch: readonly SuggestionBatch[],
  now = new Date(),
): Promise<Map<string, StoredSuggestion[]>> {
  const userIds = [...new Set(batch.map((b) => b.userId))];
  const stored = new Map<string, StoredSuggestion[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return stored;

  await db.transaction(async (tx) => {
    const quietSince = new Date(now.getTime() - DISMISSAL_QUIET_HOURS * 3_600_000);
    const dismissed = await tx
      .select({ userId: suggestions.userId, type: suggestions.type })
      .from(suggestions)
      .where(
        and(
          inArray(suggestions.userId, userIds),
          eq(suggestions.status, "dismissed"),
          gt(suggestions.resolvedAt, quietSince),
        ),
      );
    const quiet = new Set(dismissed.map((d) => `${d.userId}:${d.type}`));
    const rows = batch.flatMap(({ userId, suggestions: list }) =>
      list
        .filter((s) => s.priority === "critical" || !quiet.has(`${userId}:${s.type}`))
        .map((s) => ({
          userId,
          type: s.type,
          priority: s.priority,
          title: s.title,
          message: s.message,
          evidence: s.evidence,
          updatedAt: now,
        })),
    );

    const stillRaised: SQL = rows.length
      ? sql`(${suggestions.userId}, ${suggestions.type}) not in (select user_id, type from ${jsonRows(
          rows.map((r) => ({ user_id: r.userId, type: r.type })),
          "user_id uuid, type text",
        )})`
      : sql`true`;
    await tx
      .update(suggestions)
      .set({ status: "done", resolvedAt: now, updatedAt: now })
      .where(and(inArray(suggestions.userId, userIds), eq(suggestions.status, "open"), stillRaised));

    for (const chunk of chunked(rows)) {
      const upserted = await tx
        .insert(suggestions)
        .values(chunk)
        .onConflictDoUpdate({
          target: [suggestions.userId, suggestions.type],
          targetWhere: sql`${suggestions.status} = 'open'`,
          set: {
            priority: sql`excluded.priority`,
            title: sql`excluded.title`,
            message: sql`excluded.message`,
            evidence: sql`excluded.evidence`,
            updatedAt: sql`excluded.updated_at`,
          },
        })
        .returning();
      const urgent = upserted.filter((s) => NOTIFY.includes(s.priority));
      if (urgent.length > 0) {
        await tx
          .insert(notifications)
          .values(
            urgent.map((s) => ({
              userId: s.userId,
              kind: "suggestion" as const,
              title: s.title,
              body: s.message,
              link: "/dashboard",
              refId: s.id,
            })),
          )
          .onConflictDoNothing();
      }
    }
  });

  const open = await db
    .select()
    .from(suggestions)
    .where(and(inArray(suggestions.userId, userIds), eq(suggestions.status, "open")))
    .orderBy(desc(suggestions.updatedAt));
  for (const row of open) stored.get(row.userId)?.push(row);
  return stored;
}

const PRIORITY_ORDER: Record<Priority, number> = { critical: 0, high: 1, medium: 2, low: 3 };

export function byPriority(a: { priority: Priority; type: string }, b: { priority: Priority; type: string }) {
  return PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || a.type.localeCompare(b.type);
}

/** The athlete dismisses a suggestion or marks it done; it leaves the dashboard and stays as history. */
export async function setSuggestionStatus(
  db: Database,
  userId: string,
  id: string,
  status: "dismissed" | "done",
  now = new Date(),
): Promise<StoredSuggestion | undefined> {
  const [row] = await db
    .update(suggestions)
    .set({ status, resolvedAt: now, updatedAt: now })
    .where(and(eq(suggestions.id, id), eq(suggestions.userId, userId), eq(suggestions.status, "open")))
    .returning();
  return row;
}
