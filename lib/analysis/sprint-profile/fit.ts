import { levenbergMarquardt } from "ml-levenberg-marquardt";
import {
  FIT_ERROR_TOLERANCE,
  FIT_EXACT_RSE_S,
  FIT_MAX_ITERATIONS,
  FIT_RELATIVE_OFFSET_TOLERANCE,
  MSS_BOUNDS_MPS,
  MSS_START_FACTOR,
  TAU_BOUNDS_S,
  TAU_START_S,
} from "./constants";
import { forceVelocityProfile } from "./force-velocity";
import { timeAtDistance, timeAtDistanceGradient } from "./model";
import type { Split, SprintProfileInput, SprintProfileResult } from "./types";
import { fail, validateSprintProfileInput } from "./validate";

/**
 * A sprint profile from split times (PRODUCT 4.9). MSS and TAU are fitted by nonlinear least squares with time as
 * the target, t(d) through the Lambert W function, as {shorts}' model_timing_gates does; the time correction is
 * added to every split first ({shorts}' time_correction). Total: every input gives a profile or an error naming
 * the field to fix, never a throw.
 */
export function fitSprintProfile(input: SprintProfileInput): SprintProfileResult {
  const invalid = validateSprintProfileInput(input);
  if (invalid) return { ok: false, error: invalid };

  const timeCorrection = input.timeCorrection_s ?? 0;
  const distances = input.splits.map((s) => s.distance_m);
  const times = input.splits.map((s) => s.time_s + timeCorrection);

  const fit = fitMssTau(distances, times, startingMss(input.splits));
  if (!fit) {
    return {
      ok: false,
      error: fail(
        "fit_failed",
        "splits",
        "these times do not follow the shape of one maximal sprint (speed rising towards a plateau); check each split",
      ),
    };
  }

  const { mss, tau } = fit;
  const mac = mss / tau;
  let ssr = 0;
  const residuals = input.splits.map((split) => {
    const predicted = timeAtDistance(split.distance_m, mss, tau) - timeCorrection;
    const residual = split.time_s - predicted;
    ssr += residual * residual;
    return { distance_m: split.distance_m, time_s: split.time_s, predicted_s: predicted, residual_s: residual };
  });

  const profile = {
    mss,
    tau,
    mac,
    pmax: (mss * mac) / 4,
    rse: Math.sqrt(ssr / (input.splits.length - 2)),
    timeCorrection_s: timeCorrection,
    residuals,
  };
  if (input.bodyMass_kg === undefined || input.height_m === undefined) return { ok: true, profile };

  const fv = forceVelocityProfile({
    mss,
    tau,
    bodyMass_kg: input.bodyMass_kg,
    height_m: input.height_m,
    airTemperature_c: input.airTemperature_c,
    airPressure_torr: input.airPressure_torr,
    wind_mps: input.wind_mps,
  });
  if (!fv) {
    return {
      ok: false,
      error: fail("fit_failed", "wind_mps", "with this headwind the horizontal force never reaches zero"),
    };
  }
  return { ok: true, profile: { ...profile, fv } };
}

/** MSS starts a little above the average speed of the last segment, the closest the splits come to it. */
function startingMss(splits: readonly Split[]): number {
  const last = splits[splits.length - 1]!;
  const before = splits[splits.length - 2]!;
  const speed = (last.distance_m - before.distance_m) / (last.time_s - before.time_s);
  return clamp(MSS_START_FACTOR * speed, MSS_BOUNDS_MPS.min, MSS_BOUNDS_MPS.max);
}

/**
 * Levenberg–Marquardt on t(d; MSS, TAU) with the analytic Jacobian, inside the bounds of constants.ts. The library
 * keeps the best point it visits but does not say whether it converged, so that is checked here: the estimate must
 * lie inside the bounds, and the residuals must be orthogonal to the Jacobian (relative offset, Bates & Watts 1981)
 * unless the fit is exact. Null when it did not converge.
 */
function fitMssTau(distances: number[], times: number[], mssStart: number): { mss: number; tau: number } | null {
  let result: ReturnType<typeof levenbergMarquardt>;
  try {
    result = levenbergMarquardt(
      { x: distances, y: times },
      ([mss, tau]) =>
        (d) =>
          timeAtDistance(d, mss!, tau!),
      {
        initialValues: [mssStart, TAU_START_S],
        minValues: [MSS_BOUNDS_MPS.min, TAU_BOUNDS_S.min],
        maxValues: [MSS_BOUNDS_MPS.max, TAU_BOUNDS_S.max],
        jacobianFunction:
          ([mss, tau]) =>
          (d) =>
            timeAtDistanceGradient(d, mss!, tau!),
        maxIterations: FIT_MAX_ITERATIONS,
        errorTolerance: FIT_ERROR_TOLERANCE,
      },
    );
  } catch {
    // ml-matrix may throw when the damped system cannot be solved (a Jacobian of NaN): a fit that did not converge.
    return null;
  }

  const [mss, tau] = result.parameterValues;
  if (mss === undefined || tau === undefined || !Number.isFinite(mss) || !Number.isFinite(tau)) return null;
  if (onBound(mss, MSS_BOUNDS_MPS) || onBound(tau, TAU_BOUNDS_S)) return null;
  return isStationary(distances, times, mss, tau) ? { mss, tau } : null;
}

function isStationary(distances: number[], times: number[], mss: number, tau: number): boolean {
  // Normal equations of the linearised problem: JᵀJ·δ = Jᵀr. The squared norm of r's projection on J's columns is
  // δ·Jᵀr; the relative offset compares it, per parameter, with what is left, per degree of freedom.
  let a11 = 0;
  let a12 = 0;
  let a22 = 0;
  let g1 = 0;
  let g2 = 0;
  let ssr = 0;
  for (const [i, d] of distances.entries()) {
    const r = times[i]! - timeAtDistance(d, mss, tau);
    const [j1, j2] = timeAtDistanceGradient(d, mss, tau);
    a11 += j1 * j1;
    a12 += j1 * j2;
    a22 += j2 * j2;
    g1 += j1 * r;
    g2 += j2 * r;
    ssr += r * r;
  }
  if (!Number.isFinite(ssr)) return false;
  const parameters = 2;
  const freedom = distances.length - parameters;
  if (Math.sqrt(ssr / freedom) < FIT_EXACT_RSE_S) return true;

  const det = a11 * a22 - a12 * a12;
  if (!(Math.abs(det) > 0)) return false;
  const delta1 = (a22 * g1 - a12 * g2) / det;
  const delta2 = (a11 * g2 - a12 * g1) / det;
  const projected = delta1 * g1 + delta2 * g2;
  const left = Math.max(ssr - projected, 0);
  if (left === 0) return projected === 0;
  return Math.sqrt(projected / parameters / (left / freedom)) < FIT_RELATIVE_OFFSET_TOLERANCE;
}

function onBound(value: number, bounds: { min: number; max: number }): boolean {
  const slack = 1e-9 * (bounds.max - bounds.min);
  return value <= bounds.min + slack || value >= bounds.max - slack;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
