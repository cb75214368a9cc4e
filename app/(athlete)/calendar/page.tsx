import type { Metadata } from "next";
import { EventForm } from "@/components/calendar/event-form";
import { EVENT_CHIP_STYLES, EVENT_TYPE_LABELS } from "@/components/calendar/labels";
import { EmptyNote } from "@/components/pages/empty-state";
import { DeletableRow, RuledList } from "@/components/pages/item-list";
import { PageHeader } from "@/components/pages/page-header";
import { PeriodStepper } from "@/components/pages/period-stepper";
import { PlanForm } from "@/components/plans/plan-form";
import { PlanList } from "@/components/plans/plan-list";
import { planSummary } from "@/components/plans/plan-words";
import { sessionTypeLabel } from "@/components/sessions/labels";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { type EventDto, listEvents } from "@/lib/calendar/events";
import { allDayDate, eventTimeLabel } from "@/lib/calendar/schemas";
import { addDays, formatDate, timeOfDay, todayIn, weekdayOf } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { athletePlansBetween, type PlannedDay } from "@/lib/plans/week";

export const metadata: Metadata = { title: "Calendar" };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] as const;
const UPCOMING_SHOWN = 20;
const CHIPS_PER_DAY = 2;
// A multi-day event is drawn on at most this many days (a season-long block would otherwise fill the month).
const MAX_SPAN_DAYS = 62;

