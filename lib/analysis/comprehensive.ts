import { scheduleCheckIns } from "./check-ins";
import { recommendDrills } from "./drills";
import { computeFigures } from "./figures";
import { analyzeGoals } from "./goals";
import { patternsFromFigures } from "./patterns";
import { suggestionsFromFigures } from "./suggestions";
import type { AthleteInput, ComprehensiveAnalysis, DrillLike } from "./types";
import { assertAsOf } from "./windows";

/**
 * Everything of PRODUCT 4.1–4.5 for one athlete as of a date (PRODUCT 4.6), as the plain JSON of
 * `POST /api/v1/ai/analyze/{user_id}`: snake_case keys and check-in instants as ISO strings, ready to return or
 * to store in `analysis_snapshots`. The figures are counted once and shared by suggestions and patterns.
 */
export function analyzeAthlete(input: AthleteInput, drills: readonly DrillLike[], asOf: string): ComprehensiveAnalysis {
  assertAsOf(asOf);
  const figures = computeFigures(input, asOf);
  const recommended = recommendDrills(input, drills, asOf);
  const goals = analyzeGoals(input, asOf);
  return {
    as_of: asOf,
    suggestions: suggestionsFromFigures(figures),
    patterns: patternsFromFigures(figures),
    drills: {
      experience_level: recommended.experienceLevel,
      drills: recommended.drills.map((d) => ({
        slug: d.slug,
        name: d.name,
        category: d.category,
        difficulty: d.difficulty,
        reason: d.reason,
      })),
    },
    goals: {
      goals: goals.goals.map((g) => ({
        id: g.id,
        title: g.title,
        progress_pct: g.progressPct,
        status: g.status,
        behind_schedule: g.behindSchedule,
      })),
      new_achievements: goals.newAchievements.map((a) => ({ goal_id: a.goalId, milestone: a.milestone })),
    },
    check_ins: scheduleCheckIns(input, asOf, input.timezone).map((c) => ({
      type: c.type,
      scheduled_for: c.scheduledFor.toISOString(),
    })),
  };
}
