import { describe, expect, it } from "vitest";
import { impossibleSpeed, impossibleTime, metricDirection, wrongWayGoal } from "./plausibility";
import { FASTEST_PLAUSIBLE_TIME_S } from "./thresholds";

describe("impossibleTime: marks no human can run (PRODUCT 9)", () => {
  it.each([
    ["60m", 5.79, 5.8],
    ["100m", 8.99, 9.0],
    ["200m", 18.49, 18.5],
    ["400m", 39.99, 40.0],
    ["60mh", 6.79, 6.8],
    ["100mh", 10.99, 11.0],
    ["110mh", 11.99, 12.0],
    ["400mh", 43.99, 44.0],
  ])("refuses a %s in %d s and accepts one in %d s", (metric, refused, accepted) => {
    expect(impossibleTime(metric, refused)).toMatch(/^must be at least \d+\.\d\d s: .*\(world record/);
    expect(impossibleTime(metric, accepted)).toBeUndefined();
  });

  it("refuses the 100 m in 3.2 s, naming the limit and the record", () => {
    expect(impossibleTime("100m", 3.2)).toBe(
      "must be at least 9.00 s: a faster 100m is beyond any human (world record 9.58 s)",
    );
  });

  it("accepts every world record and the times a club sprinter runs", () => {
    for (const [event, { record }] of Object.entries(FASTEST_PLAUSIBLE_TIME_S)) {
      expect(impossibleTime(event, record)).toBeUndefined();
    }
    expect(impossibleTime("100m", 11.44)).toBeUndefined();
    expect(impossibleTime("100 M", 10.2)).toBeUndefined();
  });

  it("holds other race distances to 13 m/s", () => {
    expect(impossibleTime("30m_fly", 2.3)).toBe(
      "must be at least 2.31 s: 30 m in less is faster than 13 m/s, beyond any human sprinter",
    );
    expect(impossibleTime("30m_fly", 2.31)).toBeUndefined();
    expect(impossibleTime("150m", 11.54)).toBeUndefined();
    expect(impossibleTime("150m", 11.53)).toMatch(/^must be at least 11\.54 s/);
  });

  it("does not judge what is not a race time", () => {
    expect(impossibleTime("squat_1rm", 0.5)).toBeUndefined();
    expect(impossibleTime("long_jump", 1)).toBeUndefined();
  });
});

describe("impossibleSpeed: a rep over a distance", () => {
  it("passes exactly 13 m/s and refuses anything faster", () => {
    expect(impossibleSpeed(26, 2)).toBeUndefined();
    expect(impossibleSpeed(26, 1.99)).toMatch(/^must be at least 2\.00 s: 26 m in less/);
  });

  it("refuses a time of zero over a distance, and judges nothing without a distance", () => {
    expect(impossibleSpeed(30, 0)).toBeDefined();
    expect(impossibleSpeed(0, 0)).toBeUndefined();
  });
});

describe("goals that point the wrong way", () => {
  it("knows a race time improves downwards, and a jump, a lift or a metre mark upwards", () => {
    expect(metricDirection("100m")).toBe("lower");
    expect(metricDirection("110mh")).toBe("lower");
    expect(metricDirection("standing_long_jump")).toBe("higher");
    expect(metricDirection("squat_1rm")).toBe("higher");
    expect(metricDirection("reaction", "s")).toBe("lower");
    expect(metricDirection("reaction", "cm")).toBe("higher");
    expect(metricDirection("reaction")).toBeUndefined();
  });

  it("refuses a 100 m goal from 11.44 s to 12.5 s and accepts one to 11.2 s", () => {
    expect(wrongWayGoal({ metric: "100m", baseline_value: 11.44, target_value: 12.5 })).toBe(
      "must be lower than the baseline (11.44): a 100m goal is a faster, lower time",
    );
    expect(wrongWayGoal({ metric: "100m", baseline_value: 11.44, target_value: 11.2 })).toBeUndefined();
  });

  it("refuses a jump goal below its baseline and accepts one above it", () => {
    expect(wrongWayGoal({ metric: "long_jump", baseline_value: 6.1, target_value: 5.9 })).toMatch(
      /^must be higher than the baseline \(6\.1\)/,
    );
    expect(wrongWayGoal({ metric: "long_jump", baseline_value: 6.1, target_value: 6.4 })).toBeUndefined();
  });

  it("lets the unit of the athlete's marks decide for a metric the name does not explain", () => {
    const goal = { metric: "agility_test", baseline_value: 10, target_value: 9 };
    expect(wrongWayGoal(goal)).toBeUndefined();
    expect(wrongWayGoal(goal, "s")).toBeUndefined();
    expect(wrongWayGoal(goal, "cm")).toMatch(/^must be higher/);
  });
});
