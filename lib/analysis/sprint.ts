import type { Timing } from "@/lib/core/domain";
import { compareText } from "./format";
import {
  FLOAT_NOISE_DECIMALS,
  HAND_TIME_ROUNDING_S,
  HAND_TO_FAT_LONG_S,
  HAND_TO_FAT_SHORT_MAX_M,
  HAND_TO_FAT_SHORT_S,
  HOOPER_HIGH,
  MOINAT_100M_A0,
  MOINAT_100M_A1,
  MOINAT_100M_B,
  MOINAT_200M_A,
  MOINAT_200M_B,
  MOINAT_HURDLES_A,
  MOINAT_HURDLES_B,
  PAIN_ACCEPTABLE_MAX,
  PAIN_SAFE_MAX,
  TIME_DECIMALS,
  WIND_LEGAL_MAX_MPS,
} from "./thresholds";
import type { MetricInput, WellnessInput } from "./types";

/** Sprint specifics of PRODUCT 4.7: timing, wind, pain and wellness scales. */

/** "100m", "100 m", "100mH" and "100mh" are the same event. */
export function normalizeMetric(metric: string): string {
  return metric.toLowerCase().replace(/\s+/g, "");
}

/** The race distance in metres named by a metric ("100m", "110mh", "30m_fly" → 30), or null for jumps and lifts. */
export function raceDistanceM(metric: string): number | null {
  const match = /^(\d+(?:\.\d+)?)m(?![a-z])|^(\d+(?:\.\d+)?)mh$/.exec(normalizeMetric(metric));
  const digits = match?.[1] ?? match?.[2];
  return digits === undefined ? null : Number(digits);
}

/** Rounds to a number of decimals, for values that are only ever shown or compared at that precision. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * A time as it compares with fully automatic timing. A hand time is first rounded up to the next 0.1 s, then
 * 0.24 s is added up to 200 m (60 m, 100 m, 200 m and the sprint hurdles) and 0.14 s beyond (the 400 m, and by
 * Aria's choice the 300 m). The rounding works on tenths cleaned of float noise, so 10.4 (stored as
 * 10.4000000000000004) stays 10.4 and 10.41 becomes 10.5. FAT marks, and hand marks of something that is not a
 * race distance, are returned unchanged apart from that rounding.
 */
export function toFatEquivalent(value: number, timing: Timing | null | undefined, metric: string): number {
  if (timing !== "hand") return value;
  const tenths = Math.ceil(roundTo(value / HAND_TIME_ROUNDING_S, FLOAT_NOISE_DECIMALS));
  const rounded = tenths * HAND_TIME_ROUNDING_S;
  const distance = raceDistanceM(metric);
  if (distance === null) return roundTo(rounded, TIME_DECIMALS);
  return roundTo(
    rounded + (distance <= HAND_TO_FAT_SHORT_MAX_M ? HAND_TO_FAT_SHORT_S : HAND_TO_FAT_LONG_S),
    TIME_DECIMALS,
  );
}

/** The events with a wind rule: 100 m, 200 m and the sprint hurdles. The 60 m (indoors) and the 400 m have none. */
const WIND_RULE_EVENTS = new Set(["100m", "200m", "100mh", "110mh"]);

/** A tailwind over +2.0 m/s makes a 100 m, 200 m or sprint-hurdles mark wind-aided; exactly +2.0 is legal. */
export function isWindAided(metric: string, windMps: number | null | undefined): boolean {
  return WIND_RULE_EVENTS.has(normalizeMetric(metric)) && windMps != null && windMps > WIND_LEGAL_MAX_MPS;
}

/**
 * The still-air equivalent of a time run in wind (Moinat, Fabius & Emanuel 2018): t0 = tw + a·w + b·w², with the
 * wind w in m/s and a tailwind positive. With a tailwind a·w dominates b·w², so t0 > tw: the still-air time is
 * slower, as it must be. Worked example (PRODUCT 4.7): 10.00 s at +2.0 gives a = −0.0449 + 0.009459 × 10 =
 * 0.04969, t0 = 10 + 0.09938 − 0.0168 = 10.0826 ≈ 10.08 s, so the formula holds as printed, with no sign flip.
 * Events without a wind model (60 m, 300 m, 400 m, fly times…) are returned unchanged; a modelled event with no
 * wind reading gives null, since its still-air time is unknown. The time should be FAT or a FAT equivalent.
 */
