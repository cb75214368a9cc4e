import { inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { achievements, analysisSnapshots, checkIns, drillRecommendations, drills, notifications } from "@/db/schema";
import { chunked, jsonRows } from "@/db/sql";
import type { CheckInType } from "@/lib/domain";

/**
 * Bulk writes of what the analyses produce, each a fixed number of statements however many athletes: running the
 * same analysis twice, or two runs at once, writes nothing twice (every table has a unique key to land on).
 */

export async function storeDrillRecommendations(
  db: Database,
  batch: readonly { userId: string; asOf: string; drills: readonly { slug: string; reason: string }[] }[],
): Promise<number> {
  if (batch.length === 0) return 0;
  const slugs = [...new Set(batch.flatMap((b) => b.drills.map((d) => d.slug)))];
  const ids = slugs.length
    ? new Map(
        (await db.select({ id: drills.id, slug: drills.slug }).from(drills).where(inArray(drills.slug, slugs))).map(
          (d) => [d.slug, d.id],
        ),
      )
    : new Map<string, string>();
  const rows = batch.flatMap((b) =>
    b.drills.flatMap((d, index) => {
      const drillId = ids.get(d.slug);
      return drillId ? [{ userId: b.userId, asOf: b.asOf, drillId, rank: index + 1, reason: d.reason }] : [];
    }),
  );
  await db.transaction(async (tx) => {
    // A new recommendation for the same day replaces the old one, drill for drill.
    await tx.delete(drillRecommendations).where(
      sql`(${drillRecommendations.userId}, ${drillRecommendations.asOf}) in (select user_id, as_of from ${jsonRows(
        batch.map((b) => ({ user_id: b.userId, as_of: b.asOf })),
        "user_id uuid, as_of date",
      )})`,
    );
    for (const chunk of chunked(rows)) await tx.insert(drillRecommendations).values(chunk).onConflictDoNothing();
  });
  return rows.length;
}

/** Awards milestones once ever (unique per goal and milestone) and tells the athlete; returns what was new. */
export async function storeAchievements(
  db: Database,
  batch: readonly { userId: string; goalId: string; milestone: number; goalTitle?: string }[],
  now = new Date(),
) {
  if (batch.length === 0) return [];
  return db.transaction(async (tx) => {
    const awarded = [];
    for (const chunk of chunked(batch)) {
      awarded.push(
        ...(await tx
          .insert(achievements)
          .values(chunk.map((a) => ({ userId: a.userId, goalId: a.goalId, milestone: a.milestone, awardedAt: now })))
          .onConflictDoNothing()
          .returning()),
      );
    }
    if (awarded.length > 0) {
      const titles = new Map(batch.map((a) => [a.goalId, a.goalTitle]));
      for (const chunk of chunked(awarded)) {
        await tx
          .insert(notifications)
          .values(
            chunk.map((a) => ({
              userId: a.userId,
              kind: "achievement" as const,
              title: a.milestone === 100 ? "Goal achieved!" : `${a.milestone}% of the way there`,
              body: titles.get(a.goalId)
                ? `You reached ${a.milestone}% of “${titles.get(a.goalId)}”.`
                : `You reached ${a.milestone}% of a goal.`,
              link: "/goals",
              refId: a.id,
            })),
          )
          .onConflictDoNothing();
      }
    }
    return awarded;
  });
}

/** Schedules check-ins (unique per athlete, type and instant); returns only the ones this call created. */
export async function storeCheckIns(
  db: Database,
  rows: readonly { userId: string; type: CheckInType; scheduledFor: Date }[],
) {
  if (rows.length === 0) return [];
  return db
    .insert(checkIns)
    .values([...rows])
    .onConflictDoNothing()
    .returning();
}

export async function storeSnapshots(
  db: Database,
  kind: "patterns" | "comprehensive",
  batch: readonly { userId: string; asOf: string; data: Record<string, unknown> }[],
  now = new Date(),
): Promise<void> {
  for (const chunk of chunked(batch)) {
    await db
      .insert(analysisSnapshots)
      .values(chunk.map((b) => ({ userId: b.userId, kind, asOf: b.asOf, data: b.data, updatedAt: now })))
      .onConflictDoUpdate({
        target: [analysisSnapshots.userId, analysisSnapshots.kind],
        set: { asOf: sql`excluded.as_of`, data: sql`excluded.data`, updatedAt: sql`excluded.updated_at` },
      });
  }
}
