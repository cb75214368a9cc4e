import { ageOn } from "@/lib/core/dates";
import { normalizeMetric, type PersonalBest, roundTo } from "./sprint";
import { DISPLAY_DECIMALS } from "./thresholds";

/**
 * World Masters Athletics age factors, 2023 edition (in force from 1 January 2023; WMA Competition Rules,
 * Appendix B), for the 100 m, 200 m and 400 m, women and men, ages 35 to 100. Transcribed from the WMA tables by
 * Howard Grubb (howardgrubb.co.uk/athletics/wmatnf23.html) as shipped in openath/athlib
 * (athlib/wma/wma-inputs-2023.json, Apache-2.0), and checked value by value against a second transcription
 * (harryscons/greekmasterathletics, data/wma_data_2023.js): all 396 agree. Open-class standards are the WMA 2023
 * standards supplied by John Seto of the WMA age-grading committee, via the same athlib file.
 *
 * A factor scales a time to its open-class equivalent: age-graded time = time × factor, and the age-graded
 * percentage is open standard ÷ (time × factor).
 */

/** Each factor list starts at this age: entry i is for age WMA_FIRST_AGE + i, up to WMA_LAST_AGE. */
export const WMA_FIRST_AGE = 35;
export const WMA_LAST_AGE = 100;

export const WMA_EVENTS = ["100m", "200m", "400m"] as const;
export type WmaEvent = (typeof WMA_EVENTS)[number];
/** The tables are published for women and men only. */
export type WmaSex = "female" | "male";

/** Open-class standards in seconds (WMA 2023). */
export const WMA_OPEN_STANDARDS_2023: Readonly<Record<WmaSex, Readonly<Record<WmaEvent, number>>>> = {
  female: { "100m": 10.54, "200m": 21.53, "400m": 48.14 },
  male: { "100m": 9.58, "200m": 19.19, "400m": 43.03 },
};

/** Age factors by sex and event, ages 35 to 100 (WMA 2023, Appendix B). */
export const WMA_AGE_FACTORS_2023: Readonly<Record<WmaSex, Readonly<Record<WmaEvent, readonly number[]>>>> = {
  female: {
    "100m": [
      1, 1, 1, 0.996, 0.9885, 0.981, 0.9735, 0.9661, 0.9588, 0.9514, 0.9441, 0.9368, 0.9295, 0.9223, 0.9151, 0.908,
      0.9008, 0.8937, 0.8866, 0.8796, 0.8726, 0.8656, 0.8586, 0.8517, 0.8447, 0.8379, 0.831, 0.8242, 0.8174, 0.8106,
      0.8038, 0.7971, 0.7904, 0.7838, 0.7771, 0.7705, 0.7639, 0.7573, 0.7508, 0.7442, 0.7377, 0.7313, 0.7248, 0.7184,
      0.7114, 0.704, 0.696, 0.6875, 0.6785, 0.669, 0.659, 0.6484, 0.6373, 0.6258, 0.6137, 0.6011, 0.5879, 0.5743,
      0.5601, 0.5454, 0.5302, 0.5145, 0.4983, 0.4815, 0.4642, 0.4464,
    ],
    "200m": [
      1, 1, 1, 0.9939, 0.9863, 0.9787, 0.9712, 0.9636, 0.9561, 0.9486, 0.9411, 0.9337, 0.9262, 0.9188, 0.9114, 0.904,
      0.8966, 0.8893, 0.8819, 0.8746, 0.8673, 0.86, 0.8527, 0.8454, 0.8382, 0.8309, 0.8237, 0.8165, 0.8093, 0.8022,
      0.795, 0.7879, 0.7807, 0.7736, 0.7665, 0.7594, 0.7524, 0.7453, 0.7382, 0.7312, 0.7242, 0.7172, 0.7102, 0.7032,
      0.6956, 0.6875, 0.6787, 0.6693, 0.6593, 0.6486, 0.6374, 0.6256, 0.6132, 0.6002, 0.5865, 0.5723, 0.5574, 0.542,
      0.5259, 0.5092, 0.492, 0.4741, 0.4556, 0.4365, 0.4168, 0.3965,
    ],
    "400m": [
      0.9783, 0.9716, 0.9648, 0.958, 0.9511, 0.9441, 0.9371, 0.93, 0.9229, 0.9157, 0.9084, 0.9011, 0.8937, 0.8862,
      0.8787, 0.8711, 0.8635, 0.8558, 0.8481, 0.8403, 0.8324, 0.8245, 0.8166, 0.8086, 0.8005, 0.7924, 0.7842, 0.776,
      0.7677, 0.7594, 0.751, 0.7426, 0.7341, 0.7256, 0.7171, 0.7084, 0.6998, 0.6911, 0.6823, 0.6735, 0.6647, 0.6555,
      0.6459, 0.6359, 0.6255, 0.6148, 0.6037, 0.5922, 0.5804, 0.5682, 0.5556, 0.5426, 0.5292, 0.5155, 0.5014, 0.4869,
      0.4721, 0.4569, 0.4413, 0.4254, 0.409, 0.3923, 0.3753, 0.3579, 0.34, 0.3219,
    ],
  },
  male: {
    "100m": [
      0.9999, 0.9932, 0.9866, 0.9799, 0.9733, 0.9668, 0.9602, 0.9537, 0.9473, 0.9409, 0.9345, 0.9281, 0.9218, 0.9155,
      0.9093, 0.9031, 0.8969, 0.8908, 0.8847, 0.8786, 0.8726, 0.8666, 0.8606, 0.8546, 0.8487, 0.8429, 0.837, 0.8312,
      0.8254, 0.8197, 0.8139, 0.8083, 0.8026, 0.797, 0.7914, 0.7858, 0.7803, 0.7748, 0.7693, 0.7638, 0.7584, 0.753,
      0.7477, 0.7423, 0.737, 0.7317, 0.7257, 0.719, 0.7116, 0.7035, 0.6946, 0.685, 0.6747, 0.6637, 0.652, 0.6396,
      0.6264, 0.6125, 0.598, 0.5827, 0.5666, 0.5499, 0.5324, 0.5142, 0.4953, 0.4757,
    ],
    "200m": [
      0.9791, 0.9729, 0.9667, 0.9605, 0.9543, 0.9482, 0.9421, 0.936, 0.9299, 0.9239, 0.9179, 0.912, 0.906, 0.9001,
      0.8942, 0.8883, 0.8825, 0.8767, 0.8709, 0.8652, 0.8594, 0.8537, 0.848, 0.8424, 0.8368, 0.8312, 0.8256, 0.82,
      0.8145, 0.809, 0.8035, 0.798, 0.7926, 0.7872, 0.7818, 0.7764, 0.7711, 0.7658, 0.7605, 0.7552, 0.75, 0.7447,
      0.7388, 0.7322, 0.7249, 0.717, 0.7083, 0.699, 0.689, 0.6783, 0.6669, 0.6549, 0.6421, 0.6287, 0.6146, 0.5998,
      0.5843, 0.5682, 0.5513, 0.5338, 0.5156, 0.4966, 0.4771, 0.4568, 0.4358, 0.4142,
    ],
    "400m": [
      0.9824, 0.9761, 0.9699, 0.9636, 0.9574, 0.9513, 0.9451, 0.939, 0.9329, 0.9269, 0.9208, 0.9148, 0.9088, 0.9028,
      0.8969, 0.8909, 0.885, 0.8791, 0.8733, 0.8674, 0.8616, 0.8558, 0.8501, 0.8443, 0.8386, 0.8329, 0.8272, 0.8215,
      0.8159, 0.8103, 0.8047, 0.7991, 0.7935, 0.788, 0.7825, 0.777, 0.7715, 0.7654, 0.7588, 0.7517, 0.744, 0.7357,
      0.7269, 0.7175, 0.7075, 0.697, 0.6859, 0.6743, 0.662, 0.6493, 0.636, 0.6221, 0.6076, 0.5926, 0.577, 0.5609,
      0.5442, 0.5269, 0.5091, 0.4907, 0.4718, 0.4523, 0.4322, 0.4116, 0.3904, 0.3686,
    ],
  },
};

