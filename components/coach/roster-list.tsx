"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { UnlinkAthlete } from "@/components/coach/unlink-athlete";
import { VerdictBadge } from "@/components/today/verdict-badge";
import { AcwrBadge } from "@/components/ui/acwr-badge";
import { Field, SelectField } from "@/components/ui/field";
import { PriorityBadge } from "@/components/ui/priority-badge";
import type { SquadAthlete } from "@/lib/coach/roster";
import {
  arrangeRoster,
  ROSTER_FILTERS,
  ROSTER_SORTS,
  type RosterFilter,
  type RosterSort,
} from "@/lib/coach/roster-view";
import { plural } from "@/lib/core/words";

const FILTERS = Object.entries(ROSTER_FILTERS).map(([value, label]) => ({ value: value as RosterFilter, label }));
const SORTS = Object.entries(ROSTER_SORTS).map(([value, label]) => ({ value: value as RosterSort, label }));

type RosterAthlete = SquadAthlete & {
  /** Place in the triage queue, 1 first. */
  rank: number;
  /** "Metro Sprint Classic, Sat 19 Dec", in the coach's zone. */
  next_meet_label: string | null;
};

/** The squad as cards: in triage order by default, sortable, filterable and searchable by name. */
export function RosterList({ athletes }: { athletes: RosterAthlete[] }) {
  const ids = useId();
  const [sort, setSort] = useState<RosterSort>("triage");
  const [filter, setFilter] = useState<RosterFilter>("all");
  const [query, setQuery] = useState("");
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
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Athlete name"
        />
        <SelectField name={`${ids}-filter`} label="Show" value={filter} onChange={setFilter} options={FILTERS} />
        <SelectField name={`${ids}-sort`} label="Sort by" value={sort} onChange={setSort} options={SORTS} />
      </div>
      <p aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
        {narrowed
          ? `Showing ${shown.length} of ${plural(athletes.length, "athlete")}.`
          : `${plural(athletes.length, "athlete")}.`}
        {narrowed ? (
          <button
            type="button"
            onClick={() => {
              setFilter("all");
              setQuery("");
            }}
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
              {athlete.flags.length > 0 ? (
                <ul aria-label={`Flags for ${athlete.name}`} className="mt-3 flex flex-wrap gap-2">
                  {athlete.flags.map((flag) => (
                    <li
                      key={flag.type}
                      className="flex items-center gap-1.5 rounded-full border border-zinc-200 py-0.5 pl-0.5 pr-2 text-xs dark:border-zinc-700"
                    >
                      <PriorityBadge priority={flag.priority} />
                      {flag.title}
                    </li>
                  ))}
                </ul>
              ) : null}
              <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
                <div>
                  <dt className="text-xs text-zinc-500">Last session</dt>
                  <dd>
                    {athlete.days_since_last_session === null
                      ? "never"
                      : athlete.days_since_last_session === 0
                        ? "today"
                        : `${plural(athlete.days_since_last_session, "day")} ago`}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-zinc-500">Injuries</dt>
                  <dd>
                    {athlete.injuries.length === 0
                      ? "none"
                      : athlete.injuries
                          .map((i) => `${i.body_part}${i.latest_pain === null ? "" : ` (pain ${i.latest_pain})`}`)
                          .join(", ")}
                  </dd>
                </div>
                <div>
                  <dt className="text-xs text-zinc-500">Wellness (Hooper)</dt>
                  <dd>{athlete.latest_wellness ? `${athlete.latest_wellness.hooper} / 28` : "—"}</dd>
                </div>
                <div>
                  <dt className="text-xs text-zinc-500">Next meet</dt>
                  <dd className="truncate">{athlete.next_meet_label ?? "—"}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
