import { z } from "zod";
import { ACUTE_WINDOW_DAYS, ACWR_SWEET_SPOT_HIGH, ACWR_SWEET_SPOT_LOW } from "@/lib/analysis/thresholds";
import { daysBetween, formatDate } from "@/lib/core/dates";
import type { Priority, SuggestionType } from "@/lib/core/domain";
import { enumField, plainText } from "@/lib/core/validation";
import { plural } from "@/lib/core/words";
import { blankAsMissing } from "@/lib/progress/schemas";
import { acwrDistance } from "./triage";

/**
 * Sorting, filtering and wording the roster, the same on the coach's page, in the squad view and in the API. The
 * roster arrives in triage order; every other sort keeps that order among equals, and athletes without the figure
 * sorted on go last. Pure, so each choice is testable.
 */

export interface RosterRow {
  name: string;
  acwr: number | null;
  days_since_last_session: number | null;
  active_injuries: number;
  latest_wellness: { hooper: number; stale: boolean } | null;
  next_competition: { starts_at: string } | null;
  flags: readonly { priority: Priority }[];
  compliance_7d: { ratio: number | null };
}

/**
 * Hooper items rate last night's sleep and today's stress, fatigue and soreness (Hooper & Mackinnon 1995): a day-to-day
 * state that readiness reads only from today's log (PRODUCT 4.8). Past three days a score says how the athlete was,
 * not how they are, so it is shown as stale and never counted as current.
 */
export const WELLNESS_STALE_DAYS = 3;

export const isWellnessStale = (daysAgo: number) => daysAgo > WELLNESS_STALE_DAYS;

export const ROSTER_SORTS = {
  triage: "Triage",
  name: "Name",
  acwr: "ACWR, furthest from the sweet spot",
  last_session: "Longest since last session",
  wellness: "Worst wellness",
  next_meet: "Next meet soonest",
  compliance: "Least of the plan done",
} as const;
export type RosterSort = keyof typeof ROSTER_SORTS;

// The no_training rule's window (PRODUCT 4.1): a week without a session.
const NO_SESSION_DAYS = ACUTE_WINDOW_DAYS;

export const ROSTER_FILTERS = {
  all: "Everyone",
  attention: "Critical or high flags",
  injured: "Active injury",
  off_sweet_spot: `ACWR outside ${ACWR_SWEET_SPOT_LOW}–${ACWR_SWEET_SPOT_HIGH}`,
  no_recent_session: `No session in ${NO_SESSION_DAYS}+ days`,
} as const;
export type RosterFilter = keyof typeof ROSTER_FILTERS;

export const ROSTER_QUERY_MAX_CHARS = 100;

/** `?sort=&filter=&q=` on `/coach` and on `GET /api/v1/coach/athletes`; a parameter given empty is one left out. */
export const rosterQuery = z.object({
  sort: blankAsMissing(
    enumField(Object.keys(ROSTER_SORTS) as [RosterSort, ...RosterSort[]])
      .default("triage")
      .meta({ description: "The order: the triage queue unless another is asked for." }),
  ),
  filter: blankAsMissing(
    enumField(Object.keys(ROSTER_FILTERS) as [RosterFilter, ...RosterFilter[]])
      .default("all")
      .meta({ description: "Which athletes: everyone unless narrowed." }),
  ),
  q: blankAsMissing(
    plainText("single-line")
      .max(ROSTER_QUERY_MAX_CHARS, `must be at most ${ROSTER_QUERY_MAX_CHARS} characters`)
      .default("")
      .meta({ description: "Any part of the athlete's name, case ignored." }),
  ),
});
export type RosterQuery = z.output<typeof rosterQuery>;

export const DEFAULT_ROSTER_QUERY: RosterQuery = { sort: "triage", filter: "all", q: "" };

/**
 * The page's reading of its address: each parameter on its own, so that one unknown value (an old bookmark, a typo)
 * falls back to its default instead of failing the page. The API is strict and answers 400 instead.
 */
export function rosterQueryFromSearchParams(raw: Record<string, string | string[] | undefined>): RosterQuery {
  const read = <K extends keyof RosterQuery>(key: K): RosterQuery[K] => {
    const value = raw[key];
    const parsed = rosterQuery.shape[key].safeParse(Array.isArray(value) ? value[0] : value);
    return parsed.success ? (parsed.data as RosterQuery[K]) : DEFAULT_ROSTER_QUERY[key];
  };
  return { sort: read("sort"), filter: read("filter"), q: read("q") };
}

