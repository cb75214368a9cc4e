import { describe, expect, it } from "vitest";
import { ageGradePct } from "@/lib/analysis/wma-factors";
import { buildProgressAnalytics, type MetricRow, metricTrend, personalBestIds } from "./analytics";

let sequence = 0;
const mark = (fields: Partial<MetricRow> & Pick<MetricRow, "value" | "date">): MetricRow => {
  sequence += 1;
  return {
    id: `m${sequence}`,
    metric: "100m",
    unit: "s",
    timing: "fat",
    windMps: null,
    notes: null,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)),
    ...fields,
  };
};

const window = { from: "2026-01-01", asOf: "2026-06-30" };
const nobody = { sex: null, birthDate: null };

describe("metricTrend", () => {
  it("compares the mean of the last 3 legal marks with the 3 before", () => {
    expect(metricTrend([11.0, 10.98, 10.96, 10.8, 10.78, 10.76], true)).toBe("improving");
    expect(metricTrend([10.8, 10.78, 10.76, 11.0, 10.98, 10.96], true)).toBe("declining");
    expect(metricTrend([180, 182, 184, 190, 192, 194], false)).toBe("improving");
  });

  it("is steady within 0.3 % either way", () => {
    // 10.80 → 10.77 is 0.28 % faster: steady. 10.80 → 10.76 is 0.37 %: improving.
    expect(metricTrend([10.8, 10.77], true)).toBe("steady");
    expect(metricTrend([10.8, 10.76], true)).toBe("improving");
  });

  it("uses k = min(3, n/2) marks a side, and needs two legal marks", () => {
    expect(metricTrend([], true)).toBeNull();
    expect(metricTrend([10.5], true)).toBeNull();
    // Five marks: the last 2 against the 2 before; the first is ignored.
    expect(metricTrend([9.0, 11.0, 11.0, 10.5, 10.5], true)).toBe("improving");
    // Seven: only the last 6 count.
    expect(metricTrend([20, 10.5, 10.5, 10.5, 10.5, 10.5, 10.5], true)).toBe("steady");
  });
});

describe("buildProgressAnalytics", () => {
  it("converts hand times, keeps wind-aided marks out of the best, and counts exactly +2.0", () => {
    const hand = mark({ value: 10.4, timing: "hand", date: "2026-02-01" });
    const aided = mark({ value: 10.5, windMps: 2.1, date: "2026-03-01" });
    const legal = mark({ value: 10.6, windMps: 2.0, date: "2026-04-01" });
    const result = buildProgressAnalytics([hand, aided, legal], window, nobody);
    expect(result.metrics.map((m) => [m.value, m.fat_equivalent, m.wind_aided, m.is_pb])).toEqual([
      [10.4, 10.64, false, false],
      [10.5, 10.5, true, false],
      [10.6, 10.6, false, true],
    ]);
    expect(result.summary["100m"]).toMatchObject({ best: 10.6, best_date: "2026-04-01", latest: 10.6, count: 3 });
  });

  it("gives the still-air time of the worked example: 10.00 s at +2.0 m/s is 10.08 s", () => {
    const result = buildProgressAnalytics([mark({ value: 10.0, windMps: 2.0, date: "2026-05-01" })], window, nobody);
    expect(result.metrics[0]).toMatchObject({ still_air: 10.08, wind_aided: false, is_pb: true });
  });

  it("has no best when every mark is wind-aided, and ties go to the earliest mark", () => {
    const aidedOnly = buildProgressAnalytics([mark({ value: 10.2, windMps: 3, date: "2026-02-01" })], window, nobody);
    expect(aidedOnly.summary["100m"]).toMatchObject({ best: null, best_date: null, latest: 10.2 });

    const first = mark({ value: 10.5, date: "2026-02-01" });
    const second = mark({ value: 10.5, date: "2026-03-01" });
    expect(personalBestIds([second, first]).get("100m")).toBe(first.id);
  });

  it("takes the best from every mark ever, but lists, counts and trends only the window", () => {
    const old = mark({ value: 10.3, date: "2025-06-01" });
    const recent = [10.9, 10.88, 10.86, 10.7, 10.68, 10.66].map((value, i) =>
      mark({ value, date: `2026-0${i + 1}-15` }),
    );
    const result = buildProgressAnalytics([old, ...recent], window, nobody);
    expect(result.metrics).toHaveLength(6);
    expect(result.metrics.some((m) => m.is_pb)).toBe(false);
    expect(result.summary["100m"]).toMatchObject({
      best: 10.3,
      best_date: "2025-06-01",
      latest: 10.66,
      latest_date: "2026-06-15",
      trend: "improving",
      count: 6,
    });
  });

  it("ranks distances and loads higher-is-better, without FAT or still-air figures", () => {
    const squats = [180, 190, 185].map((value, i) =>
      mark({ metric: "squat_1rm", unit: "kg", timing: null, value, date: `2026-0${i + 1}-10` }),
    );
    const result = buildProgressAnalytics(squats, window, nobody);
    expect(result.summary.squat_1rm).toMatchObject({ unit: "kg", best: 190, latest: 185 });
    expect(result.metrics.find((m) => m.is_pb)?.value).toBe(190);
    expect(result.metrics[0]).toMatchObject({ fat_equivalent: null, still_air: null, wind_aided: false });
  });

  it("age-grades the bests of a masters athlete only", () => {
    const marks = [mark({ value: 11.5, windMps: 0.5, date: "2026-05-01" })];
    const masters = buildProgressAnalytics(marks, window, { sex: "male", birthDate: "1980-03-01" });
    expect(masters.age_graded).toEqual({ "100m": ageGradePct("100m", "male", 46, 11.5) });
    expect(buildProgressAnalytics(marks, window, { sex: "male", birthDate: "1995-03-01" })).not.toHaveProperty(
      "age_graded",
    );
    expect(buildProgressAnalytics(marks, window, { sex: null, birthDate: "1980-03-01" })).not.toHaveProperty(
      "age_graded",
    );
  });
});
