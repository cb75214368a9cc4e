import { describe, expect, it } from "vitest";
import { ageOn } from "@/lib/core/dates";
import { personalBests, toFatEquivalent } from "./sprint";
import { metric } from "./test-support";
import {
  ageGradedBests,
  ageGradePct,
  WMA_AGE_FACTORS_2023,
  WMA_EVENTS,
  WMA_FIRST_AGE,
  WMA_LAST_AGE,
  WMA_OPEN_STANDARDS_2023,
} from "./wma-factors";

describe("WMA 2023 age factors", () => {
  it("covers every age from 35 to 100 for both sexes and the three events", () => {
    for (const sex of ["female", "male"] as const) {
      for (const event of WMA_EVENTS) {
        expect(WMA_AGE_FACTORS_2023[sex][event]).toHaveLength(WMA_LAST_AGE - WMA_FIRST_AGE + 1);
      }
    }
  });

  it("never rises with age and stays within (0, 1]", () => {
    for (const sex of ["female", "male"] as const) {
      for (const event of WMA_EVENTS) {
        const factors = WMA_AGE_FACTORS_2023[sex][event];
        factors.forEach((factor, i) => {
          expect(factor).toBeGreaterThan(0);
          expect(factor).toBeLessThanOrEqual(1);
          if (i > 0) expect(factor).toBeLessThanOrEqual(factors[i - 1]!);
        });
      }
    }
  });

  it.each([
    // Spot values of the published table.
    ["male", "100m", 35, 0.9999],
    ["male", "100m", 50, 0.9031],
    ["male", "200m", 35, 0.9791],
    ["male", "400m", 35, 0.9824],
    ["female", "100m", 42, 0.9661],
    ["female", "200m", 58, 0.8454],
    ["female", "400m", 35, 0.9783],
    ["female", "100m", 100, 0.4464],
  ] as const)("%s %s at %i is %f", (sex, event, age, factor) => {
    expect(WMA_AGE_FACTORS_2023[sex][event][age - WMA_FIRST_AGE]).toBe(factor);
  });

  it("uses the WMA 2023 open standards", () => {
    expect(WMA_OPEN_STANDARDS_2023.male).toEqual({ "100m": 9.58, "200m": 19.19, "400m": 43.03 });
    expect(WMA_OPEN_STANDARDS_2023.female).toEqual({ "100m": 10.54, "200m": 21.53, "400m": 48.14 });
  });
});

describe("ageGradePct", () => {
  it.each([
    // standard ÷ (time × factor) × 100
    ["a W42 100 m in 12.58", "100m", "female", 42, 12.58, (10.54 / (12.58 * 0.9661)) * 100],
    ["a W58 200 m in 27.87", "200m", "female", 58, 27.87, (21.53 / (27.87 * 0.8454)) * 100],
    ["an M58 100 m in 13.90", "100m", "male", 58, 13.9, (9.58 / (13.9 * 0.8546)) * 100],
    ["an M35 400 m in 48.00", "400m", "male", 35, 48.0, (43.03 / (48.0 * 0.9824)) * 100],
  ] as const)("grades %s", (_, event, sex, age, time, expected) => {
    expect(ageGradePct(event, sex, age, time)).toBe(Math.round(expected * 100) / 100);
  });

  it("gives 100 % for the open standard at an age whose factor is 1", () => {
    expect(ageGradePct("100m", "female", 35, 10.54)).toBe(100);
  });

  it("grades a hand time once it is converted to its FAT equivalent", () => {
    const fat = toFatEquivalent(12.5, "hand", "100m");
    expect(fat).toBe(12.74);
    expect(ageGradePct("100m", "female", 42, fat)).toBe(Math.round((10.54 / (12.74 * 0.9661)) * 10000) / 100);
  });

  it.each([
    ["an event without a table", "60m", "female", 42, 7.9],
    ["a sex outside the tables", "100m", "other", 42, 12.5],
    ["an unknown sex", "100m", null, 42, 12.5],
    ["an age under 35", "100m", "male", 34, 11],
    ["an age over 100", "100m", "male", 101, 30],
    ["a fractional age", "100m", "male", 40.5, 11],
    ["a zero time", "100m", "male", 40, 0],
  ] as const)("has no grade for %s", (_, event, sex, age, time) => {
    expect(ageGradePct(event, sex, age, time)).toBeNull();
  });

  it("takes the age in whole years on the day of the performance", () => {
    expect(ageOn("1984-06-15", "2026-06-14")).toBe(41);
    expect(ageOn("1984-06-15", "2026-06-15")).toBe(42);
    expect(ageOn("1988-02-29", "2026-02-28")).toBe(37);
    expect(ageOn("1988-02-29", "2026-03-01")).toBe(38);
  });
});

describe("ageGradedBests", () => {
  it("grades each legal best with a table at the athlete's age on the day of the mark", () => {
    const bests = personalBests([
      metric(3, { value: 12.58, windMps: 1.6 }),
      metric(20, { value: 12.4, windMps: 2.4 }),
      metric(17, { metric: "200m", value: 26.18, windMps: 0.8 }),
      metric(10, { metric: "standing_long_jump", value: 2.52, unit: "m", timing: null, windMps: null }),
    ]);
    // Born 1984-05-01: 42 on every mark date of November 2026.
    expect(ageGradedBests(bests, "female", "1984-05-01")).toEqual([
      {
        metric: "100m",
        time: 12.58,
        date: metric(3).date,
        age: 42,
        pct: Math.round((10.54 / (12.58 * 0.9661)) * 10000) / 100,
      },
      {
        metric: "200m",
        time: 26.18,
        date: metric(17).date,
        age: 42,
        pct: Math.round((21.53 / (26.18 * 0.9636)) * 10000) / 100,
      },
    ]);
  });

  it("has nothing to grade without a birth date or for an open-age athlete", () => {
    const bests = personalBests([metric(3, { value: 10.49 })]);
    expect(ageGradedBests(bests, "male", null)).toEqual([]);
    expect(ageGradedBests(bests, "male", "1999-01-01")).toEqual([]);
  });
});
