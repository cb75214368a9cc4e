import type { SessionType, SuggestionType } from "@/lib/core/domain";
import { au, count, dayLabel, injuryLabel, list, typeLabel } from "./format";
import { HIGH_RPE, METRICS_WINDOW_DAYS, MIN_SESSIONS_PER_WEEK } from "./thresholds";
import type { Evidence, Suggestion } from "./types";

/**
 * PRODUCT 4.1: "A suggestion the athlete marks done or dismisses stays closed until its evidence changes (a new
 * session on the injury, a new pain log, a new spike); the next one that is raised says what is new."
 *
 * A suggestion's evidence is reduced to facts: dated data that back it (a session, a pain log, a wellness check, a
 * finished week). The evidence key is the sorted list of their ids. A fact stays the same while its datum exists, so
 * the key never gains a fact because the as-of date moved; facts only leave it (a session leaves the 7-day window).
 * So a suggestion is new after a closed one exactly when its key holds a fact the closed key did not: a key that
 * merely lost facts as the windows moved on says nothing new, and stays closed.
 */

/**
 * One datum behind a suggestion: `id` (no spaces) is stable while it exists; `says` names it in words, only when
 * asked (every scheduled run keys every suggestion, and only the few raised again after being closed are worded).
 */
interface Fact {
  id: string;
  says: () => string;
  /** Words that follow the facts of one group, such as the injury they are about. */
  group?: string;
}

type Row = Record<string, unknown>;

const rows = (value: unknown): Row[] =>
  Array.isArray(value) ? value.filter((v): v is Row => typeof v === "object" && v !== null) : [];
const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const number = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

type SessionDetail = "minutes" | "rpe" | "mood";

function sessionWords(s: Row, date: string, detail: SessionDetail): string {
  const type = typeLabel((text(s.type) ?? "training") as SessionType);
  const day = dayLabel(date);
  const minutes = number(s.durationMin);
  const rpe = number(s.rpe);
  const mood = number(s.mood);
  if (detail === "rpe" && rpe !== null) return `${type} at RPE ${rpe} on ${day}`;
  if (detail === "mood" && mood !== null) return `${type} on ${day}, with a mood of ${mood}/5`;
  return minutes !== null ? `${minutes} min of ${type} on ${day}` : `${type} on ${day}`;
}

/**
 * One fact per session, named by its content (date, type, minutes, RPE), so that a second session on the same day is
 * a fact of its own and an edited session is new evidence; identical sessions on one day are told apart by count.
 */
function sessionFacts(sessions: readonly Row[], detail: SessionDetail, prefix = "", group?: string): Fact[] {
  const seen = new Map<string, number>();
  const facts: Fact[] = [];
  for (const s of sessions) {
    const date = text(s.date);
    if (date === null) continue;
    const base = `${prefix}${date}:${text(s.type) ?? "-"}:${number(s.durationMin) ?? "-"}m:rpe${number(s.rpe) ?? "-"}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    facts.push({ id: n === 1 ? base : `${base}#${n}`, says: () => sessionWords(s, date, detail), group });
  }
  return facts;
}

function labelOf(injury: Row): string {
  return injuryLabel({ bodyPart: text(injury.bodyPart) ?? "injury", side: text(injury.side) ?? "none" });
}

function painFact(injury: Row, log: Row | undefined): Fact[] {
  const id = text(injury.id);
  const date = text(log?.date);
  const level = number(log?.level);
  if (id === null || date === null || level === null) return [];
  return [
    {
      id: `${id}@${date}=${level}`,
      says: () => `pain ${level}/10 on ${dayLabel(date)}`,
      group: `for your ${labelOf(injury)}`,
    },
  ];
}

