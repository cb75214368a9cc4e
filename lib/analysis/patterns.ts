import { computeFigures, type Figures } from "./figures";
import { count, num, typeLabel } from "./format";
import { roundTo } from "./sprint";
import {
  ACWR_DANGER,
  CHRONIC_WINDOW_DAYS,
  DISPLAY_DECIMALS,
  FLOAT_NOISE_DECIMALS,
  HIGH_RPE,
  MAX_SESSIONS_PER_WEEK,
  MIN_SESSION_TYPES,
  MIN_SESSIONS_PER_WEEK,
  MONOTONY_HIGH,
  NEGATIVE_MOOD_MAX,
  NEGATIVE_MOOD_SESSIONS,
  RPE_TREND_FLAT_BAND,
  VARIETY_WINDOW_DAYS,
} from "./thresholds";
import type { AthleteInput, PatternRecommendation, RpeTrend, TrainingPatterns } from "./types";
import { assertAsOf } from "./windows";

/**
 * Training patterns (PRODUCT 4.2) in the shape of `GET /api/v1/ai/patterns/{user_id}`. Display values are rounded
 * to 2 decimals; the rules compare the unrounded figures.
 */
export function analyzePatterns(input: AthleteInput, asOf: string): TrainingPatterns {
  assertAsOf(asOf);
  return patternsFromFigures(computeFigures(input, asOf));
}

/**
 * "up" or "down" when the last 7 days' average RPE differs from the previous 7 days' by half a point or more,
 * "flat" within that, null when either week has no session.
 */
export function rpeTrend(current: number | null, previous: number | null): RpeTrend | null {
  if (current === null || previous === null) return null;
  // Rounded so that float noise (7.333… − 6.833… = 0.4999…) does not move a change across the band.
  const change = roundTo(current - previous, FLOAT_NOISE_DECIMALS);
  if (change >= RPE_TREND_FLAT_BAND) return "up";
  if (change <= -RPE_TREND_FLAT_BAND) return "down";
  return "flat";
}

const display = (value: number) => roundTo(value, DISPLAY_DECIMALS);
const displayOrNull = (value: number | null) => (value === null ? null : display(value));

export function patternsFromFigures(f: Figures): TrainingPatterns {
  const spw = f.sessionsPerWeek;
  const avg = f.averageRpe7;
  const { acwr, monotony } = f.load;
  const recommendations: PatternRecommendation[] = [];

  if (acwr !== null && acwr > ACWR_DANGER) {
    recommendations.push({
      type: "reduce_load",
      message: `Your acute:chronic workload ratio is ${acwr.toFixed(DISPLAY_DECIMALS)}, above ${ACWR_DANGER}. Cut this week's volume back towards your usual load.`,
    });
  }
  if (avg !== null && avg >= HIGH_RPE) {
    recommendations.push({
      type: "recovery",
      message: `Your average RPE this week is ${num(avg)} (${HIGH_RPE} or more). Plan an easy day or a rest day next.`,
    });
  }
  if (spw > MAX_SESSIONS_PER_WEEK) {
    recommendations.push({
      type: "train_less",
      message: `You average ${num(spw)} sessions a week; ${MIN_SESSIONS_PER_WEEK}–${MAX_SESSIONS_PER_WEEK} leaves room to recover.`,
    });
  }
  if (monotony !== null && monotony > MONOTONY_HIGH) {
    recommendations.push({
      type: "vary_load",
      message: `Your training monotony is ${monotony.toFixed(DISPLAY_DECIMALS)} (above ${MONOTONY_HIGH.toFixed(1)}). Alternate hard and easy days.`,
    });
  }
  if (f.negativeMoods28.length >= NEGATIVE_MOOD_SESSIONS) {
    recommendations.push({
      type: "mental_training",
      message: `${count(f.negativeMoods28.length, "session")} in the last ${CHRONIC_WINDOW_DAYS} days had a mood of ${NEGATIVE_MOOD_MAX} or lower. Try a visualization or breathing exercise before training.`,
    });
  }
  // With no session in 14 days the advice is to train at all (below), not to vary what isn't happening.
  if (f.last14.length > 0 && f.types14.length < MIN_SESSION_TYPES) {
    const only = f.types14[0];
    recommendations.push({
      type: "diversify",
      message: `Every session in the last ${VARIETY_WINDOW_DAYS} days was ${only ? typeLabel(only) : "the same type"}. Add other session types, such as acceleration, max velocity or strength.`,
    });
  }
  if (spw < MIN_SESSIONS_PER_WEEK) {
    recommendations.push({
      type: "train_more",
      message: `You average ${num(spw)} sessions a week over the last ${CHRONIC_WINDOW_DAYS} days; aim for ${MIN_SESSIONS_PER_WEEK}–${MAX_SESSIONS_PER_WEEK}.`,
    });
  }

  return {
    sessions_per_week: display(spw),
    in_optimal_range: spw >= MIN_SESSIONS_PER_WEEK && spw <= MAX_SESSIONS_PER_WEEK,
    variety: { types: [...f.types14], count: f.types14.length },
    rpe: { average: displayOrNull(avg), trend: rpeTrend(avg, f.averageRpePrevious7) },
    negative_moods: f.negativeMoods28.length,
    load: {
      acute: display(f.load.acute),
      chronic: display(f.load.chronic),
      acwr: displayOrNull(acwr),
      monotony: displayOrNull(monotony),
      strain: displayOrNull(f.load.strain),
    },
    recommendations,
  };
}
