import { num, typeLabel } from "@/lib/analysis/format";
import { SCALES, SESSION_TYPES, type SessionType } from "@/lib/core/domain";
import { capitalized } from "@/lib/core/words";

/** The words the session forms and the session list share: types, the RPE and mood scales, and sets of reps. */

/** Borg CR-10 wording for session RPE (Foster 2001). */
const RPE_WORDS: Record<number, string> = {
  1: "very easy",
  2: "easy",
  3: "moderate",
  4: "somewhat hard",
  5: "hard",
  6: "hard",
  7: "very hard",
  8: "very hard",
  9: "very, very hard",
  10: "maximal",
};

export const MOOD_WORDS: Record<number, string> = { 1: "awful", 2: "bad", 3: "okay", 4: "good", 5: "great" };

/** "max_velocity" → "Max velocity": a type on its own, at the start of a line. */
export function sessionTypeLabel(type: SessionType): string {
  return capitalized(typeLabel(type));
}

export const TYPE_OPTIONS = SESSION_TYPES.map((value) => ({ value, label: sessionTypeLabel(value) }));

export const RPE_SCALE = {
  label: "RPE",
  ...SCALES.rpe,
  words: RPE_WORDS,
  hint: "How hard the whole session felt: 1 very easy, 10 maximal.",
};

export const MOOD_SCALE = { label: "Mood", ...SCALES.mood, words: MOOD_WORDS, showWords: true };

/** One set as the API answers it or the quick log sends it (absent and null both mean "not given"). */
export interface RepSetView {
  reps: number;
  distance_m?: number | null;
  times_s?: readonly number[] | null;
}

/** "4 × 30 m", or "6 reps" when no distance was given. */
export function setLabel(set: RepSetView): string {
  return set.distance_m ? `${set.reps} × ${num(set.distance_m)} m` : `${set.reps} reps`;
}

/** "4 × 30 m: 4.12, 4.05, 4.10 s": times as a stopwatch shows them, two decimals. */
export function setWithTimes(set: RepSetView): string {
  const times = set.times_s && set.times_s.length > 0 ? `: ${set.times_s.map((t) => t.toFixed(2)).join(", ")} s` : "";
  return `${setLabel(set)}${times}`;
}
