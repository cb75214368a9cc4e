import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  hooperIndex,
  isHooperHigh,
  isLowerBetter,
  isWindAided,
  painZone,
  personalBests,
  raceDistanceM,
  stillAirTime,
  toFatEquivalent,
} from "./sprint";
import { metric } from "./test-support";

describe("toFatEquivalent", () => {
  it.each([
    // value, metric, expected: hand time rounded up to 0.1 s, then +0.24 (≤ 200 m) or +0.14 (400 m)
    [10.4, "100m", 10.64],
    [10.41, "100m", 10.74],
    [10.49, "100m", 10.74],
    [10.5, "100m", 10.74],
    [6.8, "60m", 7.04],
    [7.5, "60m", 7.74],
    [8.1, "60mh", 8.34],
    [21.0, "200m", 21.24],
    [13.9, "110mh", 14.14],
    [12.3, "100mH", 12.54],
    [2.8, "30m_fly", 3.04],
    [48.9, "400m", 49.04],
    [52.31, "400mh", 52.54],
    [39.8, "300m", 39.94],
  ])("turns a hand %f in the %s into %f", (value, event, expected) => {
    expect(toFatEquivalent(value, "hand", event)).toBe(expected);
  });

  it("leaves FAT and untimed marks as they are", () => {
    expect(toFatEquivalent(10.41, "fat", "100m")).toBe(10.41);
    expect(toFatEquivalent(10.41, null, "100m")).toBe(10.41);
    expect(toFatEquivalent(10.41, undefined, "100m")).toBe(10.41);
  });

  it("never lets float noise push a whole tenth up (k/10 + 0.24 for every hand time k/10)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 40, max: 700 }), (k) => {
        const expected = Math.round((k + 2.4) * 10) / 100;
        expect(toFatEquivalent(k / 10, "hand", "100m")).toBe(expected);
      }),
    );
  });

  it("reads the race distance from the metric name", () => {
    expect(raceDistanceM("100m")).toBe(100);
    expect(raceDistanceM("110mh")).toBe(110);
    expect(raceDistanceM("30m_fly")).toBe(30);
    expect(raceDistanceM("squat_1rm")).toBeNull();
    expect(raceDistanceM("long_jump")).toBeNull();
  });
});

describe("isWindAided", () => {
  it.each([
    ["100m", 2.0, false],
    ["100m", 2.1, true],
    ["200m", 2.0, false],
    ["200m", 2.3, true],
    ["100mh", 2.4, true],
    ["110mH", 2.1, true],
    ["110mh", -3.0, false],
    ["60m", 5.0, false],
    ["400m", 4.0, false],
    ["100m", null, false],
  ] as const)("%s with %s m/s is wind-aided: %s", (event, wind, aided) => {
    expect(isWindAided(event, wind)).toBe(aided);
  });
});

describe("stillAirTime (Moinat, Fabius & Emanuel 2018)", () => {
  it("holds PRODUCT's worked example: 10.00 s at +2.0 m/s is 10.08 s in still air", () => {
    // a = −0.0449 + 0.009459 × 10 = 0.04969; t0 = 10 + 0.04969 × 2 − 0.0042 × 4 = 10.08258.
    expect(stillAirTime("100m", 10.0, 2.0)).toBeCloseTo(10.08258, 10);
    expect(Math.round(stillAirTime("100m", 10.0, 2.0)! * 100) / 100).toBe(10.08);
  });

  it.each([
    ["100m", 10.0, -2.0, 10 - 0.09938 - 0.0168],
    ["100m", 10.0, 0, 10],
    ["200m", 20.0, 2.0, 20 + 0.18 - 0.04],
    ["200m", 21.36, -1.0, 21.36 - 0.09 - 0.01],
    ["110mh", 13.0, 1.0, 13 + 0.093 - 0.01],
    ["100mh", 12.5, 2.4, 12.5 + 0.2232 - 0.0576],
  ] as const)("%s %f s at %f m/s is %f s in still air", (event, time, wind, expected) => {
    expect(stillAirTime(event, time, wind)).toBeCloseTo(expected, 10);
  });

  it("is slower than the raw time with any tailwind and faster with a headwind", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("100m", "200m", "100mh", "110mh"),
        fc.double({ min: 9, max: 30, noNaN: true }),
        fc.double({ min: 0.1, max: 6, noNaN: true }),
        (event, time, wind) => {
          expect(stillAirTime(event, time, wind)!).toBeGreaterThan(time);
          expect(stillAirTime(event, time, -wind)!).toBeLessThan(time);
        },
      ),
    );
  });

  it("leaves events without a wind model unchanged and is unknown without a wind reading", () => {
    expect(stillAirTime("400m", 48.2, 2.0)).toBe(48.2);
    expect(stillAirTime("60m", 6.9, 1.0)).toBe(6.9);
    expect(stillAirTime("100m", 10.5, null)).toBeNull();
    expect(stillAirTime("200m", 21.5, undefined)).toBeNull();
  });
});

