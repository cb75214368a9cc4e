/**
 * Sprint profile from split times (PRODUCT 4.9) — pure, no I/O.
 *
 * Give `fitSprintProfile` the split times of one maximal sprint (at least 3, e.g. 5, 10, 20, 30, 40 m, distances
 * and times strictly increasing) and it fits the mono-exponential model v(t) = MSS·(1 − e^(−t/TAU)) by nonlinear
 * least squares with time as the target, as the {shorts} R package's model_timing_gates does (agreement with its
 * published examples is pinned in fit.test.ts). It returns MSS, TAU, MAC = MSS/TAU, PMAX = MSS·MAC/4 (W/kg), the
 * RSE and each split's residual; with body mass and height, the horizontal force–velocity profile of Samozino et
 * al. 2016 (F0, V0, Pmax, FV slope, RFmax, DRF, with air resistance).
 *
 * The answer is a value, never a throw: `{ ok: true, profile }` or `{ ok: false, error: { code, field, message } }`
 * where `field` names what to fix (`splits`, `splits[2].time_s`, `height_m` …), ready for a form or an AppError's
 * `fields`. The model functions (time at a distance, velocity and distance at a time) draw the model curve.
 *
 * Files: model.ts (the equations and t(d) through Lambert W), lambert-w.ts, fit.ts (Levenberg–Marquardt, from
 * ml-levenberg-marquardt), validate.ts, force-velocity.ts, constants.ts (every threshold with its source).
 */

export {
  AIR_PRESSURE_TORR_RANGE,
  AIR_TEMPERATURE_C_RANGE,
  BODY_MASS_KG_RANGE,
  HEIGHT_M_RANGE,
  MAX_SEGMENT_SPEED_MPS,
  MAX_TIME_CORRECTION_S,
  MAX_WIND_MPS,
  MIN_AVERAGE_SPEED_MPS,
  MIN_SPLITS,
} from "./constants";
export { fitSprintProfile } from "./fit";
export { type FitQuality, fitQuality } from "./fit-quality";
export { airResistanceK, type ForceVelocityInput, forceVelocityProfile } from "./force-velocity";
export { lambertW0 } from "./lambert-w";
export {
  accelerationAtTime,
  distanceAtTime,
  timeAtDistance,
  velocityAtDistance,
  velocityAtTime,
} from "./model";
export {
  MAC_CHANGE_PCT,
  MSS_CHANGE_PCT,
  type ProfilePoint,
  readSprintProfiles,
  type SprintFocus,
  type SprintReading,
} from "./reading";
export type {
  ForceVelocityProfile,
  Split,
  SplitResidual,
  SprintProfile,
  SprintProfileError,
  SprintProfileErrorCode,
  SprintProfileInput,
  SprintProfileResult,
} from "./types";
export { validateSprintProfileInput } from "./validate";
