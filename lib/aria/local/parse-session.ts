import nlp from "compromise";
import type { LogSessionArgs } from "@/lib/aria/context-types";
import { addDays, isoDate } from "@/lib/core/dates";
import { SCALES, type SessionType } from "@/lib/core/domain";

/**
 * Turns a described session ("6x30m flys, RPE 7, 45 min", "forty minutes of tempo, rpe of six") into `log_session`
 * arguments. Spelled-out numbers are read by compromise's number parser first. Pure and deterministic.
 */

export type MissingField = "type" | "duration" | "rpe";

export type SessionParse =
  | { ok: true; args: LogSessionArgs }
  | {
      ok: false;
      /** Fields the description does not give, or gives out of range (see `invalid`). */
      missing: MissingField[];
      /** Values that were given but are out of range, e.g. `{ rpe: 11 }`. */
      invalid: { rpe?: number; duration_min?: number };
      /** What could be read so far. */
      partial: Partial<LogSessionArgs>;
    };

export const RPE_MIN = SCALES.rpe.min;
export const RPE_MAX = SCALES.rpe.max;
export const DURATION_MIN = SCALES.sessionMinutes.min;
export const DURATION_MAX = SCALES.sessionMinutes.max;

/** Keyword rules, most specific first (so "easy tempo" is tempo and "block starts + drills" is acceleration). */
const TYPE_RULES: { type: SessionType; pattern: RegExp }[] = [
  { type: "special_endurance", pattern: /\b(?:special endurance|lactic|(?:350|400|450|500)\s*(?:s|m|m's|'s)\b)/ },
  { type: "speed_endurance", pattern: /\b(?:speed endurance|(?:150|250|300)\s*(?:s|m|m's|'s)\b)/ },
  { type: "max_velocity", pattern: /\b(?:fly|flys|flies|flying|max velocity|max speed|maximum velocity|top speed)\b/ },
  {
    type: "acceleration",
    pattern: /\b(?:blocks?|starts?|acceleration|accels?|accelerations|sled|hills?|hill sprints?)\b/,
  },
  { type: "tempo", pattern: /\btempo\b/ },
  {
    type: "technique",
    pattern: /\b(?:drills?|technique|technical|[abc][- ]?skips?|wickets?|mini[- ]?hurdles|form work)\b/,
  },
  { type: "plyometrics", pattern: /\b(?:bounds?|bounding|hops?|hopping|plyos?|plyometrics?|jumps?|jumping)\b/ },
  {
    type: "strength",
    pattern: /\b(?:gym|weights?|squats?|squatting|lifting|lifts?|strength|deadlifts?|cleans?|snatch(?:es)?)\b/,
  },
  { type: "competition", pattern: /\b(?:race|raced|racing|meet|competition|competed|heats?)\b/ },
  {
    type: "recovery",
    pattern: /\b(?:recovery|easy|pool|swim|swimming|mobility|stretch(?:ing)?|foam roll(?:ing)?|yoga|walk)\b/,
  },
];

export function detectSessionType(text: string): SessionType | null {
  const t = text.toLowerCase();
  for (const rule of TYPE_RULES) if (rule.pattern.test(t)) return rule.type;
  return null;
}

// Clause by clause, so that "rpe seven, forty five min" stays two numbers rather than 745.
const CLAUSE = /([,;:!?\n]+|\.(?!\d))/;

/** "forty five minutes, rpe of seven" → "45 minutes, rpe of 7": spelled-out cardinals as digits, the rest as written. */
export function withDigits(text: string): string {
  if (!/[a-z]/i.test(text)) return text;
  return text
    .split(CLAUSE)
    .map((part) => {
      if (!/[a-z]/i.test(part)) return part;
      const doc = nlp(part);
      const spelled = doc.numbers().filter((m) => /[a-z]/i.test(m.text()) && !m.has("#Ordinal"));
      if (!spelled.found) return part;
      // The filtered matches are still numbers; compromise's types only lose that on `filter`.
      (spelled as typeof doc).numbers().toNumber();
      return doc.text();
    })
    .join("");
}

/** Minutes from "45 min", "45 minutes", "1h", "1 hour 15", "1h15", "1.5 hours", "90'", "an hour and a half". */
export function parseDuration(text: string): number | null {
  return durationIn(withDigits(text).toLowerCase());
}

