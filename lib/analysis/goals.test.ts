import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MILESTONES } from "@/lib/core/domain";
import { analyzeGoals, goalProgress, isBehindSchedule, newMilestones } from "./goals";
import { AS_OF, ago } from "./test-support";
import type { GoalInput } from "./types";

const goal = (fields: Partial<GoalInput> = {}): GoalInput => ({
  id: "goal-1",
  title: "Break 10.40",
  metric: "100m",
  baselineValue: 10.68,
  targetValue: 10.4,
  currentValue: null,
  targetDate: ago(-100),
  status: "active",
  ...fields,
});

describe("goalProgress", () => {
  it.each([
    // lower is better: (baseline − current) ÷ (baseline − target)
    [10.68, 10.4, 10.47, 75, "active"],
    [10.68, 10.4, 10.68, 0, "active"],
    [10.68, 10.4, 10.54, 50, "active"],
    [10.68, 10.4, 10.4, 100, "achieved"],
    [10.68, 10.4, 10.3, 100, "achieved"],
    [10.68, 10.4, 10.8, 0, "active"],
    [12.95, 12.6, 12.58, 100, "achieved"],
    // higher is better: (current − baseline) ÷ (target − baseline)
    [170, 190, 184, 70, "active"],
    [170, 190, 176, 30, "active"],
    [170, 190, 200, 100, "achieved"],
    [170, 190, 160, 0, "active"],
    [2.4, 2.55, 2.52, 80, "active"],
  ] as const)("from %f towards %f, at %f is %f %% (%s)", (baselineValue, targetValue, current, pct, status) => {
    const result = goalProgress(goal({ baselineValue, targetValue }), current);
    expect(result.progressPct).toBe(pct);
    expect(result.status).toBe(status);
    expect(result.lowerIsBetter).toBe(targetValue < baselineValue);
  });

  it("is 0 without a current value, and for a goal whose target equals its baseline", () => {
    expect(goalProgress(goal(), null).progressPct).toBe(0);
    expect(goalProgress(goal(), undefined).progressPct).toBe(0);
    expect(goalProgress(goal({ baselineValue: 10, targetValue: 10 }), 9).progressPct).toBe(0);
  });

  it("keeps an achieved goal achieved and an abandoned goal abandoned", () => {
    expect(goalProgress(goal({ status: "achieved" }), 10.6).status).toBe("achieved");
    expect(goalProgress(goal({ status: "abandoned" }), 10.3).status).toBe("abandoned");
  });

  it("always lies within 0–100, whatever the numbers (NaN and infinities included)", () => {
    fc.assert(
      fc.property(
        fc.double(),
        fc.double(),
        fc.option(fc.double(), { nil: null }),
        (baselineValue, targetValue, current) => {
          const { progressPct } = goalProgress(goal({ baselineValue, targetValue }), current);
          expect(progressPct >= 0 && progressPct <= 100).toBe(true);
        },
      ),
    );
  });
});

describe("newMilestones", () => {
  it.each([
    [[], 80, [25, 50, 75]],
    [[25], 80, [50, 75]],
    [[25, 50, 75], 80, []],
    [[], 100, [25, 50, 75, 100]],
    [[], 24.99, []],
    [[], 25, [25]],
    [[50], 80, [25, 75]],
  ] as const)("with %j awarded, at %f %% awards %j", (awarded, pct, expected) => {
    expect(newMilestones(awarded, pct)).toEqual(expected);
  });

  it.each([
    [30, 76, [50, 75]],
    [0, 100, [25, 50, 75, 100]],
    [50, 50, []],
    [80, 40, []],
  ] as const)("from %f %% to %f %% awards %j", (previous, pct, expected) => {
    expect(newMilestones(previous, pct)).toEqual(expected);
  });

  it("awards each milestone once ever: awarding the result again gives nothing new", () => {
    fc.assert(
      fc.property(fc.subarray([...MILESTONES]), fc.double({ min: 0, max: 100, noNaN: true }), (awarded, pct) => {
        const fresh = newMilestones(awarded, pct);
        expect(fresh.every((m) => m <= pct && !awarded.includes(m))).toBe(true);
        expect(newMilestones([...awarded, ...fresh], pct)).toEqual([]);
      }),
    );
  });
});

describe("isBehindSchedule", () => {
  it.each([
    [69.9, 29, true],
    [70, 29, false],
    [69.9, 30, false],
    [70, 30, false],
    [0, 0, true],
    [69.9, -1, true],
    [85, -1, true],
    [100, -5, false],
    [100, 10, false],
  ])("at %f %% with %i days to the target date: %s", (pct, daysLeft, behind) => {
    expect(isBehindSchedule(pct, ago(-daysLeft), AS_OF)).toBe(behind);
  });
});

describe("analyzeGoals", () => {
  it("reports progress, status and schedule, and the achievements to record, jumped milestones included", () => {
    const report = analyzeGoals(
      {
        goals: [
          goal({ id: "sprint", currentValue: 10.47, targetDate: ago(-20) }),
          goal({ id: "squat", baselineValue: 170, targetValue: 190, currentValue: 184, targetDate: ago(-90) }),
          goal({ id: "done", currentValue: 10.39, targetDate: ago(-40) }),
          goal({ id: "dropped", currentValue: 10.4, status: "abandoned", targetDate: ago(-10) }),
        ],
        achievements: [
          { goalId: "sprint", milestone: 25 },
          { goalId: "squat", milestone: 25 },
          { goalId: "squat", milestone: 50 },
        ],
      },
      AS_OF,
    );
    expect(report.goals).toEqual([
      {
        id: "dropped",
        title: "Break 10.40",
        progressPct: 100,
        status: "abandoned",
        behindSchedule: false,
        daysToTarget: 10,
      },
      {
        id: "sprint",
        title: "Break 10.40",
        progressPct: 75,
        status: "active",
        behindSchedule: false,
        daysToTarget: 20,
      },
      {
        id: "done",
        title: "Break 10.40",
        progressPct: 100,
        status: "achieved",
        behindSchedule: false,
        daysToTarget: 40,
      },
      { id: "squat", title: "Break 10.40", progressPct: 70, status: "active", behindSchedule: false, daysToTarget: 90 },
    ]);
    // Squat at 70 % already holds 25 and 50, and 75 is not reached: nothing new for it. The abandoned goal earns nothing.
    expect(report.newAchievements).toEqual([
      { goalId: "sprint", milestone: 50 },
      { goalId: "sprint", milestone: 75 },
      { goalId: "done", milestone: 25 },
      { goalId: "done", milestone: 50 },
      { goalId: "done", milestone: 75 },
      { goalId: "done", milestone: 100 },
    ]);
  });

  it("flags a goal under 70 % with 29 days left but not with 30", () => {
    const at = (days: number) =>
      analyzeGoals({ goals: [goal({ currentValue: 10.54, targetDate: ago(-days) })], achievements: [] }, AS_OF).goals[0]
        ?.behindSchedule;
    expect(at(29)).toBe(true);
    expect(at(30)).toBe(false);
  });
});