/**
 * The age-graded percentage of a time (FAT, or the FAT equivalent of a hand time) in the 100 m, 200 m or 400 m:
 * open standard ÷ (time × factor) × 100, to 2 decimals; 100 % is world-standard for the athlete's age. Null when
 * there is no published factor: another event, a sex outside the tables, an age outside 35–100 (whole years on the
 * day of the performance, as WMA counts them), or a time that is not a positive number.
 */
export function ageGradePct(metric: string, sex: string | null | undefined, age: number, time: number): number | null {
  const event = WMA_EVENTS.find((e) => e === normalizeMetric(metric));
  if (!event || (sex !== "female" && sex !== "male")) return null;
  if (!Number.isInteger(age) || age < WMA_FIRST_AGE || age > WMA_LAST_AGE) return null;
  if (!Number.isFinite(time) || time <= 0) return null;
  const factor = WMA_AGE_FACTORS_2023[sex][event][age - WMA_FIRST_AGE];
  if (factor === undefined) return null;
  return roundTo((WMA_OPEN_STANDARDS_2023[sex][event] / (time * factor)) * 100, DISPLAY_DECIMALS);
}

export interface AgeGradedBest {
  metric: string;
  /** The best's FAT or FAT-equivalent time. */
  time: number;
  date: string;
  /** Whole years on the day of the mark. */
  age: number;
  pct: number;
}

/** Age-graded percentages of the legal personal bests that have a WMA table (PRODUCT 4.7, masters athletes). */
export function ageGradedBests(
  bests: readonly PersonalBest[],
  sex: string | null | undefined,
  birthDate: string | null | undefined,
): AgeGradedBest[] {
  if (!birthDate) return [];
  return bests.flatMap((best) => {
    if (!best.best) return [];
    const age = ageOn(birthDate, best.best.date);
    const pct = ageGradePct(best.metric, sex, age, best.best.comparable);
    return pct === null ? [] : [{ metric: best.metric, time: best.best.comparable, date: best.best.date, age, pct }];
  });
}
