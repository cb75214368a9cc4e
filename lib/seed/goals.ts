import { goalProgress, newMilestones } from "@/lib/analysis/goals";
import { isWindAided, toFatEquivalent } from "@/lib/analysis/sprint";
import { type GoalStatus, MILESTONES, type Milestone } from "@/lib/core/domain";
import type { GoalPlan, MetricPlan } from "@/lib/seed/plan-types";

/**
 * A demo goal as the engine would have kept it: its marks replayed in order through the engine's own rules for
 * counting marks (PRODUCT 4.7), progress and milestones (PRODUCT 4.4), so the seed never disagrees with the app.
 */

export interface GoalOutcome {
  /** The best counting mark since the goal was set, or null when none counts yet. */
  currentValue: number | null;
  progressPct: number;
  status: GoalStatus;
  /** Each milestone reached and the day (days ago) of the mark that reached it, jumped-over ones included. */
  milestones: { milestone: Milestone; d: number }[];
  /** The day (days ago) the goal was achieved, when it is. */
  achievedD: number | null;
}

/** The last milestone: the goal reached. */
const FULL = MILESTONES[MILESTONES.length - 1];

/** A wind-aided mark counts for nothing; a hand time counts as its FAT equivalent. */
function countingValue(mark: MetricPlan): number | null {
  if (isWindAided(mark.metric, mark.wind)) return null;
  return toFatEquivalent(mark.value, mark.timing, mark.metric);
}

export function evaluateGoal(goal: GoalPlan, metrics: readonly MetricPlan[]): GoalOutcome {
  const subject = { baselineValue: goal.baseline, targetValue: goal.target, status: "active" as const };
  const lowerIsBetter = goal.target < goal.baseline;
  const marks = metrics.filter((m) => m.metric === goal.metric && m.d <= goal.setD).sort((a, b) => b.d - a.d);
  let best: number | null = null;
  const milestones: GoalOutcome["milestones"] = [];
  for (const mark of marks) {
    const value = countingValue(mark);
    if (value === null) continue;
    if (best === null || (lowerIsBetter ? value < best : value > best)) best = value;
    const { progressPct } = goalProgress(subject, best);
    const awarded = milestones.map((m) => m.milestone);
    for (const milestone of newMilestones(awarded, progressPct)) milestones.push({ milestone, d: mark.d });
  }
  const { progressPct, status } = goalProgress(subject, best);
  const achievedD = status === "achieved" ? (milestones.find((m) => m.milestone === FULL)?.d ?? null) : null;
  return { currentValue: best, progressPct, status, milestones, achievedD };
}