/** The address of the roster with this view; defaults are left out, so the plain roster is plain `/coach`. */
export function rosterHref(view: RosterQuery, path = "/coach"): string {
  const params = new URLSearchParams();
  if (view.sort !== DEFAULT_ROSTER_QUERY.sort) params.set("sort", view.sort);
  if (view.filter !== DEFAULT_ROSTER_QUERY.filter) params.set("filter", view.filter);
  if (view.q.trim() !== "") params.set("q", view.q);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const FILTERS: Record<RosterFilter, (row: RosterRow) => boolean> = {
  all: () => true,
  attention: (row) => row.flags.some((f) => f.priority === "critical" || f.priority === "high"),
  injured: (row) => row.active_injuries > 0,
  off_sweet_spot: (row) => row.acwr !== null && acwrDistance(row.acwr) > 0,
  no_recent_session: (row) => row.days_since_last_session === null || row.days_since_last_session >= NO_SESSION_DAYS,
};

/** The figures each sort orders by, compared in turn, larger first; null when the athlete has none (they go last). */
const SORT_KEYS: Record<Exclude<RosterSort, "triage" | "name">, (row: RosterRow) => readonly number[] | null> = {
  acwr: (row) => (row.acwr === null ? null : [acwrDistance(row.acwr)]),
  // Never having trained is the longest gap of all.
  last_session: (row) => [row.days_since_last_session ?? Number.POSITIVE_INFINITY],
  // A stale score is not how the athlete is now: every fresh score comes first, worst first, then the stale ones.
  wellness: (row) => (row.latest_wellness ? [row.latest_wellness.stale ? 0 : 1, row.latest_wellness.hooper] : null),
  next_meet: (row) => (row.next_competition ? [-Date.parse(row.next_competition.starts_at)] : null),
  // Larger first: the least done comes first; an athlete with nothing planned has no figure and goes last.
  compliance: (row) => (row.compliance_7d.ratio === null ? null : [-row.compliance_7d.ratio]),
};

function compareKeys(x: readonly number[] | null, y: readonly number[] | null): number {
  if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
  for (let i = 0; i < x.length; i++) {
    const difference = (y[i] ?? 0) - (x[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function arrangeRoster<T extends RosterRow>(
  rows: readonly T[],
  options: { sort: RosterSort; filter: RosterFilter; query: string },
): T[] {
  const query = options.query.trim().toLowerCase();
  const kept = rows.filter((row) => FILTERS[options.filter](row) && (!query || row.name.toLowerCase().includes(query)));
  if (options.sort === "triage") return kept;
  if (options.sort === "name") return [...kept].sort((a, b) => a.name.localeCompare(b.name));
  const key = SORT_KEYS[options.sort];
  // Array.prototype.sort is stable: equals keep their triage order.
  return [...kept].sort((a, b) => compareKeys(key(a), key(b)));
}

/** A flag as the squad view counts it: how many athletes carry it now, and who. */
export interface FlagCount {
  type: SuggestionType;
  priority: Priority;
  title: string;
  athletes: { id: string; name: string }[];
}

const PRIORITY_ORDER: Record<Priority, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/**
 * Each current flag of the roster with the athletes carrying it: the squad view's counts come from the very rows the
 * roster shows, so a flag on a card is counted here and nothing else is. Most urgent first, then most athletes.
 */
export function flagCounts(
  rows: readonly {
    id: string;
    name: string;
    flags: readonly { type: SuggestionType; priority: Priority; title: string }[];
  }[],
): FlagCount[] {
  const counts = new Map<SuggestionType, FlagCount>();
  for (const row of rows) {
    for (const flag of row.flags) {
      const count = counts.get(flag.type) ?? {
        type: flag.type,
        priority: flag.priority,
        title: flag.title,
        athletes: [],
      };
      count.athletes.push({ id: row.id, name: row.name });
      counts.set(flag.type, count);
    }
  }
  return [...counts.values()].sort(
    (a, b) =>
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
      b.athletes.length - a.athletes.length ||
      a.type.localeCompare(b.type),
  );
}

/** "today", "yesterday", "3 days ago": how long before the athlete's today a calendar day was. */
export function daysAgoInWords(days: number): string {
  if (days <= 0) return "today";
  if (days === 1) return "yesterday";
  return `${plural(days, "day")} ago`;
}

/** "yesterday", "3 days ago" for a calendar day, counted from the athlete's today (`asOf`). */
export const dayAgoInWords = (date: string, asOf: string) => daysAgoInWords(daysBetween(date, asOf));

/** "Tue 1 Dec": a calendar day of the athlete's, in words; the year only when it is not this year where they are. */
export const athleteDay = (date: string, timeZone: string, now?: Date) => formatDate(date, { timeZone, now });

/** "Hooper 20 (high is poor)": the index with the direction a reader needs, since a higher score is worse. */
export const hooperWords = (hooper: number) => `Hooper ${hooper} (high is poor)`;

/** "7/10": a pain level on its scale. */
export const painWords = (level: number) => `${level}/10`;
