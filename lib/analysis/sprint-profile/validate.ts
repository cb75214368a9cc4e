import {
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
import type { SprintProfileError, SprintProfileErrorCode, SprintProfileInput } from "./types";

/**
 * The first reason the input cannot give a profile, or null. Checks run in the order a person would fix them: the
 * number of splits, each value, their order, the speeds they imply, then the optional fields. Speeds are judged on
 * the times as measured, before any correction.
 */
export function validateSprintProfileInput(input: SprintProfileInput): SprintProfileError | null {
  const { splits } = input;
  if (!Array.isArray(splits) || splits.length < MIN_SPLITS) {
    return fail(
      "too_few_splits",
      "splits",
      `needs at least ${MIN_SPLITS} split times, got ${Array.isArray(splits) ? splits.length : 0}`,
    );
  }

  for (const [i, split] of splits.entries()) {
    if (!isPositive(split.distance_m)) {
      return fail("invalid_value", `splits[${i}].distance_m`, "must be a distance in metres greater than 0");
    }
    if (!isPositive(split.time_s)) {
      return fail("invalid_value", `splits[${i}].time_s`, "must be a time in seconds greater than 0");
    }
  }

  for (let i = 1; i < splits.length; i++) {
    const previous = splits[i - 1]!;
    const split = splits[i]!;
    if (split.distance_m <= previous.distance_m) {
      return fail(
        "not_increasing",
        `splits[${i}].distance_m`,
        `must be further than the split before (${previous.distance_m} m)`,
      );
    }
    if (split.time_s <= previous.time_s) {
      return fail(
        "not_increasing",
        `splits[${i}].time_s`,
        `must be later than the split before (${previous.time_s} s)`,
      );
    }
  }

  for (const [i, split] of splits.entries()) {
    const previous = i === 0 ? { distance_m: 0, time_s: 0 } : splits[i - 1]!;
    const distance = split.distance_m - previous.distance_m;
    const speed = distance / (split.time_s - previous.time_s);
    if (speed > MAX_SEGMENT_SPEED_MPS) {
      return fail(
        "too_fast",
        `splits[${i}].time_s`,
        `${formatNumber(distance)} m from ${formatNumber(previous.distance_m)} m in this time is ${speed.toFixed(1)} m/s, ` +
          `faster than any human has run (${MAX_SEGMENT_SPEED_MPS} m/s)`,
      );
    }
  }

  const last = splits[splits.length - 1]!;
  const average = last.distance_m / last.time_s;
  if (average < MIN_AVERAGE_SPEED_MPS) {
    return fail(
      "too_slow",
      `splits[${splits.length - 1}].time_s`,
      `${formatNumber(last.distance_m)} m in ${formatNumber(last.time_s)} s averages ${average.toFixed(2)} m/s, ` +
        `slower than a maximal sprint can be (${MIN_AVERAGE_SPEED_MPS} m/s)`,
    );
  }

  return validateOptions(input);
}

function validateOptions(input: SprintProfileInput): SprintProfileError | null {
  const { timeCorrection_s, bodyMass_kg, height_m, airTemperature_c, airPressure_torr, wind_mps } = input;
  if (timeCorrection_s !== undefined && !inRange(timeCorrection_s, 0, MAX_TIME_CORRECTION_S)) {
    return fail("invalid_value", "timeCorrection_s", `must be from 0 to ${MAX_TIME_CORRECTION_S} s`);
  }
  if (bodyMass_kg !== undefined && !inRange(bodyMass_kg, BODY_MASS_KG_RANGE.min, BODY_MASS_KG_RANGE.max)) {
    return fail(
      "invalid_value",
      "bodyMass_kg",
      `must be a body mass from ${BODY_MASS_KG_RANGE.min} to ${BODY_MASS_KG_RANGE.max} kg`,
    );
  }
  if (height_m !== undefined && !inRange(height_m, HEIGHT_M_RANGE.min, HEIGHT_M_RANGE.max)) {
    return fail("invalid_value", "height_m", `must be a height from ${HEIGHT_M_RANGE.min} to ${HEIGHT_M_RANGE.max} m`);
  }
  if (bodyMass_kg !== undefined && height_m === undefined) {
    return fail("missing_value", "height_m", "is needed with body mass for the force–velocity profile");
  }
  if (height_m !== undefined && bodyMass_kg === undefined) {
    return fail("missing_value", "bodyMass_kg", "is needed with height for the force–velocity profile");
  }
  if (
    airTemperature_c !== undefined &&
    !inRange(airTemperature_c, AIR_TEMPERATURE_C_RANGE.min, AIR_TEMPERATURE_C_RANGE.max)
  ) {
    return fail(
      "invalid_value",
      "airTemperature_c",
      `must be from ${AIR_TEMPERATURE_C_RANGE.min} to ${AIR_TEMPERATURE_C_RANGE.max} °C`,
    );
  }
  if (
    airPressure_torr !== undefined &&
    !inRange(airPressure_torr, AIR_PRESSURE_TORR_RANGE.min, AIR_PRESSURE_TORR_RANGE.max)
  ) {
    return fail(
      "invalid_value",
      "airPressure_torr",
      `must be from ${AIR_PRESSURE_TORR_RANGE.min} to ${AIR_PRESSURE_TORR_RANGE.max} Torr`,
    );
  }
  if (wind_mps !== undefined && !inRange(wind_mps, -MAX_WIND_MPS, MAX_WIND_MPS)) {
    return fail("invalid_value", "wind_mps", `must be from −${MAX_WIND_MPS} to ${MAX_WIND_MPS} m/s`);
  }
  return null;
}

export function fail(code: SprintProfileErrorCode, field: string, message: string): SprintProfileError {
  return { code, field, message };
}

function isPositive(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value > 0;
}

function inRange(value: unknown, min: number, max: number): boolean {
  return typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;
}

/** Up to 3 decimals, without trailing zeros: 5 → "5", 1.158 → "1.158". */
function formatNumber(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
