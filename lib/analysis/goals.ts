import { daysBetween } from "@/lib/core/dates";
import { MILESTONES, type Milestone } from "@/lib/core/domain";
import { compareText } from "./format";
import { roundTo } from "./sprint";
import { BEHIND_SCHEDULE_DAYS, BEHIND_SCHEDULE_PCT, PROGRESS_DECIMALS, PROGRESS_MAX_PCT } from "./thresholds";
import type { AthleteInput, GoalInput, GoalProgress, GoalsReport } from "./types";
import { assertAsOf } from "./windows";

/** Goal progress and achievements (PRODUCT 4.4). */

/**
 * Progress towards a goal as a percentage clamped to 0–100. The direction comes from the goal itself: a target
 * below the baseline is lower-is-better (times), above it higher-is-better (jumps, lifts). With no current value
 * yet, progress is 0. The figure is kept to 2 decimals, which also drops float noise (10.68 − 10.47 over
 * 10.68 − 10.40 is 74.99999999999… in binary, and must count as the 75 % it is). A goal that is already achieved
 * or abandoned keeps that status; an active one becomes achieved at 100.
 */
export function goalProgress(
  goal: Pick<GoalInput, "baselineValue" | "targetValue" | "status">,
  currentValue: number | null | undefined,
): GoalProgress {
  const lowerIsBetter = goal.targetValue < goal.baselineValue;
  const span = goal.targetValue - goal.baselineValue;
  let pct = 0;
  if (currentValue != null && span !== 0) {
    const raw = ((currentValue - goal.baselineValue) / span) * PROGRESS_MAX_PCT;
    pct = Number.isNaN(raw) ? 0 : Math.min(PROGRESS_MAX_PCT, Math.max(0, roundTo(raw, PROGRESS_DECIMALS)));
  }
  const status = goal.status === "active" && pct >= PROGRESS_MAX_PCT ? "achieved" : goal.status;
  return { progressPct: pct, lowerIsBetter, status };
}

/**
 * Milestones (25, 50, 75, 100) reached by `newPct` that have not been awarded yet, ascending, including any jumped
 * over. `previous` is either the milestones already awarded for the goal (authoritative: "once ever per goal") or
 * the previous percentage, from which the awarded milestones are inferred.
 */
export function newMilestones(previous: number | readonly number[], newPct: number): Milestone[] {
  const awarded = typeof previous === "number" ? MILESTONES.filter((m) => previous >= m) : previous;
  return MILESTONES.filter((m) => newPct >= m && !awarded.includes(m));
}

/**
 * Behind schedule (PRODUCT 4.4): progress under 70 % with fewer than 30 days left (29 days is behind, 30 is not;
 * the target day itself counts as 0 days left). Past the target date, any goal short of 100 % is behind whatever
 * its progress: it is overdue, and a coach needs to see it. A goal at 100 % is never behind.
 */
export function isBehindSchedule(progressPct: number, targetDate: string, asOf: string): boolean {
  if (progressPct >= PROGRESS_MAX_PCT) return false;
  const daysLeft = daysBetween(asOf, targetDate);
  if (daysLeft < 0) return true;
  return progressPct < BEHIND_SCHEDULE_PCT && daysLeft < BEHIND_SCHEDULE_DAYS;
}

/**
 * Every goal's progress from its current value, whether it is behind schedule, and the achievements to record
 * now. Abandoned goals are reported but earn nothing and are never behind.
 */
export function analyzeGoals(input: Pick<AthleteInput, "goals" | "achievements">, asOf: string): GoalsReport {
  assertAsOf(asOf);
  const report: GoalsReport = { goals: [], newAchievements: [] };
  const goals = [...input.goals].sort((a, b) => compareText(a.targetDate, b.targetDate) || compareText(a.id, b.id));
  for (const goal of goals) {
    const progress = goalProgress(goal, goal.currentValue);
    const abandoned = goal.status === "abandoned";
    report.goals.push({
      id: goal.id,
      title: goal.title,
      progressPct: progress.progressPct,
      status: progress.status,
      behindSchedule:
        !abandoned && progress.status !== "achieved" && isBehindSchedule(progress.progressPct, goal.targetDate, asOf),
      daysToTarget: daysBetween(asOf, goal.targetDate),
    });
    if (abandoned) continue;
    const awarded = input.achievements.filter((a) => a.goalId === goal.id).map((a) => a.milestone);
    for (const milestone of newMilestones(awarded, progress.progressPct)) {
      report.newAchievements.push({ goalId: goal.id, milestone });
    }
  }
  return report;
}
