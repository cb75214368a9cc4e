import { and, desc, eq, gte } from "drizzle-orm";
import type { Database } from "@/db/client";
import { achievements, goals, users } from "@/db/schema";
import { CACHE_TTL_SECONDS, cached, cacheKeys } from "@/lib/cache";
import { addDays, todayIn, zonedTimeToUtc } from "@/lib/core/dates";
import { errors } from "@/lib/core/errors";

/** Goal milestones awarded to an athlete (PRODUCT 4.4), read through the cache (PRODUCT 5). */

interface AchievementDto {
  goal_id: string;
  goal_title: string;
  milestone: number;
  awarded_at: string;
}

/**
 * The loader behind `GET /api/v1/achievements/{user_id}?days=` (and the cache warm-up): milestones awarded in the
 * last `days` days — from midnight of the first of those days in the athlete's zone — newest first.
 */
export async function achievementsFor(
  db: Database,
  userId: string,
  days: number,
  now: Date = new Date(),
): Promise<{ achievements: AchievementDto[] }> {
  const [person] = await db.select({ timezone: users.timezone }).from(users).where(eq(users.id, userId)).limit(1);
  if (!person) throw errors.notFound("athlete");
  const since = zonedTimeToUtc(addDays(todayIn(person.timezone, now), -(days - 1)), 0, 0, person.timezone);
  const rows = await db
    .select({
      goalId: achievements.goalId,
      goalTitle: goals.title,
      milestone: achievements.milestone,
      awardedAt: achievements.awardedAt,
    })
    .from(achievements)
    .innerJoin(goals, eq(goals.id, achievements.goalId))
    .where(and(eq(achievements.userId, userId), gte(achievements.awardedAt, since)))
    .orderBy(desc(achievements.awardedAt), desc(achievements.milestone));
  return {
    achievements: rows.map((r) => ({
      goal_id: r.goalId,
      goal_title: r.goalTitle,
      milestone: r.milestone,
      awarded_at: r.awardedAt.toISOString(),
    })),
  };
}

/** The cached read (PRODUCT 5: one hour; cleared by goal progress and by any goal change). */
export function cachedAchievements(db: Database, userId: string, days: number) {
  return cached(cacheKeys.achievements(userId, days), CACHE_TTL_SECONDS.achievements, () =>
    achievementsFor(db, userId, days),
  );
}
