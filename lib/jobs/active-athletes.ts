import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";

/** Active athletes (PRODUCT.md section 8): the active flag, and any activity — a visit or a log — in 90 days. */
const ACTIVE_WITHIN_DAYS = 90;

/** The next page of active athletes after a cursor, in id order, so that resumed runs see each athlete once. */
export async function activeAthletesAfter(
  db: Database,
  cursor: string | null,
  limit: number,
  now = new Date(),
): Promise<string[]> {
  const since = new Date(now.getTime() - ACTIVE_WITHIN_DAYS * 86_400_000);
  const sinceDate = since.toISOString().slice(0, 10);
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select u.id from users u
        where u.role = 'athlete' and u.active
          and ${cursor === null ? sql`true` : sql`u.id > ${cursor}::uuid`}
          and (u.last_active_at >= ${since.toISOString()}::timestamptz
               or exists (select 1 from training_sessions s where s.user_id = u.id and s.date >= ${sinceDate}::date))
        order by u.id
        limit ${limit}`,
  );
  return rows.map((r) => r.id);
}
