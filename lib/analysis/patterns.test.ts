import { describe, expect, it } from "vitest";
import { analyzePatterns, rpeTrend } from "./patterns";
import { AS_OF, athlete, session } from "./test-support";
import type { AthleteInput } from "./types";

const recommendationTypes = (input: AthleteInput) => analyzePatterns(input, AS_OF).recommendations.map((r) => r.type);

describe("analyzePatterns", () => {
  it("returns the API shape with the figures worked out by hand", () => {
    const input = athlete({
      sessions: [
        session(0, { type: "acceleration", rpe: 6, durationMin: 60 }),
        session(2, { type: "max_velocity", rpe: 8, durationMin: 45 }),
        session(4, { type: "strength", rpe: 7, durationMin: 30 }),
        session(8, { type: "tempo", rpe: 5, durationMin: 60 }),
        session(10, { type: "tempo", rpe: 5, durationMin: 60 }),
        session(15, { type: "technique", rpe: 6, durationMin: 50, mood: 2 }),
        session(20, { type: "plyometrics", rpe: 6, durationMin: 50 }),
      ],
    });
    // Last 7 days: loads 360 (day 0), 360 (day 2), 210 (day 4), 0 on the other four days.
    // Mean 930/7; population variance (360² + 360² + 210²)/7 − (930/7)² = 1 258 200/49.
    const monotony = 930 / Math.sqrt(1_258_200);
    expect(analyzePatterns(input, AS_OF)).toEqual({
      sessions_per_week: 1.75,
      in_optimal_range: false,
      variety: { types: ["acceleration", "max_velocity", "strength", "tempo"], count: 4 },
      rpe: { average: 7, trend: "up" },
      negative_moods: 1,
      load: {
        acute: 930,
        chronic: (930 + 600 + 600) / 4,
        // The first session is 20 days back: less than the 28-day chronic window, so no ratio yet.
        acwr: null,
        monotony: Math.round(monotony * 100) / 100,
        strain: Math.round(930 * monotony * 100) / 100,
      },
      recommendations: [{ type: "train_more", message: expect.stringContaining("1.75 sessions a week") }],
    });
  });

  it.each([
    [11, 2.75, false],
    [12, 3, true],
    [24, 6, true],
    [25, 6.25, false],
  ])("with %i sessions in 28 days: %f a week, in the 3–6 range: %s", (n, perWeek, optimal) => {
    const sessions = Array.from({ length: n }, (_, i) => session(i, { type: i % 2 ? "tempo" : "acceleration" }));
    const patterns = analyzePatterns(athlete({ sessions }), AS_OF);
    expect(patterns.sessions_per_week).toBe(perWeek);
    expect(patterns.in_optimal_range).toBe(optimal);
    expect(patterns.recommendations.some((r) => r.type === "train_more")).toBe(perWeek < 3);
    expect(patterns.recommendations.some((r) => r.type === "train_less")).toBe(perWeek > 6);
  });

  it("rounds display values to 2 decimals", () => {
    const sessions = [7, 8, 8].map((rpe, i) => session(i, { rpe, type: "tempo" }));
    expect(analyzePatterns(athlete({ sessions }), AS_OF).rpe.average).toBe(7.67);
  });

  it("recommends recovery at an average RPE of 8 but not 7.5", () => {
    const at = (rpes: number[]) =>
      recommendationTypes(athlete({ sessions: rpes.map((rpe, i) => session(i, { rpe })) }));
    expect(at([8, 8])).toContain("recovery");
    expect(at([7, 8])).not.toContain("recovery");
  });

  it("recommends mental training at 5 negative-mood sessions in 28 days but not 4", () => {
    const at = (low: number) =>
      recommendationTypes(
        athlete({ sessions: Array.from({ length: 6 }, (_, i) => session(i * 4, { mood: i < low ? 2 : 3 })) }),
      );
    expect(at(5)).toContain("mental_training");
    expect(at(4)).not.toContain("mental_training");
  });

  it("recommends diversifying with one session type in 14 days, but not with none at all", () => {
    expect(recommendationTypes(athlete({ sessions: [session(3, { type: "technique" })] }))).toContain("diversify");
    const none = recommendationTypes(athlete({ sessions: [session(20)] }));
    expect(none).not.toContain("diversify");
    expect(none).toContain("train_more");
    expect(recommendationTypes(athlete({ sessions: [session(3), session(5, { type: "strength" })] }))).not.toContain(
      "diversify",
    );
  });

  it("recommends reducing the load on an ACWR spike and varying it when monotony is high", () => {
    const easy = [7, 9, 11, 14, 16, 18, 21, 23, 25, 28, 30, 32].map((d) => session(d, { rpe: 4, durationMin: 30 }));
    const hard = [0, 1, 2, 3, 4, 6].map((d) => session(d, { rpe: 7, durationMin: 90, type: "acceleration" }));
    const patterns = analyzePatterns(athlete({ sessions: [...easy, ...hard] }), AS_OF);
    expect(patterns.load.acwr).toBeGreaterThan(1.5);
    expect(patterns.recommendations.map((r) => r.type)).toEqual(["reduce_load", "vary_load"]);
  });

  it("has no RPE average or trend without sessions", () => {
    expect(analyzePatterns(athlete(), AS_OF).rpe).toEqual({ average: null, trend: null });
  });
});

describe("rpeTrend", () => {
  it.each([
    [7, 6.5, "up"],
    [7, 6.6, "flat"],
    [7, 7, "flat"],
    [6.6, 7, "flat"],
    [6.5, 7, "down"],
    [22 / 3, 41 / 6, "up"],
    [null, 6, null],
    [6, null, null],
  ] as const)("last week %s against %s is %s", (current, previous, trend) => {
    expect(rpeTrend(current, previous)).toBe(trend);
  });
});
