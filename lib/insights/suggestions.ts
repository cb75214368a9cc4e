import { and, desc, eq, inArray, isNotNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { suggestions, users } from "@/db/schema";
import { anyUuid, jsonRows } from "@/db/sql";
import { afterClosed, type ClosedSuggestion, evidenceKey } from "@/lib/analysis/evidence-key";
import type { Suggestion } from "@/lib/analysis/types";
import { todayIn } from "@/lib/core/dates";
import type { Priority } from "@/lib/core/domain";
import type { SuggestionResponse } from "./responses";

/**
 * Stores generated suggestions for many athletes at once (a fixed number of statements, one transaction):
 * an open suggestion of the same type is refreshed, not repeated; an open one whose condition no longer holds is
 * closed; a type the athlete closed (dismissed or done) is not raised again, whatever its priority, until its
 * evidence holds a new fact (PRODUCT 4.1, lib/analysis/evidence-key.ts), and then its message says what is new;
 * new critical and high suggestions also become notifications.
 */

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

/** The athlete's latest closed suggestion of each type, for many athletes in one statement. */
async function lastClosed(db: Database, userIds: readonly string[]): Promise<Map<string, ClosedSuggestion>> {
  const closed = await db
    .selectDistinctOn([suggestions.userId, suggestions.type], {
      userId: suggestions.userId,
      type: suggestions.type,
      status: suggestions.status,
      evidenceKey: suggestions.evidenceKey,
      resolvedAt: suggestions.resolvedAt,
      updatedAt: suggestions.updatedAt,
      timezone: users.timezone,
    })
    .from(suggestions)
    .innerJoin(users, eq(users.id, suggestions.userId))
    .where(
      and(
        anyUuid(suggestions.userId, userIds),
        inArray(suggestions.status, ["dismissed", "done"]),
        // A suggestion Aria closed itself carries no key: the athlete closed nothing (see the schema).
        isNotNull(suggestions.evidenceKey),
      ),
    )
    .orderBy(
      suggestions.userId,
      suggestions.type,
      sql`${suggestions.resolvedAt} desc nulls last`,
      desc(suggestions.updatedAt),
    );
  return new Map(
    closed.map((c) => [
      `${c.userId}:${c.type}`,
      {
        evidenceKey: c.evidenceKey ?? "",
        status: c.status === "done" ? "done" : "dismissed",
        closedOn: todayIn(c.timezone, c.resolvedAt ?? c.updatedAt),
      },
    ]),
  );
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
    const closed = await lastClosed(tx, userIds);
    const rows = batch.flatMap(({ userId, suggestions: list }) =>
      list.flatMap((generated) => {
        const s = afterClosed(generated, closed.get(`${userId}:${generated.type}`));
        if (!s) return [];
        return [
          {
            user_id: userId,
            type: s.type,
            priority: s.priority,
            title: s.title,
            message: s.message,
            evidence: s.evidence,
            evidence_key: evidenceKey(s),
          },
        ];
      }),
    );

    const stillRaised: SQL = rows.length
      ? sql`(${suggestions.userId}, ${suggestions.type}) not in (select user_id, type from ${jsonRows(
          rows.map((r) => ({ user_id: r.user_id, type: r.type })),
          "user_id uuid, type text",
        )})`
      : sql`true`;
    await tx
      .update(suggestions)
      .set({ status: "done", evidenceKey: null, resolvedAt: now, updatedAt: now })
      .where(and(anyUuid(suggestions.userId, userIds), eq(suggestions.status, "open"), stillRaised));
    if (rows.length === 0) return;

    // Refresh or raise, and tell the athlete of what is new and urgent, in one statement. A refresh that changes
    // nothing is no write, and nothing to tell: its notification, if any, was made when it was raised.
    await tx.execute(sql`
      with upserted as (
        insert into suggestions (user_id, type, priority, title, message, evidence, evidence_key, updated_at)
        select user_id, type, priority, title, message, evidence, evidence_key, ${at}::timestamptz
        from ${jsonRows(
          rows,
          "user_id uuid, type text, priority text, title text, message text, evidence jsonb, evidence_key text",
        )}
        on conflict (user_id, type) where status = 'open' do update
          set priority = excluded.priority, title = excluded.title, message = excluded.message,
              evidence = excluded.evidence, evidence_key = excluded.evidence_key, updated_at = excluded.updated_at
          -- A suggestion that says the same as before stays as it was (its updated_at is when it last changed), so
          -- the next run over unchanged data writes nothing.
          where (suggestions.priority, suggestions.title, suggestions.message, suggestions.evidence,
                 suggestions.evidence_key)
            is distinct from (excluded.priority, excluded.title, excluded.message, excluded.evidence,
                              excluded.evidence_key)
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

/**
 * The athlete dismisses a suggestion or marks it done; it leaves the dashboard and stays as history. Its evidence key
 * stays with it, so the next run does not raise it again until its evidence holds a new fact, critical ones included:
 * the dashboard shows what ends a critical warning rather than a Dismiss button, but the API still accepts one.
 */
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
