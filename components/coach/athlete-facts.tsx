import { PriorityBadge } from "@/components/ui/priority-badge";
import { injuryLabel } from "@/lib/analysis/format";
import type { SquadAthlete } from "@/lib/coach/roster";
import { dayAgoInWords, hooperWords, painWords, WELLNESS_STALE_DAYS } from "@/lib/coach/roster-view";
import { formatDate } from "@/lib/core/dates";
import { capitalized, plural } from "@/lib/core/words";

/**
 * One athlete's roster row in words, the same on the roster card and at the top of the drill-down: every value with
 * how long ago it was, counted from the athlete's own today, and a wellness score too old to be current marked stale.
 */

type FactsAthlete = Pick<
  SquadAthlete,
  | "name"
  | "timezone"
  | "as_of"
  | "last_session_date"
  | "injuries"
  | "latest_wellness"
  | "flags"
  | "compliance_7d"
  | "compliance_28d"
>;

/** "5 of 6 planned sessions done (83 %)", or that nothing was planned in the window. */
function planWords({ planned, done, ratio }: FactsAthlete["compliance_7d"], days: number): string {
  if (planned === 0) return `nothing planned in the last ${days} days`;
  return `${done} of ${plural(planned, "planned session")} done${ratio === null ? "" : ` (${Math.round(ratio * 100)} %)`}`;
}

/** "3 days ago", and with `withDate` "3 days ago, Tue 1 Dec"; the day in words is always its tooltip. */
function When({ date, athlete, withDate }: { date: string; athlete: FactsAthlete; withDate: boolean }) {
  // The relative words carry the year's place, so the day never needs one (and reads the same on server and client).
  const day = formatDate(date, { timeZone: athlete.timezone, now: null });
  const ago = dayAgoInWords(date, athlete.as_of);
  return (
    <time dateTime={date} title={day}>
      {withDate ? `${ago}, ${day}` : ago}
    </time>
  );
}

export function AthleteFlags({ athlete }: { athlete: Pick<SquadAthlete, "name" | "flags"> }) {
  if (athlete.flags.length === 0) return null;
  return (
    <ul aria-label={`Flags for ${athlete.name}`} className="flex flex-wrap gap-2">
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
  );
}

export function AthleteFacts({
  athlete,
  nextMeet,
  withDates = false,
}: {
  athlete: FactsAthlete;
  /** "Metro Sprint Classic, Sat 19 Dec, 10:00"; the row is left out when undefined. */
  nextMeet?: string | null;
  /** Add the day in words after each "… ago" (the drill-down has the room). */
  withDates?: boolean;
}) {
  const wellness = athlete.latest_wellness;
  return (
    <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
      <div>
        <dt className="text-xs text-zinc-500 dark:text-zinc-400">Last session</dt>
        <dd>
          {athlete.last_session_date === null ? (
            "never"
          ) : (
            <When date={athlete.last_session_date} athlete={athlete} withDate={withDates} />
          )}
        </dd>
      </div>
      <div>
        <dt className="text-xs text-zinc-500 dark:text-zinc-400">Wellness</dt>
        <dd>
          {wellness === null ? (
            "none logged"
          ) : (
            <span className={wellness.stale ? "text-zinc-600 dark:text-zinc-400" : undefined}>
              {hooperWords(wellness.hooper)} · <When date={wellness.date} athlete={athlete} withDate={withDates} />
              {wellness.stale ? (
                <span
                  className="ml-1.5 inline-flex rounded-full border border-zinc-400 px-1.5 text-xs font-semibold uppercase tracking-wide text-zinc-700 dark:border-zinc-500 dark:text-zinc-300"
                  title={`Logged more than ${WELLNESS_STALE_DAYS} days ago: how they were, not how they are`}
                >
                  stale
                </span>
              ) : null}
            </span>
          )}
        </dd>
      </div>
      <div>
        <dt className="text-xs text-zinc-500 dark:text-zinc-400">Plan, last 7 days</dt>
        <dd>{planWords(athlete.compliance_7d, 7)}</dd>
      </div>
      <div>
        <dt className="text-xs text-zinc-500 dark:text-zinc-400">Plan, last 28 days</dt>
        <dd>{planWords(athlete.compliance_28d, 28)}</dd>
      </div>
      <div className="sm:col-span-2">
        <dt className="text-xs text-zinc-500 dark:text-zinc-400">Injuries</dt>
        <dd>
          {athlete.injuries.length === 0 ? (
            "none"
          ) : (
            <ul aria-label={`Injuries of ${athlete.name}`}>
              {athlete.injuries.map((injury) => (
                <li key={injury.id}>
                  {capitalized(injuryLabel({ bodyPart: injury.body_part, side: injury.side }))}, {injury.status}
                  {" · "}
                  {injury.latest_pain === null || injury.latest_pain_date === null ? (
                    "no pain logged"
                  ) : (
                    <>
                      pain {painWords(injury.latest_pain)} ·{" "}
                      <When date={injury.latest_pain_date} athlete={athlete} withDate={withDates} />
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      {nextMeet === undefined ? null : (
        <div className="sm:col-span-2">
          <dt className="text-xs text-zinc-500 dark:text-zinc-400">Next meet</dt>
          <dd className="truncate">{nextMeet ?? "—"}</dd>
        </div>
      )}
    </dl>
  );
}
