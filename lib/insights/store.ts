import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { epochMs, jsonRows } from "@/db/sql";
import type { CheckInType, ExperienceLevel } from "@/lib/core/domain";

/**
 * Bulk writes of what the analyses produce. Each is one or two statements whatever the number of athletes — the
 * rows travel as one JSON parameter (`jsonRows`), so a batch of 500 athletes costs the database one parse and the
 * server no per-row parameter handling — and each lands on a unique key, so running the same analysis twice, or
 * two runs at once, writes nothing twice.
 */

/** Records each athlete's ranked drill list for the day; a later recommendation on the same day replaces it. */
export async function storeDrillRecommendations(
  db: Database,
  batch: readonly {
    userId: string;
    asOf: string;
    experienceLevel: ExperienceLevel;
    drills: readonly { slug: string; reason: string }[];
  }[],
  now = new Date(),
): Promise<void> {
  if (batch.length === 0) return;
  const rows = batch.map((b) => ({
    user_id: b.userId,
    as_of: b.asOf,
    experience_level: b.experienceLevel,
    drills: b.drills.map((d, index) => ({ slug: d.slug, rank: index + 1, reason: d.reason })),
  }));
  await db.execute(sql`
    insert into drill_recommendations (user_id, as_of, experience_level, drills, updated_at)
    select user_id, as_of, experience_level, drills, ${now.toISOString()}::timestamptz
    from ${jsonRows(rows, "user_id uuid, as_of date, experience_level text, drills jsonb")}
    on conflict (user_id, as_of) do update
      set experience_level = excluded.experience_level, drills = excluded.drills, updated_at = excluded.updated_at
      where (drill_recommendations.experience_level, drill_recommendations.drills)
        is distinct from (excluded.experience_level, excluded.drills)`);
}

interface AwardedAchievement {
  id: string;
  userId: string;
  goalId: string;
  milestone: number;
  awardedAt: Date;
}

/**
 * Awards milestones once ever (unique per goal and milestone) and tells the athlete of the highest new one of each
 * goal; returns every one that was new.
 */
export async function storeAchievements(
  db: Database,
  batch: readonly { userId: string; goalId: string; milestone: number; goalTitle?: string }[],
  now = new Date(),
): Promise<AwardedAchievement[]> {
  if (batch.length === 0) return [];
  const rows = jsonRows(
    batch.map((a) => ({
      user_id: a.userId,
      goal_id: a.goalId,
      milestone: a.milestone,
      goal_title: a.goalTitle ?? null,
    })),
    "user_id uuid, goal_id uuid, milestone int, goal_title text",
  );
  const awarded = await queryRows<{ id: string; userId: string; goalId: string; milestone: number; awardedAt: number }>(
    db,
    sql`
      with input as materialized (select * from ${rows}),
      awarded as (
        insert into achievements (user_id, goal_id, milestone, awarded_at)
        select user_id, goal_id, milestone, ${now.toISOString()}::timestamptz from input
        on conflict do nothing
        returning id, user_id, goal_id, milestone, awarded_at),
      -- One notification a goal per write, for the highest milestone it reached: a jump from 10 % to 60 % says
      -- "50 %" once, not "25 %" and "50 %" at the same moment (both are recorded as achievements).
      notified as (
        insert into notifications (user_id, kind, title, body, link, ref_id)
        select distinct on (a.goal_id) a.user_id, 'achievement',
               case when a.milestone = 100 then 'Goal achieved!' else a.milestone || '% of the way there' end,
               case when i.goal_title is null then 'You reached ' || a.milestone || '% of a goal.'
                    else 'You reached ' || a.milestone || '% of “' || i.goal_title || '”.' end,
               '/goals', a.id
        from awarded a join input i on (i.goal_id, i.milestone) = (a.goal_id, a.milestone)
        order by a.goal_id, a.milestone desc
        on conflict do nothing)
      select id, user_id "userId", goal_id "goalId", milestone, ${epochMs("awarded_at")} "awardedAt" from awarded`,
  );
  return awarded.map((a) => ({ ...a, awardedAt: new Date(a.awardedAt) }));
}

export interface ScheduledCheckIn {
  id: string;
  userId: string;
  type: CheckInType;
  scheduledFor: Date;
}

/**
 * Schedules check-ins (unique per athlete, type and instant). Returns the ones this call created; with
 * `returns: "all"` every one asked for, whether created now or before; with `"none"` nothing (a scheduled run).
 */
export async function storeCheckIns(
  db: Database,
  rows: readonly { userId: string; type: CheckInType; scheduledFor: Date }[],
  options: { returns?: "created" | "all" | "none" } = {},
): Promise<ScheduledCheckIn[]> {
  if (rows.length === 0) return [];
  const planned = jsonRows(
    rows.map((r) => ({ user_id: r.userId, type: r.type, scheduled_for: r.scheduledFor.toISOString() })),
    "user_id uuid, type text, scheduled_for timestamptz",
  );
  const insert = sql`
    insert into check_ins (user_id, type, scheduled_for)
    select user_id, type, scheduled_for from ${planned}
    on conflict do nothing`;
  const returns = options.returns ?? "created";
  if (returns === "none") {
    await db.execute(insert);
    return [];
  }
  const stored = await queryRows<{ id: string; userId: string; type: CheckInType; scheduledFor: number }>(
    db,
    returns === "all"
      ? sql`with created as (${insert} returning id, user_id, type, scheduled_for)
            select c.id, c.user_id "userId", c.type, ${epochMs("c.scheduled_for")} "scheduledFor"
            from check_ins c join ${planned} on (c.user_id, c.type, c.scheduled_for) = (t.user_id, t.type, t.scheduled_for)
            union
            select id, user_id, type, ${epochMs("scheduled_for")} from created`
      : sql`with created as (${insert} returning id, user_id, type, scheduled_for) select id, user_id "userId", type, ${epochMs("scheduled_for")} "scheduledFor" from created`,
  );
  return stored.map((c) => ({ ...c, scheduledFor: new Date(c.scheduledFor) }));
}

/** The latest analysis of a kind per athlete, replaced in place. */
export async function storeSnapshots(
  db: Database,
  kind: "patterns",
  batch: readonly { userId: string; asOf: string; data: Record<string, unknown> }[],
  now = new Date(),
): Promise<void> {
  if (batch.length === 0) return;
  await db.execute(sql`
    insert into analysis_snapshots (user_id, kind, as_of, data, updated_at)
    select user_id, ${kind}, as_of, data, ${now.toISOString()}::timestamptz
    from ${jsonRows(
      batch.map((b) => ({ user_id: b.userId, as_of: b.asOf, data: b.data })),
      "user_id uuid, as_of date, data jsonb",
    )}
    on conflict (user_id, kind) do update
      set as_of = excluded.as_of, data = excluded.data, updated_at = excluded.updated_at`);
}
