"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { AthleteFacts, AthleteFlags } from "@/components/coach/athlete-facts";
import { UnlinkAthlete } from "@/components/coach/unlink-athlete";
import { VerdictBadge } from "@/components/today/verdict-badge";
import { AcwrBadge } from "@/components/ui/acwr-badge";
import { Field, SelectField } from "@/components/ui/field";
import type { SquadAthlete } from "@/lib/coach/roster";
import {
  arrangeRoster,
  ROSTER_FILTERS,
  ROSTER_QUERY_MAX_CHARS,
  ROSTER_SORTS,
  type RosterFilter,
  type RosterQuery,
  type RosterSort,
  rosterHref,
} from "@/lib/coach/roster-view";
import { plural } from "@/lib/core/words";

const FILTERS = Object.entries(ROSTER_FILTERS).map(([value, label]) => ({ value: value as RosterFilter, label }));
const SORTS = Object.entries(ROSTER_SORTS).map(([value, label]) => ({ value: value as RosterSort, label }));

type RosterAthlete = SquadAthlete & {
  /** Place in the triage queue, 1 first. */
  rank: number;
  /** "Metro Sprint Classic, Sat 19 Dec, 10:00", in the athlete's zone. */
  next_meet_label: string | null;
};

/**
 * The squad as cards: in triage order by default, sortable, filterable and searchable by name. The choice lives in
 * the address (`/coach?sort=acwr&filter=injured&q=jo`), read by the page on the server, so a reload, a bookmark or a
 * link shared with an assistant coach opens the same view.
 */
export function RosterList({ athletes, initial }: { athletes: RosterAthlete[]; initial: RosterQuery }) {
  const ids = useId();
  const [view, setView] = useState<RosterQuery>(initial);
  const { sort, filter, q: query } = view;
  const change = (next: Partial<RosterQuery>) => {
    const updated = { ...view, ...next };
    setView(updated);
    // The whole roster is already here: the address is updated in place, without asking the server again
    // (Next.js keeps its router in step with history.replaceState).
    window.history.replaceState(null, "", rosterHref(updated, window.location.pathname));
  };
  const shown = arrangeRoster(athletes, { sort, filter, query });
  const listLabel =
    sort === "triage" ? "Athletes in triage order" : `Athletes sorted by ${ROSTER_SORTS[sort].toLowerCase()}`;
  const narrowed = filter !== "all" || query.trim() !== "";

  return (
    <section aria-label="Squad" className="space-y-3">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <Field
          label="Find"
          name="query"
          id={`${ids}-query`}
          className="col-span-2 sm:col-span-1"
          type="search"
          value={query}
          onChange={(e) => change({ q: e.target.value })}
          placeholder="Athlete name"
          maxLength={ROSTER_QUERY_MAX_CHARS}
        />
        <SelectField
          name={`${ids}-filter`}
          label="Show"
          value={filter}
          onChange={(value) => change({ filter: value })}
          options={FILTERS}
        />
        <SelectField
          name={`${ids}-sort`}
          label="Sort by"
          value={sort}
          onChange={(value) => change({ sort: value })}
          options={SORTS}
        />
      </div>
      <p aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
        {narrowed
          ? `Showing ${shown.length} of ${plural(athletes.length, "athlete")}.`
          : `${plural(athletes.length, "athlete")}.`}
        {narrowed ? (
          <button
            type="button"
            onClick={() => change({ filter: "all", q: "" })}
            className="ml-2 font-semibold text-track-700 hover:underline dark:text-track-300"
          >
            Show everyone
          </button>
        ) : null}
      </p>
      {shown.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-zinc-300 p-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          No athlete matches. Try another filter or name.
        </p>
      ) : (
        <ol aria-label={listLabel} className="space-y-3">
          {shown.map((athlete) => (
            <li
              key={athlete.id}
              className="rounded-2xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="text-xs font-medium text-zinc-500">
                    #{athlete.rank}
                    {sort === "triage" ? null : <span className="sr-only"> in the triage queue</span>}
                  </p>
                  <h2 className="text-lg font-semibold">
                    <Link href={`/coach/athletes/${athlete.id}`} className="hover:text-track-600 hover:underline">
                      {athlete.name}
                    </Link>
                  </h2>
                  <p className="text-sm text-zinc-700 dark:text-zinc-300">{athlete.reason}</p>
                </div>
                <div className="flex flex-col items-end gap-1">
                  {athlete.today ? (
                    <VerdictBadge verdict={athlete.today.verdict} title={athlete.today.headline} />
                  ) : null}
                  <AcwrBadge acwr={athlete.acwr} zone={athlete.acwr_zone} />
                  <UnlinkAthlete athlete={{ id: athlete.id, name: athlete.name }} />
                </div>
              </div>
              <div className="mt-3 space-y-3">
                <AthleteFlags athlete={athlete} />
                <AthleteFacts athlete={athlete} nextMeet={athlete.next_meet_label} />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