function durationIn(t: string): number | null {
  const hm = t.match(
    /(\d+(?:\.\d+)?)\s*(?:h|hr|hrs|hour|hours)\b(?:\s*(?:and\s*)?(\d{1,2})(?!\d|\s*(?:x|m\b|s\b|rpe|\/))\s*(?:m|min|mins|minutes?)?\b)?/,
  );
  if (hm) return Math.round(Number(hm[1]) * 60 + (hm[2] ? Number(hm[2]) : 0));
  const compact = t.match(/(\d+)h(\d{1,2})\b/);
  if (compact) return Number(compact[1]) * 60 + Number(compact[2]);
  const min = t.match(/(\d+(?:\.\d+)?)\s*(?:min|mins|minute|minutes)\b/);
  if (min) return Math.round(Number(min[1]));
  const prime = t.match(/(\d+)\s*['’′](?![a-z\d])/);
  if (prime) return Number(prime[1]);
  if (/\b(?:an|one) hour and a half\b|\bhour and a half\b/.test(t)) return 90;
  if (/\bhalf an hour\b/.test(t)) return 30;
  if (/\b(?:an|one) hour\b/.test(t)) return 60;
  return null;
}

/** RPE from "RPE 7", "rpe of 8", "rpe: 6", "7 rpe", "effort 7/10", "8 out of 10", "rpe of seven". */
export function parseRpe(text: string): number | null {
  return rpeIn(withDigits(text).toLowerCase());
}

function rpeIn(t: string): number | null {
  const patterns = [
    /\brpe\s*(?:of|was|at|around|about|:|=|-)?\s*(\d+(?:\.\d+)?)/,
    /(\d+(?:\.\d+)?)\s*rpe\b/,
    /\b(?:effort|intensity|difficulty|exertion)\s*(?:of|was|at|around|about|:|=|-)?\s*(\d+(?:\.\d+)?)/,
    /(\d+(?:\.\d+)?)\s*(?:\/|out of)\s*10\b/,
  ];
  for (const p of patterns) {
    const m = t.match(p);
    if (m) return Number(m[1]);
  }
  return null;
}

const MOOD_WORDS: { mood: number; pattern: RegExp }[] = [
  { mood: 5, pattern: /\b(?:great|amazing|awesome|excellent|fantastic|brilliant|incredible)\b/ },
  { mood: 1, pattern: /\b(?:awful|terrible|horrible|horrendous|dreadful|miserable)\b/ },
  { mood: 2, pattern: /\b(?:tired|flat|heavy|sluggish|drained|rough|meh|bad)\b/ },
  { mood: 4, pattern: /\b(?:good|strong|fresh|sharp|solid|nice)\b/ },
  { mood: 3, pattern: /\b(?:ok|okay|fine|alright|average|so-so)\b/ },
];

/** Mood 1–5 from "mood 4", or the first mood word (great 5, good 4, ok 3, tired/flat 2, awful 1). */
export function parseMood(text: string): number | null {
  const t = text.toLowerCase();
  const explicit = t.match(/\bmood\s*(?:of|was|:|=)?\s*([1-5])\b/);
  if (explicit) return Number(explicit[1]);
  let best: { mood: number; at: number } | null = null;
  for (const { mood, pattern } of MOOD_WORDS) {
    const m = pattern.exec(t);
    if (m && (best === null || m.index < best.at)) best = { mood, at: m.index };
  }
  return best?.mood ?? null;
}

/** The session date: an ISO date in the text, "yesterday", "N days ago", else `asOf` (the athlete's today). */
export function parseDate(text: string, asOf: string | null): string | undefined {
  const t = text.toLowerCase();
  const iso = t.match(/\b(\d{4}-\d{2}-\d{2})\b/);
  if (iso) return iso[1];
  const today = asOf ?? isoDate(new Date());
  if (/\byesterday\b/.test(t)) return addDays(today, -1);
  const ago = t.match(/\b(\d|two|three|four|five|six)\s+days?\s+ago\b/);
  if (ago?.[1]) {
    const words: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
    return addDays(today, -(words[ago[1]] ?? Number(ago[1])));
  }
  return asOf ?? undefined;
}

const SETS = /(\d+)\s*(?:x|×|by)\s*(\d+(?:\.\d+)?)\s*(m\b|metres?\b|meters?\b|s\b|'s\b)?/g;
const NOT_A_DISTANCE = /^\s*(?:min|mins|minutes?|sec|secs|seconds?|kg|reps?)\b/;

/** The sets a description names: "6x30m" → 6 reps of 30 m, "3x150s" → 3 of 150 m; "4x4 min" is not a distance. */
export function parseReps(text: string): { reps: number; distance_m: number }[] {
  const t = withDigits(text).toLowerCase();
  const sets: { reps: number; distance_m: number }[] = [];
  for (const m of t.matchAll(SETS)) {
    const after = t.slice((m.index ?? 0) + m[0].length);
    if (!m[3] && NOT_A_DISTANCE.test(after)) continue;
    const reps = Number(m[1]);
    const distance = Number(m[2]);
    if (!Number.isInteger(reps) || reps < 1 || reps > 100 || distance < 10 || distance > 10_000) continue;
    sets.push({ reps, distance_m: distance });
  }
  return sets;
}

export function parseSession(text: string, asOf: string | null = null): SessionParse {
  const digits = withDigits(text).toLowerCase();
  const type = detectSessionType(text);
  const duration = durationIn(digits);
  const rpe = rpeIn(digits);
  const mood = parseMood(text);
  const date = parseDate(text, asOf);

  const missing: MissingField[] = [];
  const invalid: { rpe?: number; duration_min?: number } = {};
  if (type === null) missing.push("type");
  if (duration === null) missing.push("duration");
  else if (duration < DURATION_MIN || duration > DURATION_MAX) {
    missing.push("duration");
    invalid.duration_min = duration;
  }
  if (rpe === null) missing.push("rpe");
  else if (!Number.isInteger(rpe) || rpe < RPE_MIN || rpe > RPE_MAX) {
    missing.push("rpe");
    invalid.rpe = rpe;
  }

  const partial: Partial<LogSessionArgs> = { notes: text.trim() };
  if (date) partial.date = date;
  if (type) partial.type = type;
  if (duration !== null && invalid.duration_min === undefined) partial.duration_min = duration;
  if (rpe !== null && invalid.rpe === undefined) partial.rpe = rpe;
  if (mood !== null) partial.mood = mood;

  if (missing.length > 0 || !type || partial.duration_min === undefined || partial.rpe === undefined) {
    return { ok: false, missing, invalid, partial };
  }
  const args: LogSessionArgs = { type, duration_min: partial.duration_min, rpe: partial.rpe };
  if (date) args.date = date;
  if (mood !== null) args.mood = mood;
  args.notes = text.trim();
  return { ok: true, args };
}
