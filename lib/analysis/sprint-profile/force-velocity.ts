import {
  AIR_DENSITY_STP_KG_M3,
  DEFAULT_AIR_PRESSURE_TORR,
  DEFAULT_AIR_TEMPERATURE_C,
  DEFAULT_WIND_MPS,
  DRAG_COEFFICIENT,
  DU_BOIS_COEFFICIENT,
  DU_BOIS_HEIGHT_EXPONENT,
  DU_BOIS_MASS_EXPONENT,
  FRONTAL_AREA_FRACTION,
  GRAVITY_MPS2,
  RF_CUTOFF_S,
  RF_HORIZON_S,
  RF_SAMPLE_HZ,
  STANDARD_PRESSURE_TORR,
  ZERO_CELSIUS_K,
} from "./constants";
import { accelerationAtTime, velocityAtTime } from "./model";
import type { ForceVelocityProfile } from "./types";

/**
 * The horizontal force–velocity profile of Samozino et al. (2016, Scand. J. Med. Sci. Sports 26:648–658) from the
 * fitted MSS and TAU, with the same formulas as {shorts}:
 * - the horizontal force is F_H(v) = mass·MAC·(1 − v/MSS) + F_air(v), the air resistance F_air = k·(v − wind)·|v − wind|
 *   ({shorts} 3.3.0 get_air_resistance), k = ½·ρ·A·Cd;
 * - F0 = F_H(0) and V0 the velocity at which F_H reaches zero, both analytic ({shorts} 2.x make_FV_profile, 3.x
 *   create_FVP), Pmax = F0·V0/4 and the slope −(F0/mass)/V0;
 * - RF = F_H/√(F_H² + (mass·g)²) over the modelled sprint from 0.3 s to 6 s at 100 Hz, RFmax its highest value and
 *   DRF the slope of its linear regression on velocity ({shorts} 1.1.6 get_FV_profile). The samples start at 0.3 s
 *   itself: RF falls with time, so its highest value "after 0.3 s" is the one at 0.3 s, which {shorts}' grid of
 *   600 points over 0–6 s reaches at 0.3005 s.
 */

export interface ForceVelocityInput {
  mss: number;
  tau: number;
  bodyMass_kg: number;
  height_m: number;
  airTemperature_c?: number;
  airPressure_torr?: number;
  wind_mps?: number;
}

/** k in F_air = k·v² (kg/m): ½ · air density · frontal area · drag coefficient. */
export function airResistanceK(
  bodyMass_kg: number,
  height_m: number,
  airTemperature_c = DEFAULT_AIR_TEMPERATURE_C,
  airPressure_torr = DEFAULT_AIR_PRESSURE_TORR,
): number {
  const density =
    AIR_DENSITY_STP_KG_M3 *
    (airPressure_torr / STANDARD_PRESSURE_TORR) *
    (ZERO_CELSIUS_K / (ZERO_CELSIUS_K + airTemperature_c));
  const frontalArea =
    DU_BOIS_COEFFICIENT *
    height_m ** DU_BOIS_HEIGHT_EXPONENT *
    bodyMass_kg ** DU_BOIS_MASS_EXPONENT *
    FRONTAL_AREA_FRACTION;
  return 0.5 * density * frontalArea * DRAG_COEFFICIENT;
}

/** The profile, or null when the horizontal force never falls to zero (only with an implausible headwind). */
export function forceVelocityProfile(input: ForceVelocityInput): ForceVelocityProfile | null {
  const { mss, tau, bodyMass_kg: mass, height_m } = input;
  const wind = input.wind_mps ?? DEFAULT_WIND_MPS;
  const k = airResistanceK(mass, height_m, input.airTemperature_c, input.airPressure_torr);
  const mac = mss / tau;
  const airForce = (v: number) => k * (v - wind) * Math.abs(v - wind);

  const f0 = mass * mac + airForce(0);
  // F_H(v) = 0 with v > wind: k·v² − (2k·wind + mass·MAC/MSS)·v + (k·wind² + mass·MAC) = 0. V0 is the smaller root,
  // written as 2C/(B + √(B² − 4kC)) so that it stays exact as k → 0 (where V0 → MSS).
  const b = 2 * k * wind + (mass * mac) / mss;
  const c = k * wind * wind + mass * mac;
  const discriminant = b * b - 4 * k * c;
  if (!(discriminant >= 0) || b <= 0) return null;
  const v0 = (2 * c) / (b + Math.sqrt(discriminant));
  if (!Number.isFinite(v0) || v0 <= 0) return null;

  const weight = mass * GRAVITY_MPS2;
  const velocities: number[] = [];
  const ratios: number[] = [];
  const samples = Math.round((RF_HORIZON_S - RF_CUTOFF_S) * RF_SAMPLE_HZ);
  for (let i = 0; i <= samples; i++) {
    const t = RF_CUTOFF_S + i / RF_SAMPLE_HZ;
    const v = velocityAtTime(t, mss, tau);
    const horizontal = mass * accelerationAtTime(t, mss, tau) + airForce(v);
    velocities.push(v);
    ratios.push(horizontal / Math.hypot(horizontal, weight));
  }

  const f0Rel = f0 / mass;
  const pmax = (f0 * v0) / 4;
  return {
    bodyMass_kg: mass,
    height_m,
    f0_n: f0,
    f0_nkg: f0Rel,
    v0_mps: v0,
    pmax_w: pmax,
    pmax_wkg: pmax / mass,
    fvSlope: -f0Rel / v0,
    rfMax: Math.max(...ratios),
    drf: regressionSlope(velocities, ratios),
    airResistanceK: k,
  };
}

/** Ordinary least-squares slope of y on x. */
function regressionSlope(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < n; i++) {
    sumX += x[i]!;
    sumY += y[i]!;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    sxy += dx * (y[i]! - meanY);
    sxx += dx * dx;
  }
  return sxy / sxx;
}