export function stillAirTime(metric: string, time: number, windMps: number | null | undefined): number | null {
  const event = normalizeMetric(metric);
  let a: number;
  let b: number;
  if (event === "100m") {
    a = MOINAT_100M_A0 + MOINAT_100M_A1 * time;
    b = MOINAT_100M_B;
  } else if (event === "200m") {
    a = MOINAT_200M_A;
    b = MOINAT_200M_B;
  } else if (event === "100mh" || event === "110mh") {
    a = MOINAT_HURDLES_A;
    b = MOINAT_HURDLES_B;
  } else {
    return time;
  }
  if (windMps == null || !Number.isFinite(windMps)) return null;
  return time + a * windMps + b * windMps ** 2;
}

const TIME_UNITS = new Set(["s", "sec", "secs", "second", "seconds", "ms", "min"]);

/** Times are better lower; distances, heights and loads (m, cm, kg…) are better higher. */
export function isLowerBetter(metric: string, unit: string): boolean {
  if (TIME_UNITS.has(unit.trim().toLowerCase())) return true;
  return unit.trim() === "" && raceDistanceM(metric) !== null;
}

export interface Mark {
  /** As logged. */
  value: number;
  /** What it compares as: the FAT equivalent of a hand time, the value itself otherwise. */
  comparable: number;
  timing: Timing | null;
  windMps: number | null;
  windAided: boolean;
  date: string;
}

export interface PersonalBest {
  metric: string;
  unit: string;
  lowerIsBetter: boolean;
  /** The best legal mark, or null when every mark is wind-aided. Ties go to the earliest date. */
  best: Mark | null;
  /** Wind-aided marks are never a best, but they are listed, best first. */
  windAided: Mark[];
}

/** Personal bests per metric (and unit, so 2.4 m and 240 cm never compare), sorted by metric. */
export function personalBests(metrics: readonly MetricInput[]): PersonalBest[] {
  const groups = new Map<string, MetricInput[]>();
  for (const mark of metrics) {
    if (!Number.isFinite(mark.value)) continue;
    const key = `${normalizeMetric(mark.metric)}\u0000${mark.unit}`;
    groups.set(key, [...(groups.get(key) ?? []), mark]);
  }
  const bests: PersonalBest[] = [];
  for (const marks of groups.values()) {
    const [sample] = marks;
    if (!sample) continue;
    const metric = normalizeMetric(sample.metric);
    const lowerIsBetter = isLowerBetter(metric, sample.unit);
    const better = (x: Mark, y: Mark) =>
      (lowerIsBetter ? x.comparable - y.comparable : y.comparable - x.comparable) ||
      compareText(x.date, y.date) ||
      x.value - y.value;
    const views = marks
      .map(
        (m): Mark => ({
          value: m.value,
          comparable: lowerIsBetter ? toFatEquivalent(m.value, m.timing, metric) : m.value,
          timing: m.timing ?? null,
          windMps: m.windMps ?? null,
          windAided: isWindAided(metric, m.windMps),
          date: m.date,
        }),
      )
      .sort(better);
    bests.push({
      metric,
      unit: sample.unit,
      lowerIsBetter,
      best: views.find((m) => !m.windAided) ?? null,
      windAided: views.filter((m) => m.windAided),
    });
  }
  return bests.sort((x, y) => compareText(x.metric, y.metric) || compareText(x.unit, y.unit));
}

export type PainZone = "safe" | "acceptable" | "not_acceptable";

/** Silbernagel et al. 2007: 0–3 safe, 4–5 acceptable, above 5 not acceptable. */
export function painZone(level: number): PainZone {
  if (level <= PAIN_SAFE_MAX) return "safe";
  if (level <= PAIN_ACCEPTABLE_MAX) return "acceptable";
  return "not_acceptable";
}

/** Hooper index: sleep + stress + fatigue + soreness, each 1–7 with 1 best, so 4 (great) to 28 (awful). */
export function hooperIndex(log: Pick<WellnessInput, "sleep" | "stress" | "fatigue" | "soreness">): number {
  return log.sleep + log.stress + log.fatigue + log.soreness;
}

/** PRODUCT 4.7: an index above 12 is poor wellness. */
export function isHooperHigh(index: number): boolean {
  return index > HOOPER_HIGH;
}