function shiftMonth(month: string, by: number): string {
  const [year = 2000, m = 1] = month.split("-").map(Number);
  const index = year * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

function monthLabel(month: string): string {
  return new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T12:00:00Z`),
  );
}

/** The athlete's calendar day of an event's start or end: its own day when all-day, else the day in their zone. */
function dayOf(instant: string, timeZone: string): string {
  return allDayDate(instant) ?? todayIn(timeZone, new Date(instant));
}

function whenLabel(event: EventDto, timeZone: string): string {
  const start = eventTimeLabel(event.start, timeZone);
  if (!event.end) return start;
  if (dayOf(event.end, timeZone) === dayOf(event.start, timeZone)) {
    return allDayDate(event.end) ? start : `${start}–${timeOfDay(event.end, timeZone)}`;
  }
  return `${start} – ${eventTimeLabel(event.end, timeZone)}`;
}

export default async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser("athlete");
  const tz = user.timezone;
  const today = todayIn(tz);
  const requested = (await searchParams).month;
  const month = typeof requested === "string" && MONTH.test(requested) ? requested : today.slice(0, 7);
  const first = `${month}-01`;
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1);
  const gridStart = addDays(first, -((weekdayOf(first) + 6) % 7));
  const gridEnd = addDays(last, (7 - weekdayOf(last)) % 7);

  const db = await getDb();
  const [monthEvents, upcoming, plans] = await Promise.all([
    listEvents(db, user.id, { from: gridStart, to: gridEnd, limit: 500 }),
    listEvents(db, user.id, { from: today, to: addDays(today, 366), limit: UPCOMING_SHOWN }),
    athletePlansBetween(db, user.id, { from: gridStart, to: gridEnd }, today),
  ]);
  const plansByDay = new Map<string, PlannedDay[]>();
  for (const plan of plans) plansByDay.set(plan.date, [...(plansByDay.get(plan.date) ?? []), plan]);
  const monthPlans = plans.filter((p) => p.date.slice(0, 7) === month);

  const byDay = new Map<string, EventDto[]>();
  for (const event of monthEvents) {
    const startDay = dayOf(event.start, tz);
    const endDay = event.end ? dayOf(event.end, tz) : startDay;
    for (let day = startDay, n = 0; day <= endDay && n < MAX_SPAN_DAYS; day = addDays(day, 1), n++) {
      byDay.set(day, [...(byDay.get(day) ?? []), event]);
    }
  }
  const weeks: string[][] = [];
  for (let day = gridStart; day <= gridEnd; day = addDays(day, 1)) {
    if (weekdayOf(day) === 1) weeks.push([]);
    weeks.at(-1)?.push(day);
  }

  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <PageHeader title="Calendar">
        Competitions, camps and rest days. Aria plans your load around what is coming up.
      </PageHeader>

      <Card>
        <PeriodStepper
          className="mb-3"
          previous={{ href: `/calendar?month=${shiftMonth(month, -1)}`, label: "Previous month" }}
          next={{ href: `/calendar?month=${shiftMonth(month, 1)}`, label: "Next month" }}
          todayHref={month !== today.slice(0, 7) ? "/calendar" : null}
        >
          <h2 className="text-base font-semibold">{monthLabel(month)}</h2>
        </PeriodStepper>
        <table className="w-full table-fixed border-collapse text-left">
          <caption className="sr-only">{monthLabel(month)}</caption>
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th
                  key={d}
                  scope="col"
                  className="pb-1 text-center text-[11px] font-medium uppercase tracking-wide text-zinc-500"
                >
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((day) => {
                  const events = byDay.get(day) ?? [];
                  const inMonth = day.slice(0, 7) === month;
                  const isToday = day === today;
                  return (
                    <td
                      key={day}
                      aria-current={isToday ? "date" : undefined}
                      className={`h-16 border border-zinc-100 p-0.5 align-top sm:h-24 sm:p-1 dark:border-zinc-800 ${
                        inMonth ? "" : "bg-zinc-50 text-zinc-500 dark:bg-zinc-950/50 dark:text-zinc-500"
                      } ${isToday ? "bg-track-50 dark:bg-track-900/20" : ""}`}
                    >
                      <span
                        className={`flex size-6 items-center justify-center rounded-full text-xs tabular-nums ${
                          isToday ? "bg-track-500 font-bold text-white" : ""
                        }`}
                      >
                        <span className="sr-only">{formatDate(day, { timeZone: tz })}</span>
                        <span aria-hidden="true">{Number(day.slice(8))}</span>
                      </span>
                      <ul className="mt-0.5 space-y-0.5">
                        {(plansByDay.get(day) ?? []).slice(0, CHIPS_PER_DAY).map((plan) => (
                          <li
                            key={plan.id}
                            title={`Planned: ${planSummary(plan)}`}
                            className="truncate rounded border border-dashed border-track-500 px-1 py-px text-[10px] font-medium leading-tight text-zinc-800 sm:text-xs dark:text-zinc-200"
                          >
                            <span className="sr-only">Planned: </span>
                            {sessionTypeLabel(plan.type)}
                          </li>
                        ))}
                        {events.slice(0, CHIPS_PER_DAY).map((event) => (
                          <li
                            key={event.id}
                            title={`${EVENT_TYPE_LABELS[event.type]}: ${event.title}`}
                            className={`truncate rounded px-1 py-px text-[10px] font-medium leading-tight sm:text-xs ${EVENT_CHIP_STYLES[event.type]}`}
                          >
                            {event.title}
                          </li>
                        ))}
                        {events.length > CHIPS_PER_DAY ? (
                          <li className="px-1 text-[10px] text-zinc-500">+{events.length - CHIPS_PER_DAY} more</li>
                        ) : null}
                      </ul>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <ul aria-label="Event types" className="mt-3 flex flex-wrap gap-2">
          <li className="rounded border border-dashed border-track-500 px-1.5 py-0.5 text-xs">Planned session</li>
          {Object.entries(EVENT_TYPE_LABELS).map(([type, label]) => (
            <li
              key={type}
              className={`rounded px-1.5 py-0.5 text-xs ${EVENT_CHIP_STYLES[type as keyof typeof EVENT_CHIP_STYLES]}`}
            >
              {label}
            </li>
          ))}
        </ul>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="plans-heading" className="min-w-0">
          <Card title={<span id="plans-heading">Planned sessions in {monthLabel(month)}</span>}>
            {monthPlans.length === 0 ? (
              <EmptyNote>
                Nothing planned this month. Your coach's plan shows here; plan your own sessions with the form below (or
                alongside, on a wide screen).
              </EmptyNote>
            ) : (
              <PlanList plans={monthPlans} ownerId={user.id} timeZone={tz} />
            )}
          </Card>
        </section>
        <Card title="Plan a session" className="min-w-0">
          <PlanForm defaultDate={today} athleteId={user.id} />
        </Card>
        <section aria-labelledby="upcoming-heading" className="min-w-0">
          <Card title={<span id="upcoming-heading">Upcoming</span>}>
            {upcoming.length === 0 ? (
              <EmptyNote>
                Nothing coming up. Add your next competition below (or alongside, on a wide screen), so Aria can help
                you taper into it.
              </EmptyNote>
            ) : (
              <RuledList className="-my-2">
                {upcoming.map((event) => (
                  <DeletableRow
                    key={event.id}
                    endpoint={`/api/v1/calendar/${event.id}`}
                    name={event.title}
                    named
                    className="py-2.5"
                  >
                    <p className="break-words text-sm font-medium">
                      <span
                        className={`mr-1.5 inline-block rounded px-1.5 py-0.5 align-middle text-[10px] font-semibold uppercase ${EVENT_CHIP_STYLES[event.type]}`}
                      >
                        {EVENT_TYPE_LABELS[event.type]}
                      </span>
                      {event.title}
                    </p>
                    <p className="mt-0.5 text-xs text-zinc-500 dark:text-zinc-400">
                      {whenLabel(event, tz)}
                      {event.location ? ` · ${event.location}` : ""}
                    </p>
                    {event.notes ? (
                      <p className="mt-0.5 break-words text-xs text-zinc-600 dark:text-zinc-400">{event.notes}</p>
                    ) : null}
                  </DeletableRow>
                ))}
              </RuledList>
            )}
          </Card>
        </section>
        <Card title="Add event" className="min-w-0">
          <EventForm today={today} timeZone={tz} />
        </Card>
      </div>
    </div>
  );
}
