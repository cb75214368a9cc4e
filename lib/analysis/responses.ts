import { z } from "zod";
import { GOAL_STATUSES, MILESTONES, SESSION_TYPES } from "@/lib/core/domain";

/**
 * The parts of `analyzeAthlete`'s result (comprehensive.ts) that the analysis endpoints answer with, and the
 * `TrainingPatterns` of patterns.ts.
 */

export const milestoneResponse = z
  .literal(MILESTONES)
  .meta({ id: "Milestone", description: "A share of the way from baseline to target, in percent." });

/** An athlete's experience level (PRODUCT 4.3), which is also a drill's difficulty. */
const level = z.enum(["beginner", "intermediate", "advanced"]);

export const patternsResponse = z
  .object({
    sessions_per_week: z.number(),
    in_optimal_range: z.boolean(),
    variety: z.object({ types: z.array(z.enum(SESSION_TYPES)), count: z.int().min(0) }),
    rpe: z.object({ average: z.number().nullable(), trend: z.enum(["up", "down", "flat"]).nullable() }),
    negative_moods: z.int().min(0),
    load: z.object({
      acute: z.number(),
      chronic: z.number(),
      acwr: z.number().nullable(),
      monotony: z.number().nullable(),
      strain: z.number().nullable(),
    }),
    recommendations: z.array(
      z.object({
        type: z.enum([
          "diversify",
          "recovery",
          "mental_training",
          "train_more",
          "train_less",
          "reduce_load",
          "vary_load",
        ]),
        message: z.string(),
      }),
    ),
  })
  .meta({
    id: "TrainingPatterns",
    examples: [
      {
        sessions_per_week: 5.5,
        in_optimal_range: true,
        variety: { types: ["acceleration", "max_velocity", "strength", "recovery"], count: 4 },
        rpe: { average: 6.6, trend: "up" },
        negative_moods: 2,
        load: { acute: 1575, chronic: 1860, acwr: 0.93, monotony: 1.41, strain: 2221 },
        recommendations: [{ type: "recovery", message: "Two low-mood sessions this week: plan an easy day." }],
      },
    ],
  });

export const drillPicksResponse = z
  .object({
    experience_level: level,
    drills: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        category: z.string(),
        difficulty: level,
        reason: z.string(),
      }),
    ),
  })
  .meta({
    id: "DrillPicks",
    examples: [
      {
        experience_level: "advanced",
        drills: [
          {
            slug: "dead-bug",
            name: "Dead bug",
            category: "core-stability",
            difficulty: "beginner",
            reason: "Upper-body and core work while the hamstring heals",
          },
        ],
      },
    ],
  });

const goalAnalysisResponse = z
  .object({
    id: z.uuid(),
    title: z.string(),
    progress_pct: z.number(),
    status: z.enum(GOAL_STATUSES),
    behind_schedule: z.boolean(),
  })
  .meta({
    id: "GoalAnalysis",
    examples: [
      {
        id: "4a9e2c7b-3d15-4f86-a1b0-8e6c3d2f5a19",
        title: "Break 10.40 in the 100 m",
        progress_pct: 67.86,
        status: "active",
        behind_schedule: false,
      },
    ],
  });

/** The goals part of `POST /api/v1/ai/analyze`: milestones newly due, before they are stored. */
export const analysisGoalsResponse = z.object({
  goals: z.array(goalAnalysisResponse),
  new_achievements: z.array(z.object({ goal_id: z.uuid(), milestone: milestoneResponse })),
});
