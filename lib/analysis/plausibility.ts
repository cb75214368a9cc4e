import { withArticle } from "@/lib/core/words";
import { isLowerBetter, normalizeMetric, raceDistanceM } from "./sprint";
import { FASTEST_PLAUSIBLE_TIME_S, MAX_SPRINT_SPEED_MPS } from "./thresholds";

/**
 * Plausibility (PRODUCT 9): marks no human can run, rep times no human can sprint, and goals that point the wrong
 * way are refused at the door, each with a message that says why. Pure: the schemas and services ask, and raise.
 */

/** "must be at least 9.00 s" reads the bound as a stopwatch would show it. */
const seconds = (value: number) => `${value.toFixed(2)} s`;

/**
 * Why a time over a distance is faster than anyone sprints (over 13 m/s), or undefined when it is not. The bound
 * is inclusive: exactly 13 m/s passes.
 */
export function impossibleSpeed(distanceM: number, timeS: number): string | undefined {
  if (!(distanceM > 0) || distanceM / timeS <= MAX_SPRINT_SPEED_MPS) return undefined;
  const fastest = Math.ceil((distanceM / MAX_SPRINT_SPEED_MPS) * 100) / 100;
  return `must be at least ${seconds(fastest)}: ${distanceM} m in less is faster than ${MAX_SPRINT_SPEED_MPS} m/s, beyond any human sprinter`;
}

/**
 * Why a race time (in seconds) for a metric is faster than any human has run, or undefined when it is plausible
 * or the metric is not a race distance. An event of the table is held to its limit (a time equal to it passes);
 * any other distance ("30m_fly", "150m") to the top speed.
 */
export function impossibleTime(metric: string, timeS: number): string | undefined {
  const event = normalizeMetric(metric);
  const row = Object.hasOwn(FASTEST_PLAUSIBLE_TIME_S, event) ? FASTEST_PLAUSIBLE_TIME_S[event] : undefined;
  if (row) {
    if (timeS >= row.limit) return undefined;
    return `must be at least ${seconds(row.limit)}: a faster ${event} is beyond any human (world record ${seconds(row.record)})`;
  }
  const distance = raceDistanceM(event);
  return distance === null ? undefined : impossibleSpeed(distance, timeS);
}

export type Direction = "lower" | "higher";

/**
 * Aria: metrics whose names say they are distances, heights or loads, for a goal set before any mark of it is
 * logged (a goal carries no unit). Anything else without a unit has no known direction and is not judged.
 */
const HIGHER_IS_BETTER_WORDS = /jump|bound|throw|shot|squat|deadlift|clean|snatch|press|bench|1rm|lift/;

/**
 * Which way a metric improves: a race distance, or a metric timed in seconds, improves downwards; a metric measured
 * in m, cm or kg, or named like a jump or a lift, upwards. Undefined when neither the name nor the unit says.
 */
export function metricDirection(metric: string, unit?: string | null): Direction | undefined {
  const event = normalizeMetric(metric);
  if (raceDistanceM(event) !== null) return "lower";
  if (unit) return isLowerBetter(event, unit) ? "lower" : "higher";
  return HIGHER_IS_BETTER_WORDS.test(event) ? "higher" : undefined;
}

/**
 * Why a goal's target lies on the wrong side of its baseline for the metric's direction (a 100 m goal from 11.44 s
 * to 12.5 s), or undefined. A target equal to the baseline is a separate problem, left to the caller.
 */
export function wrongWayGoal(
  goal: { metric: string; baseline_value: number; target_value: number },
  unit?: string | null,
): string | undefined {
  const direction = metricDirection(goal.metric, unit);
  const { baseline_value: baseline, target_value: target } = goal;
  if (direction === "lower" && target > baseline) {
    return `must be lower than the baseline (${baseline}): ${withArticle(normalizeMetric(goal.metric))} goal is a faster, lower time`;
  }
  if (direction === "higher" && target < baseline) {
    return `must be higher than the baseline (${baseline}): ${withArticle(normalizeMetric(goal.metric))} goal is a longer, higher or heavier mark`;
  }
  return undefined;
}
