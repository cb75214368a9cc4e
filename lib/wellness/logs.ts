import { and, desc, eq, getTableColumns, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { wellnessLogs } from "@/db/schema";
import { withinDates } from "@/db/sql";
import { hooperIndex } from "@/lib/analysis/sprint";
import type { ListQuery } from "@/lib/core/validation";
import type { WellnessResponse } from "./responses";
import type { WellnessInput } from "./schemas";

/** Wellness logs: one per athlete and day; logging the same day again replaces that day's log. */

type WellnessRow = typeof wellnessLogs.$inferSelect;

function toWellnessDto(row: WellnessRow): WellnessResponse {
  return {
    id: row.id,
    date: row.date,
    sleep: row.sleep,
    stress: row.stress,
    fatigue: row.fatigue,
    soreness: row.soreness,
    notes: row.notes,
    hooper_index: hooperIndex(row),
    created_at: row.createdAt.toISOString(),
  };
}
type WellnessDto = ReturnType<typeof toWellnessDto>;

/**
 * Stores the day's log in one statement (an upsert on the unique athlete and date), so two posts at once cannot
 * both insert. A replacement is a new log for that day: every field, notes and `created_at` included, is the new
 * post's. `replaced` tells a new day from a replaced one (Postgres sets xmax on a row an upsert updated).
 */
export async function logWellness(
  db: Database,
  userId: string,
  input: WellnessInput,
  now = new Date(),
): Promise<{ wellness: WellnessDto; replaced: boolean }> {
  const values = {
    sleep: input.sleep,
    stress: input.stress,
    fatigue: input.fatigue,
    soreness: input.soreness,
    notes: input.notes ?? null,
    createdAt: now,
  };
  const [row] = await db
    .insert(wellnessLogs)
    .values({ userId, date: input.date, ...values })
    .onConflictDoUpdate({ target: [wellnessLogs.userId, wellnessLogs.date], set: values })
    .returning({ ...getTableColumns(wellnessLogs), replaced: sql<boolean>`xmax <> 0` });
  if (!row) throw new Error("upsert returned no wellness log");
  const { replaced, ...log } = row;
  return { wellness: toWellnessDto(log), replaced };
}

/** The athlete's logs, newest first. */
export async function listWellness(db: Database, userId: string, query: ListQuery): Promise<WellnessDto[]> {
  const rows = await db
    .select()
    .from(wellnessLogs)
    .where(and(eq(wellnessLogs.userId, userId), withinDates(wellnessLogs.date, query)))
    .orderBy(desc(wellnessLogs.date))
    .limit(query.limit);
  return rows.map(toWellnessDto);
}
