import { z } from "zod";
import { milestoneResponse as milestone } from "@/lib/analysis/responses";
import { GOAL_STATUSES } from "@/lib/core/domain";

/** Goals and achievements as the API answers them (`toGoalDto`, `achievementsFor`, `recordGoalProgress`). */

export const goalResponse = z
  .object({
    id: z.uuid(),
    title: z.string(),
    metric: z.string(),
    baseline_value: z.number(),
    target_value: z.number(),
    current_value: z.number().nullable(),
    progress_pct: z.number().min(0).max(100),
    status: z.enum(GOAL_STATUSES),
    target_date: z.iso.date(),
    behind_schedule: z
      .boolean()
      .meta({ description: "Active, under 70 % with fewer than 30 days left, or past the target date." }),
    milestones: z.array(milestone).meta({ description: "The milestones awarded so far, ascending." }),
    achieved_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({
    id: "Goal",
    examples: [
      {
        id: "4a9e2c7b-3d15-4f86-a1b0-8e6c3d2f5a19",
        title: "Break 10.40 in the 100 m",
        metric: "100m",
        baseline_value: 10.68,
        target_value: 10.4,
        current_value: 10.49,
        progress_pct: 67.86,
        status: "active",
        target_date: "2026-06-20",
        behind_schedule: false,
        milestones: [25, 50],
        achieved_at: null,
        created_at: "2026-01-05T17:22:40.000Z",
      },
    ],
  });

export const achievementResponse = z
  .object({
    goal_id: z.uuid(),
    goal_title: z.string(),
    milestone,
    awarded_at: z.iso.datetime(),
  })
  .meta({
    id: "Achievement",
    examples: [
      {
        goal_id: "4a9e2c7b-3d15-4f86-a1b0-8e6c3d2f5a19",
        goal_title: "Break 10.40 in the 100 m",
        milestone: 50,
        awarded_at: "2026-03-04T22:10:05.000Z",
      },
    ],
  });

/** `GET /api/v1/achievements/{user_id}`. */
export const achievementsResponse = z.object({ achievements: z.array(achievementResponse) });

/** `PUT /api/v1/goals/{id}/progress`. */
export const goalProgressResponse = z.object({
  goal: goalResponse,
  new_achievements: z
    .array(z.object({ milestone, awarded_at: z.iso.datetime() }))
    .meta({ description: "Only what this call awarded: the same value again awards nothing." }),
});