/** Each type's facts, read from the evidence its rule in `suggestions.ts` writes. */
const FACTS: Readonly<Record<SuggestionType, (e: Evidence) => Fact[]>> = {
  // A new session after onset on an active injury: the product's own example.
  injury_warning: (e) =>
    rows(e.injuries).flatMap((injury) =>
      sessionFacts(
        rows(injury.sessions),
        "minutes",
        `${text(injury.id) ?? "injury"}/`,
        `with your ${labelOf(injury)} injury still active`,
      ),
    ),
  // A new hard session (RPE ≥ 8).
  high_rpe: (e) => sessionFacts(rows(e.sessions), "rpe"),
  // A new session in the acute week: it adds to the load behind the frequency and the ACWR spike.
  overtraining: (e) => sessionFacts(rows(e.sessions7), "minutes"),
  // The last session: a new one, then another week without training.
  no_training: (e) => {
    const date = text(e.lastSessionDate);
    if (date === null) return [];
    const since = number(e.daysSinceLastSession);
    const gap = since === null ? "nothing since" : `nothing in the ${since} days since`;
    return [{ id: `last:${date}`, says: () => `you trained on ${dayLabel(date)} and have logged ${gap}` }];
  },
  // A calendar week that ended with fewer than 3 sessions; a new session is not evidence of training too little.
  low_frequency: (e) =>
    rows(e.weeks)
      .filter((w) => text(w.from) !== null && (number(w.sessions) ?? 0) < MIN_SESSIONS_PER_WEEK)
      .map((w) => {
        const n = number(w.sessions) ?? 0;
        const from = text(w.from)!;
        return {
          id: `week:${from}`,
          says: () => `${n === 0 ? "no sessions" : count(n, "session")} in the week of ${dayLabel(from)}`,
        };
      }),
  // The last test: a newer one, then another 30 days without one. Never tested is no fact (nothing can be new).
  needs_metrics: (e) => {
    const last = rows([e.lastMetric])[0];
    const date = text(last?.date);
    if (!last || date === null) return [];
    const what = text(last.metric);
    return [
      {
        id: `metric:${date}`,
        says: () =>
          `your last test${what ? ` (${what})` : ""} was on ${dayLabel(date)}, more than ${METRICS_WINDOW_DAYS} days ago now`,
      },
    ];
  },
  // A new pain log that carries the fall on.
  pain_improving: (e) => rows(e.injuries).flatMap((injury) => painFact(injury, rows(injury.pain).at(-1))),
  // A new hard session while the week's average RPE stays at 8 or more; an easy one is the advice taken.
  recovery_needed: (e) =>
    sessionFacts(
      rows(e.sessions).filter((s) => (number(s.rpe) ?? 0) >= HIGH_RPE),
      "rpe",
    ),
  // A new session with a low mood.
  mental_training: (e) => sessionFacts(rows(e.sessions), "mood"),
  // A new session of the same single type.
  low_variety: (e) => sessionFacts(rows(e.sessions), "minutes"),
  // A new training day, or a day's load changed, in the monotonous week (rest days are not evidence).
  monotony_high: (e) =>
    rows(e.dailyLoads)
      .filter((d) => text(d.date) !== null && (number(d.load) ?? 0) > 0)
      .map((d) => ({
        id: `${text(d.date)}=${number(d.load)}`,
        says: () => `${au(number(d.load)!)} on ${dayLabel(text(d.date)!)}`,
      })),
  // A new pain log above 5.
  pain_high: (e) => rows(e.injuries).flatMap((injury) => painFact(injury, rows([injury.latestPain])[0])),
  // A new wellness check.
  wellness_low: (e) => {
    const date = text(e.date);
    const hooper = number(e.hooper);
    if (date === null || hooper === null) return [];
    return [
      { id: `wellness:${date}=${hooper}`, says: () => `a wellness check on ${dayLabel(date)} adding up to ${hooper}` },
    ];
  },
};

function factsOf(s: Pick<Suggestion, "type" | "evidence">): Fact[] {
  const facts = FACTS[s.type](s.evidence).map((f) => ({ ...f, id: f.id.replace(/\s+/g, "_") }));
  const unique = new Map(facts.map((f) => [f.id, f]));
  return [...unique.values()];
}

const idsOf = (key: string): string[] => key.split(" ").filter((id) => id !== "");

/** The evidence key: the ids of the suggestion's facts, sorted, separated by spaces ("" when it has none). */
export function evidenceKey(s: Pick<Suggestion, "type" | "evidence">): string {
  return factsOf(s)
    .map((f) => f.id)
    .sort()
    .join(" ");
}

/** Whether a key holds a fact that a closed suggestion's key did not: only then is the suggestion raised again. */
export function hasNewEvidence(key: string, closedKey: string): boolean {
  const seen = new Set(idsOf(closedKey));
  return idsOf(key).some((id) => !seen.has(id));
}

/** The new facts in words, grouped ("40 min of tempo on Wed 2 Dec with your right hamstring injury still active"). */
export function whatIsNew(s: Pick<Suggestion, "type" | "evidence">, closedKey: string): string {
  const seen = new Set(idsOf(closedKey));
  const fresh = factsOf(s).filter((f) => !seen.has(f.id));
  const groups = new Map<string, string[]>();
  for (const f of fresh) groups.set(f.group ?? "", [...(groups.get(f.group ?? "") ?? []), f.says()]);
  return [...groups].map(([group, says]) => (group ? `${list(says)} ${group}` : list(says))).join("; ");
}

/** A suggestion the athlete closed, as the store reads it back. */
export interface ClosedSuggestion {
  evidenceKey: string;
  status: "dismissed" | "done";
  /** The day it was closed, `YYYY-MM-DD` in the athlete's own zone. */
  closedOn: string;
}

const CLOSED_WORDS: Record<ClosedSuggestion["status"], string> = {
  dismissed: "dismissed this",
  done: "marked this done",
};

/**
 * A generated suggestion after the athlete's last closed one of its type: null while nothing is new (whatever its
 * priority, critical included); otherwise the suggestion with its message opening on what is new.
 */
export function afterClosed(s: Suggestion, closed: ClosedSuggestion | undefined): Suggestion | null {
  if (!closed) return s;
  if (!hasNewEvidence(evidenceKey(s), closed.evidenceKey)) return null;
  const since = `New since you ${CLOSED_WORDS[closed.status]} on ${dayLabel(closed.closedOn)}`;
  return { ...s, message: `${since}: ${whatIsNew(s, closed.evidenceKey)}. ${s.message}` };
}
