import Link from "next/link";
import { EmptyNote } from "@/components/pages/empty-state";
import { planSummary } from "@/components/plans/plan-words";
import { sessionTypeLabel } from "@/components/sessions/labels";
import { SessionFacts } from "@/components/sessions/session-facts";
import { mondayOf } from "@/lib/analysis/compliance";
import { formatDate } from "@/lib/core/dates";
import type { PlannedDay } from "@/lib/plans/week";
import type { SessionDto } from "@/lib/training/sessions";

/**
 * A linked athlete's recent sessions on the coach's drill-down, newest first: the day in words, what it was, and the
 * plan it fulfilled when it was logged on a planned day, with a link to that week of the coach's plan.
 */
export function AthleteSessions({
  sessions,
  plans,
  days,
  firstName,
  timeZone,
  noteHref,
}: {
  sessions: readonly SessionDto[];
  /** The athlete's plans over the same days: the ones a session fulfilled are named beside it. */
  plans: readonly PlannedDay[];
  days: number;
  firstName: string;
  timeZone: string;
  noteHref: (sessionId: string) => string;
}) {
  if (sessions.length === 0) {
    return <EmptyNote>{`${firstName} logged no session in the last ${days} days.`}</EmptyNote>;
  }
  const planOf = new Map(plans.filter((p) => p.session_id !== null).map((p) => [p.session_id!, p]));
  return (
    <ul aria-label={`Sessions of ${firstName}`} className="-my-2 divide-y divide-zinc-100 dark:divide-zinc-800">
      {sessions.map((session) => {
        const date = formatDate(session.date, { timeZone });
        const plan = planOf.get(session.id);
        return (
          <li
            key={session.id}
            aria-label={`${sessionTypeLabel(session.type)} on ${date}`}
            className="flex flex-col gap-1 py-3 min-[420px]:flex-row min-[420px]:items-start min-[420px]:justify-between min-[420px]:gap-3"
          >
            <SessionFacts session={session} date={date}>
              <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
                {plan ? (
                  <>
                    Done as planned:{" "}
                    <Link
                      href={`/coach/plan?week=${mondayOf(plan.date)}`}
                      className="font-medium text-track-700 underline dark:text-track-400"
                    >
                      {planSummary(plan)}
                    </Link>
                    {plan.planned_by === plan.athlete_id
                      ? " (their own plan)"
                      : ` (planned by ${plan.planned_by_name})`}
                  </>
                ) : (
                  "Not from a plan"
                )}
              </p>
            </SessionFacts>
            <Link
              href={noteHref(session.id)}
              aria-label={`Leave a note on ${sessionTypeLabel(session.type).toLowerCase()} on ${date}`}
              className="-ml-3 inline-flex min-h-11 shrink-0 items-center rounded-xl px-3 text-sm font-medium text-track-700 hover:bg-zinc-100 min-[420px]:ml-0 dark:text-track-400 dark:hover:bg-zinc-800"
            >
              Leave a note
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
