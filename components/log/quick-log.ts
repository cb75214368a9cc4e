import { type RepSetView, setLabel } from "@/components/sessions/labels";
import { dayLabel, typeLabel } from "@/lib/analysis/format";
import { addDays } from "@/lib/core/dates";
import type { SessionType } from "@/lib/core/domain";
import { MAX_REP_SETS, MAX_TIMES_PER_SET } from "@/lib/training/schemas";

/** The quick log's pure parts: reading a coach's reps text into sets, the default type, and the words of a save. */

/** What the quick log starts from: today's session as readiness prescribed it (`DaySession` fits). */
export interface QuickLogPrefill {
  type: SessionType;
  duration_min?: number | null;
  rpe?: number | null;
  /** The main set as a coach writes it: "4×30 m flying (20 m build-up), 5 min rest". */
  reps?: string | null;
}

/**
 * "N×D m" (or "N x D m"), not inside a bracket: "2×(6×100 m)" is six reps done twice, which one set row cannot
 * say, so it is left for the athlete to enter.
 */
const SET_PATTERN = /(^|[^\d(×x.])(\d{1,3})\s*[×xX]\s*(\d{1,5}(?:\.\d+)?)\s*m\b/g;

/**
 * The sets a prescription's text names, when it names them simply: "4×30 m flying" → 4 × 30 m, and
 * "4×20 m + 4×30 m from blocks" → two sets. Text with no such set, or only bracketed ones, gives none.
 */
export function parseRepsText(text: string | null | undefined): { reps: number; distance_m: number }[] {
  if (!text) return [];
  const sets: { reps: number; distance_m: number }[] = [];
  for (const match of text.matchAll(SET_PATTERN)) {
    const reps = Number(match[2]);
    const distance = Number(match[3]);
    if (reps >= 1 && reps <= 100 && distance >= 1 && distance <= 10_000) sets.push({ reps, distance_m: distance });
  }
  return sets.slice(0, MAX_REP_SETS);
}

/** The type the athlete logs most (sessions newest first: a tie goes to the one done most recently), if any. */
export function mostCommonType(sessions: readonly { type: SessionType }[]): SessionType | undefined {
  const counts = new Map<SessionType, number>();
  for (const { type } of sessions) counts.set(type, (counts.get(type) ?? 0) + 1);
  let best: SessionType | undefined;
  for (const [type, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = type;
  return best;
}

/** A session as the quick log sends it to `POST /api/v1/sessions`. */
export interface SessionBody {
  date: string;
  type: SessionType;
  duration_min: number;
  rpe: number;
  mood?: number | null;
  notes?: string | null;
  reps?: RepSetView[] | null;
}

/** When, in words: nothing for today, "yesterday", else "on Tue 1 Dec". */
function whenWords(date: string, today: string): string {
  if (date === today) return "";
  if (date === addDays(today, -1)) return " yesterday";
  return ` on ${dayLabel(date)}`;
}

/** "45 min acceleration, RPE 7, 4 × 30 m": what was logged, as the athlete would say it. */
export function sessionSummary(session: SessionBody, today: string): string {
  const sets = session.reps && session.reps.length > 0 ? `, ${session.reps.map(setLabel).join(" + ")}` : "";
  return `${session.duration_min} min ${typeLabel(session.type)}${whenWords(session.date, today)}, RPE ${session.rpe}${sets}`;
}

const FIELD_WORDS: Record<string, string> = {
  date: "Date",
  type: "Type",
  duration_min: "Duration",
  rpe: "RPE",
  mood: "Mood",
  notes: "Notes",
  reps: "Sets",
};

const SET_FIELD = /^reps\.(\d+)(?:\.(reps|distance_m|times_s)(?:\.(\d+))?)?$/;
const SET_PART_WORDS: Record<string, string> = { reps: " reps", distance_m: " distance", times_s: " times" };

/** A field the API names, in the form's words: "reps.0.times_s.1" → "Set 1, rep 2 time"; undefined for "body". */
export function fieldWords(path: string): string | undefined {
  const set = SET_FIELD.exec(path);
  if (set) {
    const [, index = "0", part, rep] = set;
    const name = `Set ${Number(index) + 1}`;
    if (part === "times_s" && rep !== undefined) return `${name}, rep ${Number(rep) + 1} time`;
    return `${name}${part ? SET_PART_WORDS[part] : ""}`;
  }
  return FIELD_WORDS[path];
}

/** Why the API refused a session, in one line: each field it named and what is wrong there, else its message. */
export function refusalWords(error: { message: string; fields: Record<string, string> }): string {
  const named = Object.entries(error.fields).map(([path, why]) => {
    const words = fieldWords(path);
    return words ? `${words} ${why}` : why;
  });
  return named.length > 0 ? named.join("; ") : error.message;
}

// ---------------------------------------------------------------- the form's sets

/** One set as typed: the texts of its boxes, and one time box per rep. */
export interface SetRow {
  id: number;
  reps: string;
  distance: string;
  times: string[];
}

/** The time boxes a reps count gives: one per rep (none until the count is a whole number), keeping what is typed. */
export function timesFor(reps: string, times: readonly string[]): string[] {
  const n = Number(reps);
  const count = reps.trim() !== "" && Number.isInteger(n) && n > 0 ? Math.min(n, MAX_TIMES_PER_SET) : 0;
  return Array.from({ length: count }, (_, i) => times[i] ?? "");
}

export function setRow(id: number, set: { reps?: number; distance_m?: number } = {}): SetRow {
  const reps = set.reps === undefined ? "" : String(set.reps);
  return { id, reps, distance: set.distance_m === undefined ? "" : String(set.distance_m), times: timesFor(reps, []) };
}

/** Where each set's problems are kept in the form's errors (see `placeErrors`). */
export const setErrorKey = {
  row: (row: number) => `set:${row}`,
  reps: (row: number) => `set:${row}:reps`,
  distance: (row: number) => `set:${row}:distance`,
  time: (row: number, rep: number) => `set:${row}:time:${rep}`,
};

const isBlank = (text: string) => text.trim() === "";

/** Where a set that was sent came from: its row, and the time boxes its times came from, in order. */
export interface SentSet {
  row: number;
  times: number[];
}

/**
 * The rows as the API's `reps`: rows left empty are dropped, blank time boxes skipped (the times that were run,
 * in order), numbers as typed (anything else fails the schema under its own box). `layout` maps each set sent
 * back to its row, for placing errors.
 */
export function setsBody(rows: readonly SetRow[]): { sets: Record<string, unknown>[]; layout: SentSet[] } {
  const sets: Record<string, unknown>[] = [];
  const layout: SentSet[] = [];
  for (const row of rows) {
    const filled = row.times.flatMap((time, rep) => (isBlank(time) ? [] : [rep]));
    if (isBlank(row.reps) && isBlank(row.distance) && filled.length === 0) continue;
    sets.push({
      reps: isBlank(row.reps) ? undefined : Number(row.reps),
      ...(isBlank(row.distance) ? {} : { distance_m: Number(row.distance) }),
      ...(filled.length > 0 ? { times_s: filled.map((rep) => Number(row.times[rep])) } : {}),
    });
    layout.push({ row: row.id, times: filled });
  }
  return { sets, layout };
}

/** The fields the form has a control for, under the API's names. */
const FORM_FIELDS = new Set(["date", "type", "duration_min", "rpe", "mood", "notes", "reps"]);
const SENT_SET_FIELD = /^reps\.(\d+)(?:\.([a-z_]+)(?:\.(\d+))?)?/;

/**
 * Field errors (the API's `fields`, or the schema's own, by path) placed on the form's controls: a set's errors on
 * its row, a time's on its box. `unplaced` holds, in words, what no control shows (`body`, a field the form has
 * no box for), for the message above the form.
 */
export function placeErrors(
  fields: Record<string, string>,
  layout: readonly SentSet[],
): { placed: Record<string, string>; unplaced: string[] } {
  const placed: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, why] of Object.entries(fields)) {
    const set = SENT_SET_FIELD.exec(path);
    const sent = set ? layout[Number(set[1])] : undefined;
    let key: string | undefined;
    if (set && sent) {
      const [, , part, rep] = set;
      if (part === "reps") key = setErrorKey.reps(sent.row);
      else if (part === "distance_m") key = setErrorKey.distance(sent.row);
      else if (part === "times_s" && rep !== undefined) {
        key = setErrorKey.time(sent.row, sent.times[Number(rep)] ?? 0);
      } else key = setErrorKey.row(sent.row);
    } else if (set) key = "reps";
    else if (FORM_FIELDS.has(path)) key = path;
    if (key) placed[key] ??= why;
    else {
      const words = fieldWords(path);
      unplaced.push(words ? `${words} ${why}.` : `${why.charAt(0).toUpperCase()}${why.slice(1)}.`);
    }
  }
  return { placed, unplaced };
}