describe("isLowerBetter", () => {
  it.each([
    ["100m", "s", true],
    ["30m_fly", "s", true],
    ["long_jump", "m", false],
    ["standing_long_jump", "cm", false],
    ["squat_1rm", "kg", false],
  ])("%s in %s is lower-is-better: %s", (event, unit, lower) => {
    expect(isLowerBetter(event, unit)).toBe(lower);
  });
});

describe("personalBests", () => {
  const jordan = [
    metric(75, { value: 10.68, windMps: 0.8 }),
    metric(61, { value: 10.62, windMps: 1.5 }),
    metric(45, { value: 10.41, windMps: 2.6 }),
    metric(38, { value: 10.4, timing: "hand", windMps: null }),
    metric(24, { value: 10.52, windMps: 1.2 }),
    metric(10, { value: 10.49, windMps: 0.4 }),
    metric(70, { metric: "squat_1rm", value: 176, unit: "kg", timing: null, windMps: null }),
    metric(28, { metric: "squat_1rm", value: 184, unit: "kg", timing: null, windMps: null }),
  ];

  it("takes the best legal FAT-equivalent time, lists wind-aided marks but never makes them a best", () => {
    const hundred = personalBests(jordan).find((b) => b.metric === "100m");
    expect(hundred?.best).toMatchObject({ value: 10.49, comparable: 10.49, windMps: 0.4 });
    expect(hundred?.windAided.map((m) => m.value)).toEqual([10.41]);
    expect(hundred?.lowerIsBetter).toBe(true);
  });

  it("takes the highest value for a lift", () => {
    const squat = personalBests(jordan).find((b) => b.metric === "squat_1rm");
    expect(squat).toMatchObject({ lowerIsBetter: false, best: { value: 184 } });
  });

  it("compares a hand time by its FAT equivalent", () => {
    const bests = personalBests([metric(9, { value: 10.49 }), metric(3, { value: 10.2, timing: "hand" })]);
    // Hand 10.2 → 10.44 beats FAT 10.49.
    expect(bests[0]?.best).toMatchObject({ value: 10.2, comparable: 10.44, timing: "hand" });
  });

  it("counts +2.0 m/s as legal, and any wind in the 60 m", () => {
    const bests = personalBests([
      metric(9, { value: 10.3, windMps: 2.0 }),
      metric(8, { value: 10.2, windMps: 2.1 }),
      metric(5, { metric: "60m", value: 6.7, windMps: 3.0 }),
    ]);
    expect(bests.find((b) => b.metric === "100m")?.best?.value).toBe(10.3);
    expect(bests.find((b) => b.metric === "60m")?.best?.value).toBe(6.7);
  });

  it("has no best when every mark is wind-aided", () => {
    const [best] = personalBests([metric(3, { metric: "200m", value: 20.9, windMps: 3.1 })]);
    expect(best?.best).toBeNull();
    expect(best?.windAided).toHaveLength(1);
  });

  it("gives a tie to the earliest date and keeps units apart", () => {
    const bests = personalBests([
      metric(5, { value: 10.5 }),
      metric(20, { value: 10.5 }),
      metric(4, { metric: "standing_long_jump", value: 2.5, unit: "m", timing: null, windMps: null }),
      metric(2, { metric: "standing_long_jump", value: 251, unit: "cm", timing: null, windMps: null }),
    ]);
    expect(bests.find((b) => b.metric === "100m")?.best?.date).toBe(metric(20).date);
    expect(bests.filter((b) => b.metric === "standing_long_jump").map((b) => b.unit)).toEqual(["cm", "m"]);
  });
});

describe("pain and wellness scales", () => {
  it.each([
    [0, "safe"],
    [3, "safe"],
    [4, "acceptable"],
    [5, "acceptable"],
    [6, "not_acceptable"],
    [10, "not_acceptable"],
  ] as const)("pain %i is %s (Silbernagel 2007)", (level, zone) => {
    expect(painZone(level)).toBe(zone);
  });

  it("adds sleep, stress, fatigue and soreness into the Hooper index; above 12 is high", () => {
    expect(hooperIndex({ sleep: 5, stress: 4, fatigue: 6, soreness: 5 })).toBe(20);
    expect(hooperIndex({ sleep: 3, stress: 3, fatigue: 3, soreness: 3 })).toBe(12);
    expect(isHooperHigh(12)).toBe(false);
    expect(isHooperHigh(13)).toBe(true);
  });
});
