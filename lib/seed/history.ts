import type { RepDetail } from "@/db/schema";
import { roundTo } from "@/lib/analysis/sprint";
import type { SessionType } from "@/lib/core/domain";
import type { SeededRandom } from "@/lib/core/random";
import type { SessionPlan, SpeedProfile, Week, WellnessPlan } from "@/lib/seed/plan-types";
import { NOTES } from "@/lib/seed/session-notes";

/**
 * The building blocks of an athlete's older weeks: weekly templates and wellness series with a seeded jitter.
 * The recent weeks that carry each story are written by hand in the athlete's own file.
 */

/** Days of history, ending on the athlete's local date at the seed instant. */
export const DEMO_HISTORY_DAYS = 84;

const WEEKS = DEMO_HISTORY_DAYS / 7;

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** The whole numbers from `from` to `to`, both included. */
export const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export function session(
  d: number,
  type: SessionType,
  min: number,
  rpe: number,
  mood: number,
  notes: string,
  reps?: RepDetail[],
): SessionPlan {
  return reps ? { d, type, min, rpe, mood, notes, reps } : { d, type, min, rpe, mood, notes };
}

export function repsFor(type: SessionType, speed: SpeedProfile, random: SeededRandom): RepDetail[] | undefined {
  const times = (count: number, base: number, spread: number) =>
    Array.from({ length: count }, () => roundTo(base + random.float() * spread, 2));
  if (type === "acceleration") {
    return [{ reps: 5, distanceM: 30, timesS: times(5, speed.acc30, 0.12), restS: 180, note: "from blocks" }];
  }
  if (type === "max_velocity") {
    return [{ reps: 6, distanceM: 30, timesS: times(6, speed.fly30, 0.1), restS: 240, note: "20 m run-in" }];
  }
  if (type === "speed_endurance") {
    return [{ reps: 3, distanceM: 150, timesS: times(3, speed.rep150, 0.6), restS: 480 }];
  }
  return undefined;
}

interface TemplateOptions {
  /** Keeps only the sessions of the days it accepts. */
  keep?: (d: number) => boolean;
  mood?: (d: number) => number;
  rpeMin?: number;
  /** The lighter weeks; every 4th week (w = 2, 6, 10) unless given. */
  deload?: (w: number) => boolean;
}

/**
 * Sessions for `weeks` (0 is the oldest week, 11 the one ending today; week w day i is 83 − 7w − i days ago) from
 * a weekly template. Template RPEs are kept: jitter only moves an RPE up when it stays below 8, so that every RPE
 * of 8 or more is written on purpose.
 */
export function fromTemplate(
  random: SeededRandom,
  weeks: readonly number[],
  template: (w: number) => Week,
  speed: SpeedProfile,
  options: TemplateOptions = {},
): SessionPlan[] {
  const plans: SessionPlan[] = [];
  for (const w of weeks) {
    const deload = options.deload ? options.deload(w) : w % 4 === 2;
    template(w).forEach((slot, i) => {
      const d = (WEEKS - w) * 7 - 1 - i;
      if (!slot || (options.keep && !options.keep(d))) return;
      const min = clamp(Math.round((slot.min * (deload ? 0.75 : 1) + random.int(-5, 5)) / 5) * 5, 30, 120);
      const r = random.float();
      let rpe = slot.rpe - (deload ? 1 : 0);
      if (r < 0.2) rpe -= 1;
      else if (r > 0.85 && rpe + 1 < 8) rpe += 1;
      rpe = clamp(rpe, options.rpeMin ?? 3, 10);
      const m = random.float();
      const mood = options.mood ? options.mood(d) : m < 0.15 ? 5 : m < 0.6 ? 4 : 3;
      const notes = random.pick(slot.notes ?? NOTES[slot.type]);
      const reps = slot.reps && random.float() < 0.6 ? repsFor(slot.type, speed, random) : undefined;
      plans.push(session(d, slot.type, min, rpe, mood, notes, reps));
    });
  }
  return plans;
}

/** Template sessions with the hand-written ones (competitions, time trials) in their place on the same day. */
export function withSessions(history: SessionPlan[], replacements: readonly SessionPlan[]): SessionPlan[] {
  const byDay = new Map(replacements.map((s) => [s.d, s]));
  const merged = history.map((s) => byDay.get(s.d) ?? s);
  for (const s of replacements) if (!history.some((h) => h.d === s.d)) merged.push(s);
  return merged;
}

/** Wellness logs on most days, values around a base, Hooper index capped (the designed highs are added by hand). */
export function wellnessSeries(
  random: SeededRandom,
  days: readonly number[],
  base: [number, number, number, number],
  maxHooper: number,
  chance: number,
): WellnessPlan[] {
  const logs: WellnessPlan[] = [];
  for (const d of days) {
    if (random.float() >= chance) continue;
    const values = base.map((v) => clamp(v + random.int(-1, 1), 1, 7));
    while (values.reduce((a, b) => a + b, 0) > maxHooper) {
      const top = values.indexOf(Math.max(...values));
      values[top] = (values[top] ?? 2) - 1;
    }
    const [sleep = 3, stress = 3, fatigue = 3, soreness = 3] = values;
    logs.push({ d, sleep, stress, fatigue, soreness });
  }
  return logs;
}

/** Replaces (or adds) the logs of the given days. */
export function withWellness(logs: WellnessPlan[], extra: WellnessPlan[]): WellnessPlan[] {
  const days = new Set(extra.map((l) => l.d));
  return [...logs.filter((l) => !days.has(l.d)), ...extra].sort((a, b) => b.d - a.d);
}
