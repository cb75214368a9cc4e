/** The shapes of a sprint profile from split times (PRODUCT 4.9) and of the reasons one cannot be made. */

export interface Split {
  /** Distance of the gate from the start line, metres. */
  distance_m: number;
  /** Time from the start to the gate, seconds, as measured. */
  time_s: number;
}

export interface SprintProfileInput {
  /** At least 3 splits of one maximal sprint, distances and times strictly increasing. */
  splits: readonly Split[];
  /** Seconds added to every split before fitting ({shorts}' time_correction), e.g. 0.3 for a start behind the gate. */
  timeCorrection_s?: number;
  /** With height, the horizontal force–velocity profile is added. */
  bodyMass_kg?: number;
  height_m?: number;
  /** Air for the drag term of the force–velocity profile; {shorts}' defaults are 25 °C, 760 Torr, still air. */
  airTemperature_c?: number;
  airPressure_torr?: number;
  /** Tailwind positive, headwind negative. */
  wind_mps?: number;
}

export interface SplitResidual {
  distance_m: number;
  /** The split as measured (before the time correction). */
  time_s: number;
  /** The model's time at that distance on the same clock: the corrected model time minus the correction. */
  predicted_s: number;
  /** time_s − predicted_s. */
  residual_s: number;
}

/** Horizontal force–velocity profile (Samozino et al. 2016), with air resistance. */
export interface ForceVelocityProfile {
  bodyMass_kg: number;
  height_m: number;
  /** Theoretical maximal horizontal force at zero velocity, N and N/kg. */
  f0_n: number;
  f0_nkg: number;
  /** Theoretical velocity at which horizontal force would reach zero, m/s. */
  v0_mps: number;
  /** F0·V0/4, W and W/kg. */
  pmax_w: number;
  pmax_wkg: number;
  /** −(F0/mass)/V0, N·s/(kg·m). */
  fvSlope: number;
  /** Highest ratio of horizontal to resultant ground force after 0.3 s (0–1). */
  rfMax: number;
  /** Slope of that ratio against velocity after 0.3 s, per m/s (negative: the ratio falls as speed rises). */
  drf: number;
  /** Air resistance F = k·(v − wind)², kg/m. */
  airResistanceK: number;
}

export interface SprintProfile {
  /** Maximal sprinting speed, m/s. */
  mss: number;
  /** Relative acceleration time constant, s. */
  tau: number;
  /** Maximal acceleration MSS/TAU, m/s². */
  mac: number;
  /** Maximal relative power MSS·MAC/4, W/kg. */
  pmax: number;
  /** Residual standard error of the time fit, √(SSR/(n − 2)), s. */
  rse: number;
  timeCorrection_s: number;
  residuals: SplitResidual[];
  /** Present when body mass and height are given. */
  fv?: ForceVelocityProfile;
}

export type SprintProfileErrorCode =
  | "too_few_splits"
  | "invalid_value"
  | "not_increasing"
  | "too_fast"
  | "too_slow"
  | "missing_value"
  | "fit_failed";

/** Why no profile could be made, naming the field to fix: `splits`, `splits[2].time_s`, `height_m` … */
export interface SprintProfileError {
  code: SprintProfileErrorCode;
  field: string;
  message: string;
}

export type SprintProfileResult = { ok: true; profile: SprintProfile } | { ok: false; error: SprintProfileError };
