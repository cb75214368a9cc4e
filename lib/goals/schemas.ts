import { z } from "zod";
import { impossibleTime, wrongWayGoal } from "@/lib/analysis/plausibility";
import { GOAL_STATUSES } from "@/lib/core/domain";
import { enumField, isoDateField, listQuery, subjectIdField, titleField } from "@/lib/core/validation";
import { blankAsMissing, daysQueryField, isRaceMetric, metricSlugField, VALUE_RANGES } from "@/lib/progress/schemas";

/** Goal inputs, shared by the API, the goals form and the chat tools (PRODUCT 4.4). */

const VALUE_MESSAGE = "must be a positive number";
const valueField = z
  .number({ error: (issue) => (issue.input === undefined ? "is required" : VALUE_MESSAGE) })
  .positive(VALUE_MESSAGE)
  .max(100_000, "is too large");

const goalTitleField = titleField(120);

/**
 * A race-distance goal is a time, held to the same range and the same plausibility as a logged time (no 100 m goal
 * of 8 s); other goals only need to be positive.
 */
export function goalValueProblem(metric: string, value: number): string | undefined {
  if (!isRaceMetric(metric)) return undefined;
  const { min, max, message } = VALUE_RANGES.s;
  return value < min || value > max ? message : impossibleTime(metric, value);
}

/**
 * Whether the target date is today or later depends on the athlete's zone, and which way a metric without a race
 * distance improves may depend on the unit of their marks, so the service checks those two; the way a race time
 * or a jump improves is checked here.
 */
export const createGoalInput = z
  .object({
    title: goalTitleField,
    metric: metricSlugField,
    baseline_value: valueField,
    target_value: valueField,
    target_date: isoDateField,
  })
  .superRefine((goal, ctx) => {
    for (const field of ["baseline_value", "target_value"] as const) {
      const problem = goalValueProblem(goal.metric, goal[field]);
      if (problem) ctx.addIssue({ code: "custom", path: [field], message: problem });
    }
    if (goal.baseline_value === goal.target_value) {
      ctx.addIssue({ code: "custom", path: ["target_value"], message: "must differ from the baseline" });
    }
    const wrongWay = wrongWayGoal(goal);
    if (wrongWay) ctx.addIssue({ code: "custom", path: ["target_value"], message: wrongWay });
  });
export type CreateGoalInput = z.output<typeof createGoalInput>;

/** An athlete may abandon a goal or take it up again; "achieved" is earned through progress, never set. */
const EDITABLE_GOAL_STATUSES = ["active", "abandoned"] as const;

export const updateGoalInput = z
  .object({
    title: goalTitleField.optional(),
    target_date: isoDateField.optional(),
    status: enumField(EDITABLE_GOAL_STATUSES).optional(),
  })
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), {
    message: "must contain at least one field to change",
    path: ["body"],
  });
export type UpdateGoalInput = z.output<typeof updateGoalInput>;

export const goalProgressInput = z.object({ current_value: valueField });
export type GoalProgressInput = z.output<typeof goalProgressInput>;

/** `GET /api/v1/goals?user_id=&status=&from=&to=&limit=`: `from`/`to` bound the target date. */
export const goalsQuery = listQuery.and(
  z.object({
    // Checked by resolveSubject, which also decides whether the caller may read that athlete.
    user_id: blankAsMissing(subjectIdField.default("me")),
    status: blankAsMissing(enumField(GOAL_STATUSES).optional()),
  }),
);
export type GoalsQuery = z.output<typeof goalsQuery>;

/** `GET /api/v1/achievements/{user_id}?days=`. */
export const achievementsQuery = z.object({ days: daysQueryField });
