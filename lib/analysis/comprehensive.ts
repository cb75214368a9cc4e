import { scheduleCheckIns } from "./check-ins";
import { recommendDrillsFor } from "./drills";
import { type AthleteFeatures, featuresFromInput } from "./features";
import { figuresFromFeatures } from "./figures";
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
  return analyzeFeatures(input, featuresFromInput(input, asOf), drills);
}

/** The same from features already computed (in the database, for the batch and the API alike). */
export function analyzeFeatures(
  profile: Pick<AthleteInput, "timezone" | "experienceYears">,
  features: AthleteFeatures,
  drills: readonly DrillLike[],
): ComprehensiveAnalysis {
  const { asOf } = features;
  assertAsOf(asOf);
  const figures = figuresFromFeatures(features);
  const injuries = features.injuries.map((i) => i.injury);
  const recommended = recommendDrillsFor(
    { experienceYears: profile.experienceYears, injuries, last14: figures.last14 },
    drills,
    asOf,
  );
  const goals = analyzeGoals(features, asOf);
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
    // Yesterday's sessions are among the last 7 days'.
    check_ins: scheduleCheckIns({ sessions: figures.last7, injuries }, asOf, profile.timezone).map((c) => ({
      type: c.type,
      scheduled_for: c.scheduledFor.toISOString(),
    })),
  };
}
