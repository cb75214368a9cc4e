import { and, desc, eq, gt, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { suggestions } from "@/db/schema";
import { anyUuid, jsonRows } from "@/db/sql";
import type { Suggestion } from "@/lib/analysis/types";
import type { Priority } from "@/lib/core/domain";
import type { SuggestionResponse } from "./responses";

/**
 * Stores generated suggestions for many athletes at once (a fixed number of statements, one transaction):
 * an open suggestion of the same type is refreshed, not repeated; an open one whose condition no longer holds is
 * closed; a type the athlete dismissed recently is not raised again unless it is critical; new critical and high
 * suggestions also become notifications.
 */

const DISMISSAL_QUIET_HOURS = 72; // Aria: a dismissed warning stays quiet for three days unless critical.
const NOTIFY: Priority[] = ["critical", "high"];

interface SuggestionBatch {
  userId: string;
  suggestions: readonly Suggestion[];
}

export type StoredSuggestion = typeof suggestions.$inferSelect;

export function toSuggestionDto(row: StoredSuggestion): SuggestionResponse {
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
  options: { readBack?: boolean } = {},
): Promise<Map<string, StoredSuggestion[]>> {
  const userIds = [...new Set(batch.map((b) => b.userId))];
  const stored = new Map<string, StoredSuggestion[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return stored;
  const at = now.toISOString();

  await db.transaction(async (tx) => {
    const quietSince = new Date(now.getTime() - DISMISSAL_QUIET_HOURS * 3_600_000);
    const dismissed = await tx
      .select({ userId: suggestions.userId, type: suggestions.type })
      .from(suggestions)
      .where(
        and(
          anyUuid(suggestions.userId, userIds),
          eq(suggestions.status, "dismissed"),
          gt(suggestions.resolvedAt, quietSince),
        ),
      );
    const quiet = new Set(dismissed.map((d) => `${d.userId}:${d.type}`));
    const rows = batch.flatMap(({ userId, suggestions: list }) =>
      list
        .filter((s) => s.priority === "critical" || !quiet.has(`${userId}:${s.type}`))
        .map((s) => ({
          user_id: userId,
          type: s.type,
          priority: s.priority,
          title: s.title,
          message: s.message,
          evidence: s.evidence,
        })),
    );

    const stillRaised: SQL = rows.length
      ? sql`(${suggestions.userId}, ${suggestions.type}) not in (select user_id, type from ${jsonRows(
          rows.map((r) => ({ user_id: r.user_id, type: r.type })),
          "user_id uuid, type text",
        )})`
      : sql`true`;
    await tx
      .update(suggestions)
      .set({ status: "done", resolvedAt: now, updatedAt: now })
      .where(and(anyUuid(suggestions.userId, userIds), eq(suggestions.status, "open"), stillRaised));
    if (rows.length === 0) return;

    // Refresh or raise, and tell the athlete of what is new and urgent, in one statement.
    await tx.execute(sql`
      with upserted as (
        insert into suggestions (user_id, type, priority, title, message, evidence, updated_at)
        select user_id, type, priority, title, message, evidence, ${at}::timestamptz
        from ${jsonRows(rows, "user_id uuid, type text, priority text, title text, message text, evidence jsonb")}
        on conflict (user_id, type) where status = 'open' do update
          set priority = excluded.priority, title = excluded.title, message = excluded.message,
              evidence = excluded.evidence, updated_at = excluded.updated_at
        returning id, user_id, priority, title, message)
      insert into notifications (user_id, kind, title, body, link, ref_id)
      select user_id, 'suggestion', title, message, '/dashboard', id from upserted
      where priority in (${sql.join(
        NOTIFY.map((p) => sql`${p}`),
        sql`, `,
      )})
      on conflict do nothing`);
  });

  if (options.readBack === false) return stored;
  const open = await db
    .select()
    .from(suggestions)
    .where(and(anyUuid(suggestions.userId, userIds), eq(suggestions.status, "open")))
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
