import Link from "next/link";
import { formatDate } from "@/lib/core/dates";
import type { SquadPlanAthlete } from "@/lib/plans/week";
import { PlanDragArea, PlanDropDay } from "./plan-drag";
import { PlanItem } from "./plan-list";

/**
 * The coach's week: athletes down, Monday to Sunday across, each cell the plans of that day with done or missed.
 * Seven columns do not fit a phone, so the grid scrolls sideways in a region that takes focus (to scroll by keyboard)
 * with the athletes' names held in place. The coach's own plans have Edit (a date field moves one to another day)
 * and, with a mouse, drag to another day of the same athlete.
 */
export function SquadWeekGrid({
  athletes,
  days,
  today,
  coachId,
  timeZone,
  weekLabel,
}: {
  athletes: readonly SquadPlanAthlete[];
  days: readonly string[];
  today: string;
  coachId: string;
  timeZone: string;
  weekLabel: string;
}) {
  return (
    <PlanDragArea timeZone={timeZone}>
      <section
        aria-label={`Squad plan, ${weekLabel}: scrolls sideways`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
        className="relative -mx-4 overflow-x-auto px-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-track-500 sm:-mx-5 sm:px-5"
      >
        <table className="w-full min-w-[64rem] table-fixed border-collapse text-left">
          <caption className="sr-only">Planned sessions per athlete, {weekLabel}</caption>
          <thead>
            <tr>
              <th
                scope="col"
                className="sticky left-0 w-24 bg-white pb-2 sm:w-32 text-xs font-medium text-zinc-500 dark:bg-zinc-900"
              >
                Athlete
              </th>
              {days.map((day) => (
                <th
                  key={day}
                  scope="col"
                  aria-current={day === today ? "date" : undefined}
                  className={`pb-2 text-xs font-medium ${day === today ? "text-track-700 dark:text-track-300" : "text-zinc-500"}`}
                >
                  {formatDate(day, { timeZone })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {athletes.map((athlete) => (
              <tr key={athlete.id} className="border-t border-zinc-100 dark:border-zinc-800">
                <th
                  scope="row"
                  className="sticky left-0 bg-white py-2 pr-2 align-top text-sm font-medium dark:bg-zinc-900"
                >
                  <Link href={`/coach/athletes/${athlete.id}`} className="break-words hover:underline">
                    {athlete.name}
                  </Link>
                </th>
                {days.map((day) => {
                  const plans = athlete.plans.filter((p) => p.date === day);
                  return (
                    <PlanDropDay key={day} athleteId={athlete.id} date={day} className="px-1 py-1 align-top">
                      {plans.length === 0 ? (
                        <span className="sr-only">Nothing planned</span>
                      ) : (
                        <ul
                          aria-label={`${athlete.name}, ${formatDate(day, { timeZone })}`}
                          className="divide-y divide-zinc-100 dark:divide-zinc-800"
                        >
                          {plans.map((plan) => (
                            <PlanItem
                              key={plan.id}
                              plan={plan}
                              viewerId={coachId}
                              who={athlete.name}
                              movable
                              othersLabel={(p) =>
                                p.planned_by === p.athlete_id ? "Their own plan" : `Planned by ${p.planned_by_name}`
                              }
                              timeZone={timeZone}
                              compact
                            />
                          ))}
                        </ul>
                      )}
                    </PlanDropDay>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </PlanDragArea>
  );
}
