import { describe, expect, it } from "vitest";
import { knownMetric, METRIC_GROUPS, metricLabel, metricUnit } from "@/lib/progress/metrics";
import { METRIC_SLUG, trackMetricInput } from "@/lib/progress/schemas";

describe("the metrics an athlete picks from", () => {
  it("offers only slugs the API accepts, each once, with a unit the API accepts for it", () => {
    const all = METRIC_GROUPS.flatMap((group) => group.metrics);
    expect(new Set(all.map((m) => m.value)).size).toBe(all.length);
    for (const metric of all) {
      expect(metric.value).toMatch(METRIC_SLUG);
      const value = metric.unit === "s" ? 60 : metric.unit === "kg" ? 100 : metric.unit === "m" ? 2.5 : 40;
      const parsed = trackMetricInput.safeParse({ metric: metric.value, value, unit: metric.unit, date: "2026-11-24" });
      expect(parsed.success, metric.value).toBe(true);
    }
  });

  it("groups the events apart from lifts, jumps and tests", () => {
    expect(METRIC_GROUPS.map((group) => group.label)).toEqual(["Events", "Lifts, jumps and tests"]);
    expect(METRIC_GROUPS[0]!.metrics.every((m) => m.unit === "s")).toBe(true);
    expect(knownMetric("squat_1rm")).toEqual({ value: "squat_1rm", label: "back squat", unit: "kg" });
    expect(knownMetric("150m")).toBeUndefined();
  });

  it("names a metric in words, listed or not", () => {
    expect(metricLabel("100m")).toBe("100 m");
    expect(metricLabel("110mh")).toBe("110 m hurdles");
    expect(metricLabel("60mH")).toBe("60 m hurdles");
    expect(metricLabel("4x100m")).toBe("4 × 100 m relay");
    expect(metricLabel("30m_fly")).toBe("30 m fly");
    expect(metricLabel("squat_1rm")).toBe("back squat");
    expect(metricLabel("150m")).toBe("150 m");
    expect(metricLabel("bench_press_3rm")).toBe("bench press 3rm");
  });

  it("knows the unit of a listed metric and of any race distance", () => {
    expect(metricUnit("standing_long_jump")).toBe("m");
    expect(metricUnit("countermovement_jump")).toBe("cm");
    expect(metricUnit("150m")).toBe("s");
    expect(metricUnit("bench_press_3rm")).toBeUndefined();
  });
});
