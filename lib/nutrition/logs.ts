import { and, desc, eq, gte, lte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { nutritionLogs } from "@/db/schema";
import { withinDates } from "@/db/sql";
import { errors } from "@/lib/core/errors";
import type { ListQuery } from "@/lib/core/validation";
import type { NutritionLogResponse } from "./responses";
import type { NutritionInput } from "./schemas";

/** Nutrition logs: meals and drinks with optional amounts, and day totals for the days listed. */

type NutritionRow = typeof nutritionLogs.$inferSelect;

function toNutritionDto(row: NutritionRow): NutritionLogResponse {
  return {
    id: row.id,
    date: row.date,
    meal: row.meal,
    description: row.description,
    kcal: row.kcal,
    protein_g: row.proteinG,
    carbs_g: row.carbsG,
    fat_g: row.fatG,
    hydration_ml: row.hydrationMl,
    created_at: row.createdAt.toISOString(),
  };
}
export type NutritionDto = ReturnType<typeof toNutritionDto>;

/** One day's totals; an amount nobody recorded that day is null rather than 0. */
interface NutritionDayTotals {
  date: string;
  kcal: number | null;
  protein_g: number | null;
  carbs_g: number | null;
  fat_g: number | null;
  hydration_ml: number | null;
}

export async function createNutritionLog(db: Database, userId: string, input: NutritionInput): Promise<NutritionDto> {
  const [row] = await db
    .insert(nutritionLogs)
    .values({
      userId,
      date: input.date,
      meal: input.meal,
      description: input.description ?? null,
      kcal: input.kcal ?? null,
      proteinG: input.protein_g ?? null,
      carbsG: input.carbs_g ?? null,
      fatG: input.fat_g ?? null,
      hydrationMl: input.hydration_ml ?? null,
    })
    .returning();
  if (!row) throw new Error("insert returned no nutrition log");
  return toNutritionDto(row);
}

/**
 * The logs, newest first, and the totals of every day they cover, newest first. A day cut in two by `limit` still
 * gets its whole total: the totals are one GROUP BY over the days from the oldest to the newest log returned.
 */
export async function listNutrition(
  db: Database,
  userId: string,
  query: ListQuery,
): Promise<{ logs: NutritionDto[]; days: NutritionDayTotals[] }> {
  const rows = await db
    .select()
    .from(nutritionLogs)
    .where(and(eq(nutritionLogs.userId, userId), withinDates(nutritionLogs.date, query)))
    .orderBy(desc(nutritionLogs.date), desc(nutritionLogs.createdAt), desc(nutritionLogs.id))
    .limit(query.limit);
  const newest = rows[0]?.date;
  const oldest = rows.at(-1)?.date;
  if (!newest || !oldest) return { logs: [], days: [] };

  const days = await db
    .select({
      date: nutritionLogs.date,
      kcal: sql<number | null>`sum(${nutritionLogs.kcal})::integer`,
      protein_g: sql<number | null>`round(sum(${nutritionLogs.proteinG})::numeric, 1)::double precision`,
      carbs_g: sql<number | null>`round(sum(${nutritionLogs.carbsG})::numeric, 1)::double precision`,
      fat_g: sql<number | null>`round(sum(${nutritionLogs.fatG})::numeric, 1)::double precision`,
      hydration_ml: sql<number | null>`sum(${nutritionLogs.hydrationMl})::integer`,
    })
    .from(nutritionLogs)
    .where(and(eq(nutritionLogs.userId, userId), gte(nutritionLogs.date, oldest), lte(nutritionLogs.date, newest)))
    .groupBy(nutritionLogs.date)
    .orderBy(desc(nutritionLogs.date));
  return { logs: rows.map(toNutritionDto), days };
}

export async function deleteNutritionLog(db: Database, userId: string, id: string): Promise<void> {
  const deleted = await db
    .delete(nutritionLogs)
    .where(and(eq(nutritionLogs.id, id), eq(nutritionLogs.userId, userId)))
    .returning({ id: nutritionLogs.id });
  if (deleted.length === 0) throw errors.notFound("nutrition log");
}
