import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { type WarmResult, warmCache } from "@/lib/cache/warm";
import { recommendedDrillsFor } from "@/lib/content/drills";
import { listMentalExercises } from "@/lib/content/mental";
import { achievementsFor } from "@/lib/goals/achievements";
import type { KvStore } from "@/lib/kv/types";
import { progressAnalytics } from "@/lib/progress/service";

/**
 * After a scheduled run, the hot keys are filled again (PRODUCT.md section 5): the cached reads of the athletes
 * most likely to open the app next — those seen in the last day, most recent first, up to a bound so that warming
 * stays a small, fixed cost however large the squad — and the mental exercise lists everyone reads.
 */

const HOT_WITHIN_HOURS = 24;
export const HOT_ATHLETES_LIMIT = 300;

async function hotAthletes(db: Database, now: Date, limit = HOT_ATHLETES_LIMIT): Promise<string[]> {
  const since = new Date(now.getTime() - HOT_WITHIN_HOURS * 3_600_000);
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id from users
        where role = 'athlete' and active and last_active_at >= ${since.toISOString()}::timestamptz
        order by last_active_at desc, id
        limit ${limit}`,
  );
  return rows.map((r) => r.id);
}

export async function warmHotKeys(db: Database, now: Date, kv?: KvStore): Promise<WarmResult> {
  return warmCache(
    db,
    await hotAthletes(db, now),
    { recommendedDrillsFor, progressAnalytics, achievementsFor, listMentalExercises },
    { kv },
  );
}
