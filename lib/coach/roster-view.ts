import { ACUTE_WINDOW_DAYS, ACWR_SWEET_SPOT_HIGH, ACWR_SWEET_SPOT_LOW } from "@/lib/analysis/thresholds";
import type { Priority } from "@/lib/core/domain";
import { acwrDistance } from "./triage";

/**
 * Sorting and filtering the roster on the coach's page. The roster arrives in triage order; every other sort keeps
 * that order among equals, and athletes without the figure sorted on go last. Pure, so each choice is testable.
 */

export interface RosterRow {
  name: string;
  acwr: number | null;
  days_since_last_session: number | null;
  active_injuries: number;
  latest_wellness: { hooper: number } | null;
  next_competition: { starts_at: string } | null;
  flags: readonly { priority: Priority }[];
}

export const ROSTER_SORTS = {
  triage: "Triage",
  name: "Name",
  acwr: "ACWR, furthest from the sweet spot",
  last_session: "Longest since last session",
  wellness: "Worst wellness",
  next_meet: "Next meet soonest",
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

const FILTERS: Record<RosterFilter, (row: RosterRow) => boolean> = {
  all: () => true,
  attention: (row) => row.flags.some((f) => f.priority === "critical" || f.priority === "high"),
  injured: (row) => row.active_injuries > 0,
  off_sweet_spot: (row) => row.acwr !== null && acwrDistance(row.acwr) > 0,
  no_recent_session: (row) => row.days_since_last_session === null || row.days_since_last_session >= NO_SESSION_DAYS,
};

/** The figure each sort orders by, larger first; null when the athlete has none (they go last). */
const SORT_KEYS: Record<Exclude<RosterSort, "triage" | "name">, (row: RosterRow) => number | null> = {
  acwr: (row) => (row.acwr === null ? null : acwrDistance(row.acwr)),
  // Never having trained is the longest gap of all.
  last_session: (row) => row.days_since_last_session ?? Number.POSITIVE_INFINITY,
  wellness: (row) => row.latest_wellness?.hooper ?? null,
  next_meet: (row) => (row.next_competition ? -Date.parse(row.next_competition.starts_at) : null),
};

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
  return [...kept].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
    return y - x;
  });
}
