import { describe, expect, it } from "vitest";
import { fitSprintProfile, type SprintProfile, type SprintProfileResult, validateSprintProfileInput } from "./index";
import { timeAtDistance } from "./model";
import type { Split, SprintProfileInput } from "./types";

function splitsOf(distances: readonly number[], times: readonly number[]): Split[] {
  return distances.map((distance_m, i) => ({ distance_m, time_s: times[i]! }));
}

function profileOf(result: SprintProfileResult): SprintProfile {
  if (!result.ok) throw new Error(`expected a profile, got ${result.error.code} on ${result.error.field}`);
  return result.profile;
}

function errorOf(result: SprintProfileResult) {
  if (result.ok) throw new Error("expected an error, got a profile");
  return result.error;
}

/**
 * A published value agrees when it is within the 0.5 % PRODUCT 4.9 asks, and also within half a unit of the last
 * digit {shorts} printed (so the rounding of the printout is the only difference).
 */
function expectPublished(actual: number, published: number, decimals: number) {
  expect(Math.abs(actual / published - 1)).toBeLessThanOrEqual(0.005);
  expect(Math.abs(actual - published)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
}

/**
 * {shorts} (github.com/mladenjovanovic/shorts), data set `split_times`, athlete "Kimberley": generated without
 * noise from MSS 9, MAC 7 with a 0.3 m flying start and rounded to 1 ms (data-raw/split-times.R). The times with
 * all their decimals are printed in README.md of version 1.1.6; the fits below are printed in README.md of
 * version 3.3.0 (commit 5f8ce5554b5aca0e857199e0eb50bf66d7089130, 2024-10-27), and the 4-decimal estimates of
 * the plain fit also in the summary() of README.md 1.1.6 (model_using_splits, the same model).
 */
const KIMBERLEY = splitsOf([5, 10, 15, 20, 30, 40], [1.158, 1.893, 2.541, 3.149, 4.313, 5.444]);

describe("fitSprintProfile agrees with {shorts}' published examples", () => {
  it("model_timing_gates(Kimberley): MSS 8.5911, TAU 0.8113, MAC 10.589, PMAX 22.743, RSE 0.0340", () => {
    const p = profileOf(fitSprintProfile({ splits: KIMBERLEY }));
    expectPublished(p.mss, 8.5911, 4);
    expectPublished(p.tau, 0.8113, 4);
    expectPublished(p.mac, 10.589, 3);
    expectPublished(p.pmax, 22.743, 3);
    expectPublished(p.rse, 0.034, 4);
    // residuals(kimberley_profile) and predict(kimberley_profile), README 3.3.0.
    const published = [-0.05293, -0.00402, 0.01997, 0.02699, 0.01376, -0.02232];
    const predicted = [1.21, 1.9, 2.52, 3.12, 4.3, 5.47];
    for (const [i, r] of p.residuals.entries()) {
      expect(Math.abs(r.residual_s - published[i]!)).toBeLessThanOrEqual(0.5e-5);
      expect(Math.abs(r.predicted_s - predicted[i]!)).toBeLessThanOrEqual(0.5e-2);
      expect(r.time_s).toBe(KIMBERLEY[i]!.time_s);
      expect(r.residual_s).toBeCloseTo(r.time_s - r.predicted_s, 12);
    }
  });

  it("model_timing_gates(Kimberley, time + 0.3): MSS 9.1278, MAC 6.6257, TAU 1.38, PMAX 15.12, RSE 0.00997", () => {
    const p = profileOf(fitSprintProfile({ splits: KIMBERLEY, timeCorrection_s: 0.3 }));
    expectPublished(p.mss, 9.1278, 4);
    expectPublished(p.mac, 6.6257, 4);
    expectPublished(p.tau, 1.38, 2);
    expectPublished(p.pmax, 15.12, 2);
    expectPublished(p.rse, 0.00997, 5);
    expect(p.timeCorrection_s).toBe(0.3);
    // Model fit estimators printed with it: maxErr 0.01640 (at 5 m) and minErr −0.00769 (at 20 m).
    const residuals = p.residuals.map((r) => r.residual_s);
    expectPublished(Math.max(...residuals), 0.0164, 5);
    expectPublished(Math.min(...residuals), -0.00769, 5);
  });
});

describe("fitSprintProfile recovers the parameters that generated exact splits", () => {
  const cases: [number, number, number[]][] = [
    [6, 0.5, [5, 10, 20, 30, 40]],
    [7.5, 0.9, [10, 20, 30]],
    [9, 1.1, [5, 10, 15, 20, 30, 40]],
    [10.5, 1.3, [10, 20, 30, 40, 50, 60]],
    [12, 1.5, [5, 10, 20, 30]],
    [8, 2, [2, 4, 6, 8, 10]],
  ];

  it.each(cases)("MSS %s m/s, TAU %s s over %j m, within 0.1 %", (mss, tau, distances) => {
    const times = distances.map((d) => timeAtDistance(d, mss, tau));
    const p = profileOf(fitSprintProfile({ splits: splitsOf(distances, times) }));
    expect(Math.abs(p.mss / mss - 1)).toBeLessThan(0.001);
    expect(Math.abs(p.tau / tau - 1)).toBeLessThan(0.001);
    expect(p.mac).toBeCloseTo(p.mss / p.tau, 12);
    expect(p.pmax).toBeCloseTo((p.mss * p.mac) / 4, 12);
    expect(p.rse).toBeLessThan(1e-6);
  });

  it.each(cases)("MSS %s m/s, TAU %s s over %j m with a 0.3 s correction, within 0.1 %", (mss, tau, distances) => {
    // A start behind the first gate: the gates start the clock 0.3 s after the athlete did.
    const times = distances.map((d) => timeAtDistance(d, mss, tau) - 0.3);
    const p = profileOf(fitSprintProfile({ splits: splitsOf(distances, times), timeCorrection_s: 0.3 }));
    expect(Math.abs(p.mss / mss - 1)).toBeLessThan(0.001);
    expect(Math.abs(p.tau / tau - 1)).toBeLessThan(0.001);
    for (const [i, r] of p.residuals.entries()) {
      expect(r.time_s).toBe(times[i]);
      expect(r.predicted_s).toBeCloseTo(times[i]!, 6);
    }
  });

  it("fits noisy, rounded splits without failing", () => {
    // Timing-gate noise of ±10 ms rounded to 10 ms, from a fixed sequence so that the test is repeatable.
    const noise = [0.008, -0.01, 0.004, -0.002, 0.006, -0.007];
    const distances = [5, 10, 15, 20, 30, 40];
    const times = distances.map((d, i) => Math.round((timeAtDistance(d, 8.5, 1) + noise[i]!) * 100) / 100);
    const p = profileOf(fitSprintProfile({ splits: splitsOf(distances, times) }));
    expect(p.mss).toBeGreaterThan(8);
    expect(p.mss).toBeLessThan(9);
    expect(p.rse).toBeLessThan(0.02);
  });
});

describe("fitSprintProfile refuses what it cannot fit, naming the field", () => {
  const good = splitsOf([10, 20, 30], [1.89, 3.15, 4.31]);
  const fitWith = (input: Partial<SprintProfileInput>) => fitSprintProfile({ splits: good, ...input });

  it("needs 3 splits: 2 are refused on `splits`, 3 fit", () => {
    expect(errorOf(fitWith({ splits: good.slice(0, 2) }))).toMatchObject({ code: "too_few_splits", field: "splits" });
    expect(errorOf(fitWith({ splits: [] }))).toMatchObject({ code: "too_few_splits", field: "splits" });
    expect(fitWith({ splits: good }).ok).toBe(true);
  });

  it("refuses a distance or time that is not a positive number", () => {
    const cases: [Split, string][] = [
      [{ distance_m: 0, time_s: 1.89 }, "splits[0].distance_m"],
      [{ distance_m: -10, time_s: 1.89 }, "splits[0].distance_m"],
      [{ distance_m: Number.NaN, time_s: 1.89 }, "splits[0].distance_m"],
      [{ distance_m: 10, time_s: 0 }, "splits[0].time_s"],
      [{ distance_m: 10, time_s: -1.89 }, "splits[0].time_s"],
      [{ distance_m: 10, time_s: Number.POSITIVE_INFINITY }, "splits[0].time_s"],
    ];
    for (const [first, field] of cases) {
      expect(errorOf(fitWith({ splits: [first, ...good.slice(1)] }))).toMatchObject({ code: "invalid_value", field });
    }
  });

  it("refuses a distance or a time equal to the one before, and one that goes back", () => {
    const equalDistance = splitsOf([10, 20, 20], [1.89, 3.15, 4.31]);
    expect(errorOf(fitWith({ splits: equalDistance }))).toMatchObject({
      code: "not_increasing",
      field: "splits[2].distance_m",
    });
    const equalTime = splitsOf([10, 20, 30], [1.89, 3.15, 3.15]);
    expect(errorOf(fitWith({ splits: equalTime }))).toMatchObject({
      code: "not_increasing",
      field: "splits[2].time_s",
    });
    const backwards = splitsOf([10, 5, 30], [1.89, 3.15, 4.31]);
    expect(errorOf(fitWith({ splits: backwards }))).toMatchObject({
      code: "not_increasing",
      field: "splits[1].distance_m",
    });
  });

  it("refuses a segment faster than 13 m/s and accepts one at exactly 13 m/s", () => {
    const atLimit = splitsOf([10, 20, 33], [1.9, 3, 4]);
    expect(validateSprintProfileInput({ splits: atLimit })).toBeNull();
    const overLimit = splitsOf([10, 20, 33], [1.9, 3, 3.99]);
    expect(errorOf(fitWith({ splits: overLimit }))).toMatchObject({ code: "too_fast", field: "splits[2].time_s" });
    // The first segment runs from the start line.
    const fastStart = splitsOf([5, 10, 20], [0.38, 1.2, 2.4]);
    expect(errorOf(fitWith({ splits: fastStart }))).toMatchObject({ code: "too_fast", field: "splits[0].time_s" });
  });

  it("refuses a 100 m in 3.2 s", () => {
    const error = errorOf(fitWith({ splits: splitsOf([25, 50, 75, 100], [0.8, 1.6, 2.4, 3.2]) }));
    expect(error).toMatchObject({ code: "too_fast", field: "splits[0].time_s" });
    expect(error.message).toContain("31.3 m/s");
  });

  it("refuses an average below 2 m/s to the last split and fits one at exactly 2 m/s", () => {
    // MSS 40/19 m/s and TAU 1 s reach 40 m in 20.000 s, an average of exactly 2 m/s.
    const mss = 40 / 19;
    const distances = [10, 20, 40];
    const times = [timeAtDistance(10, mss, 1), timeAtDistance(20, mss, 1), 20];
    expect(validateSprintProfileInput({ splits: splitsOf(distances, times) })).toBeNull();
    expect(fitWith({ splits: splitsOf(distances, times) }).ok).toBe(true);
    const slower = splitsOf(distances, [times[0]!, times[1]!, 20.01]);
    expect(errorOf(fitWith({ splits: slower }))).toMatchObject({ code: "too_slow", field: "splits[2].time_s" });
  });

  it("takes a time correction from 0 to 1 s", () => {
    expect(fitWith({ timeCorrection_s: 0 }).ok).toBe(true);
    expect(fitWith({ timeCorrection_s: 1 }).ok).toBe(true);
    for (const timeCorrection_s of [-0.01, 1.01, Number.NaN]) {
      expect(errorOf(fitWith({ timeCorrection_s }))).toMatchObject({
        code: "invalid_value",
        field: "timeCorrection_s",
      });
    }
  });

  it("checks body mass, height and air at their bounds, and wants mass and height together", () => {
    const body = { bodyMass_kg: 70, height_m: 1.8 };
    for (const [input, ok] of [
      [{ bodyMass_kg: 15, height_m: 0.8 }, true],
      [{ bodyMass_kg: 250, height_m: 2.5 }, true],
      [{ ...body, airTemperature_c: -40, airPressure_torr: 400, wind_mps: -10 }, true],
      [{ ...body, airTemperature_c: 60, airPressure_torr: 850, wind_mps: 10 }, true],
    ] as const) {
      expect(fitWith(input).ok).toBe(ok);
    }
    const refused: [Partial<SprintProfileInput>, string, string][] = [
      [{ bodyMass_kg: 14.9, height_m: 1.8 }, "invalid_value", "bodyMass_kg"],
      [{ bodyMass_kg: 250.1, height_m: 1.8 }, "invalid_value", "bodyMass_kg"],
      [{ bodyMass_kg: 70, height_m: 175 }, "invalid_value", "height_m"],
      [{ bodyMass_kg: 70, height_m: 0.79 }, "invalid_value", "height_m"],
      [{ bodyMass_kg: 70 }, "missing_value", "height_m"],
      [{ height_m: 1.8 }, "missing_value", "bodyMass_kg"],
      [{ ...body, airTemperature_c: 60.1 }, "invalid_value", "airTemperature_c"],
      [{ ...body, airPressure_torr: 399 }, "invalid_value", "airPressure_torr"],
      [{ ...body, wind_mps: -10.1 }, "invalid_value", "wind_mps"],
    ];
    for (const [input, code, field] of refused) {
      expect(errorOf(fitWith(input))).toMatchObject({ code, field });
    }
  });

  it("reports a fit that does not converge instead of returning a boundary value", () => {
    // Constant speed from the gun (TAU → 0) and constant acceleration without a plateau (MSS → ∞).
    const constantSpeed = splitsOf([10, 20, 30], [1, 2, 3]);
    const constantAcceleration = splitsOf([5, 10, 20, 30], [1.826, 2.582, 3.651, 4.472]);
    for (const splits of [constantSpeed, constantAcceleration]) {
      expect(validateSprintProfileInput({ splits })).toBeNull();
      expect(errorOf(fitWith({ splits }))).toMatchObject({ code: "fit_failed", field: "splits" });
    }
  });

  it("never throws, whatever the numbers", () => {
    const odd = [Number.NaN, Number.POSITIVE_INFINITY, -0, 1e-300, 1e300];
    for (const value of odd) {
      expect(() => fitWith({ splits: splitsOf([10, 20, value], [1.9, 3.1, value]) })).not.toThrow();
      expect(() => fitWith({ bodyMass_kg: value, height_m: value, wind_mps: value })).not.toThrow();
    }
  });
});
