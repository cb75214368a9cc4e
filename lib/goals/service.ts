import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { achievements, goals, progressMetrics, users } from "@/db/schema";
import { withinDates } from "@/db/sql";
import { goalProgress, isBehindSchedule, newMilestones } from "@/lib/analysis/goals";
import { wrongWayGoal } from "@/lib/analysis/plausibility";
import { invalidate } from "@/lib/cache";
import { dayLabel, todayIn } from "@/lib/core/dates";
import type { Milestone } from "@/lib/core/domain";
import { errors } from "@/lib/core/errors";
import { uuidField } from "@/lib/core/validation";
import { storeAchievements } from "@/lib/insights/store";
import { isRaceMetric } from "@/lib/progress/schemas";
import {
  type CreateGoalInput,
  type GoalProgressInput,
  type GoalsQuery,
  goalValueProblem,
  type UpdateGoalInput,
} from "./schemas";

/** Goals and their milestones (PRODUCT 4.4). Every write clears the athlete's cached achievements after it commits. */

type GoalRow = typeof goals.$inferSelect;

/** The athlete who writes: their id and zone (their "today" bounds the target date). */
export interface Writer {
  userId: string;
  timezone: string;
}

export interface GoalDto {
  id: string;
  title: string;
  metric: string;
  baseline_value: number;
  target_value: number;
  current_value: number | null;
  progress_pct: number;
  status: GoalRow["status"];
  target_date: string;
  /** PRODUCT 4.4 for active goals: under 70 % with fewer than 30 days left, or past the target date. */
  behind_schedule: boolean;
  /** The milestones (25, 50, 75, 100) awarded so far, ascending. */
  milestones: number[];
  achieved_at: string | null;
  created_at: string;
}

function toGoalDto(goal: GoalRow, milestones: readonly number[], asOf: string): GoalDto {
  return {
    id: goal.id,
    title: goal.title,
    metric: goal.metric,
    baseline_value: goal.baselineValue,
    target_value: goal.targetValue,
    current_value: goal.currentValue,
    progress_pct: goal.progressPct,
    status: goal.status,
    target_date: goal.targetDate,
    behind_schedule: goal.status === "active" && isBehindSchedule(goal.progressPct, goal.targetDate, asOf),
    milestones: [...milestones].sort((a, b) => a - b),
    achieved_at: goal.achievedAt?.toISOString() ?? null,
    created_at: goal.createdAt.toISOString(),
  };
}

function notBeforeToday(field: string, date: string, today: string): void {
  if (date < today) throw errors.validation({ [field]: `must be today (${dayLabel(today)}) or later` });
}

const goalNotFound = () => errors.notFound("goal");

async function milestonesOf(db: Database, goalId: string): Promise<number[]> {
  const rows = await db
    .select({ milestone: achievements.milestone })
    .from(achievements)
    .where(eq(achievements.goalId, goalId));
  return rows.map((r) => r.milestone);
}

/** The unit the athlete logs a metric in (their latest mark's), or null before any mark of it. */
async function unitOf(db: Database, userId: string, metric: string): Promise<string | null> {
  const [row] = await db
    .select({ unit: progressMetrics.unit })
    .from(progressMetrics)
    .where(and(eq(progressMetrics.userId, userId), sql`lower(${progressMetrics.metric}) = ${metric}`))
    .orderBy(desc(progressMetrics.date), desc(progressMetrics.createdAt))
    .limit(1);
  return row?.unit ?? null;
}

/** `POST /api/v1/goals`: the target must lie the way the metric improves, as the athlete's marks of it are measured. */
export async function createGoal(db: Database, writer: Writer, input: CreateGoalInput): Promise<GoalDto> {
  const today = todayIn(writer.timezone);
  notBeforeToday("target_date", input.target_date, today);
  const unit = isRaceMetric(input.metric) ? "s" : await unitOf(db, writer.userId, input.metric);
  const wrongWay = wrongWayGoal(input, unit);
  if (wrongWay) throw errors.validation({ target_value: wrongWay });
  const [goal] = await db
    .insert(goals)
    .values({
      userId: writer.userId,
      title: input.title,
      metric: input.metric,
      baselineValue: input.baseline_value,
      targetValue: input.target_value,
      targetDate: input.target_date,
    })
    .returning();
  if (!goal) throw new Error("insert returned no goal");
  await invalidate.goalsChanged(writer.userId);
  return toGoalDto(goal, [], today);
}

/** `GET /api/v1/goals`: an athlete's goals by target date, each with its awarded milestones; two queries. */
export async function listGoals(db: Database, userId: string, query: Omit<GoalsQuery, "user_id">): Promise<GoalDto[]> {
  const [[person], rows] = await Promise.all([
    db.select({ timezone: users.timezone }).from(users).where(eq(users.id, userId)).limit(1),
    db
      .select()
      .from(goals)
      .where(
        and(
          eq(goals.userId, userId),
          query.status ? eq(goals.status, query.status) : undefined,
          withinDates(goals.targetDate, query),
        ),
      )
      .orderBy(asc(goals.targetDate), asc(goals.createdAt))
      .limit(query.limit),
  ]);
  const asOf = todayIn(person?.timezone ?? "UTC");
  const awarded =
    rows.length === 0
      ? []
      : await db
          .select({ goalId: achievements.goalId, milestone: achievements.milestone })
          .from(achievements)
          .where(
            inArray(
              achievements.goalId,
              rows.map((g) => g.id),
            ),
          );
  return rows.map((goal) =>
    toGoalDto(
      goal,
      awarded.filter((a) => a.goalId === goal.id).map((a) => a.milestone),
      asOf,
    ),
  );
}

