import { addDays, weekdayOf } from "@/lib/core/dates";
import type { SessionType } from "@/lib/core/domain";
import { sessionLoad } from "./load";
import { assertAsOf, inWindow, lastDays } from "./windows";

/**
 * Plans against what was done (PRODUCT 4.10): over the last N days ending on as-of, how many planned sessions were
 * done and how their load compares. Pure: the same plans, sessions and as-of give the same figures.
 *
 * What counts (Aria's choices, which PRODUCT leaves open):
 * - A plan is done when a session is linked to it (a session logged on its date: `matchSessionsToPlans`).
 * - A session on a day with no plan, or a second session on a planned day, is extra: it is not "done" and its load
 *   is not in `done_load`, so training more than planned never hides a missed plan.
 * - A plan for as-of itself counts once it is done: the day is still under way, so it is not missed yet. Plans
 *   after as-of are not counted.
 * - A deleted plan is gone: its session becomes extra. A deleted session leaves its plan missed.
 */

export interface CompliancePlan {
  date: string;
  durationMin: number | null;
  rpe: number | null;
  /** The linked session's id, or null while the plan is not done. */
  sessionId: string | null;
}

export interface ComplianceSession {
  id: string;
  durationMin: number;
  rpe: number;
}

export interface Compliance {
  days: number;
  as_of: string;
  /** Planned sessions in the window (today's only once done). */
  planned: number;
  /** Those of them with a linked session. */
  done: number;
  /** Σ RPE × minutes of the counted plans that give both. */
  planned_load: number;
  /** Σ RPE × minutes of the sessions linked to the counted plans. */
  done_load: number;
  /** done ÷ planned, to 2 decimals; null when nothing was planned. */
  ratio: number | null;
}

const RATIO_DECIMALS = 2;

export function compliance(
  plans: readonly CompliancePlan[],
  sessions: readonly ComplianceSession[],
  asOf: string,
  days: number,
): Compliance {
  assertAsOf(asOf);
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a whole number of at least 1: ${days}`);
  const window = lastDays(asOf, days);
  const byId = new Map(sessions.map((s) => [s.id, s]));
  let planned = 0;
  let done = 0;
  let plannedLoad = 0;
  let doneLoad = 0;
  for (const plan of plans) {
    if (!inWindow(plan.date, window)) continue;
    const session = plan.sessionId === null ? undefined : byId.get(plan.sessionId);
    if (plan.date === asOf && !session) continue;
    planned++;
    if (plan.rpe !== null && plan.durationMin !== null)
      plannedLoad += sessionLoad({ rpe: plan.rpe, durationMin: plan.durationMin });
    if (!session) continue;
    done++;
    doneLoad += sessionLoad(session);
  }
  const scale = 10 ** RATIO_DECIMALS;
  return {
    days,
    as_of: asOf,
    planned,
    done,
    planned_load: plannedLoad,
    done_load: doneLoad,
    ratio: planned === 0 ? null : Math.round((done / planned) * scale) / scale,
  };
}

// ---------------------------------------------------------------- linking a day's sessions to its plans

export interface LinkablePlan {
  id: string;
  date: string;
  type: SessionType;
}

export interface LinkableSession {
  id: string;
  date: string;
  type: SessionType;
}

/**
 * Which session each plan is done by: on the same date, one plan to one session, as many pairs as the day allows,
 * the same type first. Within a date, plans pair in the order given (the order they were planned) and sessions in
 * the order given (the order they were logged). The database applies the same rule to a batch of new sessions in
 * one statement (lib/training/sessions.ts `linkToPlans`); the demo seed applies it here.
 */
export function matchSessionsToPlans(
  plans: readonly LinkablePlan[],
  sessions: readonly LinkableSession[],
): Map<string, string> {
  const links = new Map<string, string>();
  const taken = new Set<string>();
  const pair = (accept: (plan: LinkablePlan, session: LinkableSession) => boolean) => {
    for (const plan of plans) {
      if (links.has(plan.id)) continue;
      const session = sessions.find((s) => !taken.has(s.id) && s.date === plan.date && accept(plan, s));
      if (!session) continue;
      links.set(plan.id, session.id);
      taken.add(session.id);
    }
  };
  pair((plan, session) => plan.type === session.type);
  pair(() => true);
  return links;
}

// ---------------------------------------------------------------- weeks

const MONDAY = 1;

/** The Monday of the Monday–Sunday week that holds `date`. */
export function mondayOf(date: string): string {
  return addDays(date, -((weekdayOf(date) - MONDAY + 7) % 7));
}

/** The seven dates, Monday to Sunday, of the week that holds `date`. */
export function weekOf(date: string): { from: string; to: string } {
  const from = mondayOf(date);
  return { from, to: addDays(from, 6) };
}