export interface NewAchievement {
  milestone: Milestone;
  awarded_at: string;
}

/** The writer's own goal, locked until the transaction ends (progress and edits must not interleave); else 404. */
async function lockOwnGoal(tx: Database, goalId: string, userId: string) {
  const [goal] = await tx
    .select()
    .from(goals)
    .where(and(eq(goals.id, goalId), eq(goals.userId, userId)))
    .limit(1)
    .for("update");
  if (!goal) throw goalNotFound();
  return goal;
}

/**
 * `PUT /api/v1/goals/{id}/progress`, in one transaction with the goal row locked: the progress from the new value
 * (direction from baseline vs target); every milestone newly reached — jumped-over ones too, each once ever (the
 * unique (goal, milestone) index settles any race), each with a notification; and "achieved" at 100. The same value
 * again awards nothing. An abandoned goal takes no progress until it is made active again (409).
 */
export async function recordGoalProgress(
  db: Database,
  writer: Writer,
  goalId: string,
  input: GoalProgressInput,
  now: Date = new Date(),
): Promise<{ goal: GoalDto; new_achievements: NewAchievement[] }> {
  if (!uuidField.safeParse(goalId).success) throw goalNotFound();
  const result = await db.transaction(async (tx) => {
    const goal = await lockOwnGoal(tx, goalId, writer.userId);
    if (goal.status === "abandoned") {
      throw errors.conflict("This goal is abandoned. Set its status back to active to record progress.", {
        status: "is abandoned",
      });
    }
    const problem = goalValueProblem(goal.metric, input.current_value);
    if (problem) throw errors.validation({ current_value: problem });

    const progress = goalProgress(goal, input.current_value);
    const awarded = (
      await tx.select({ milestone: achievements.milestone }).from(achievements).where(eq(achievements.goalId, goal.id))
    ).map((a) => a.milestone);
    const due = newMilestones(awarded, progress.progressPct);
    // The same award-and-notify path as the scheduled goal analysis: once ever, and the athlete is told.
    const inserted = await storeAchievements(
      tx,
      due.map((milestone) => ({ userId: writer.userId, goalId: goal.id, milestone, goalTitle: goal.title })),
      now,
    );
    const achievedNow = goal.status !== "achieved" && progress.status === "achieved";
    const [updated] = await tx
      .update(goals)
      .set({
        currentValue: input.current_value,
        progressPct: progress.progressPct,
        status: progress.status,
        ...(achievedNow ? { achievedAt: now } : {}),
        updatedAt: now,
      })
      .where(eq(goals.id, goal.id))
      .returning();
    if (!updated) throw goalNotFound();
    return { updated, milestones: [...awarded, ...inserted.map((i) => i.milestone)], inserted };
  });
  await invalidate.goalsChanged(writer.userId);
  return {
    goal: toGoalDto(result.updated, result.milestones, todayIn(writer.timezone, now)),
    new_achievements: result.inserted
      .sort((a, b) => a.milestone - b.milestone)
      .map((a) => ({ milestone: a.milestone as Milestone, awarded_at: a.awardedAt.toISOString() })),
  };
}

/** `PATCH /api/v1/goals/{id}`: title, target date, or abandoning and taking up again (never an achieved goal). */
export async function updateGoal(db: Database, writer: Writer, goalId: string, patch: UpdateGoalInput) {
  if (!uuidField.safeParse(goalId).success) throw goalNotFound();
  const today = todayIn(writer.timezone);
  const updated = await db.transaction(async (tx) => {
    const goal = await lockOwnGoal(tx, goalId, writer.userId);
    if (patch.target_date !== undefined) notBeforeToday("target_date", patch.target_date, today);
    if (patch.status !== undefined && goal.status === "achieved") {
      throw errors.validation({ status: "cannot change: this goal is already achieved" });
    }
    const [row] = await tx
      .update(goals)
      .set({
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.target_date !== undefined ? { targetDate: patch.target_date } : {}),
        ...(patch.status !== undefined ? { status: patch.status } : {}),
        updatedAt: new Date(),
      })
      .where(eq(goals.id, goal.id))
      .returning();
    return row!;
  });
  // Achievements carry the goal's title.
  await invalidate.goalsChanged(writer.userId);
  return toGoalDto(updated, await milestonesOf(db, updated.id), today);
}

/** `DELETE /api/v1/goals/{id}`: the goal and its achievements. */
export async function deleteGoal(db: Database, userId: string, goalId: string): Promise<void> {
  if (!uuidField.safeParse(goalId).success) throw goalNotFound();
  const deleted = await db
    .delete(goals)
    .where(and(eq(goals.id, goalId), eq(goals.userId, userId)))
    .returning({ id: goals.id });
  if (deleted.length === 0) throw goalNotFound();
  await invalidate.goalsChanged(userId);
}
