import type { Metadata } from "next";
import { NoAthletesYet } from "@/components/coach/no-athletes-yet";
import { PageHeader } from "@/components/pages/page-header";
import { PeriodStepper } from "@/components/pages/period-stepper";
import { CopyWeekButton } from "@/components/plans/copy-week-button";
import { PlanForm } from "@/components/plans/plan-form";
import { weekDays } from "@/components/plans/plan-words";
import { SquadWeekGrid } from "@/components/plans/squad-week-grid";
import { Card } from "@/components/ui/card";
import { mondayOf } from "@/lib/analysis/compliance";
import { requireUser } from "@/lib/auth/session";
import { addDays, formatDate, todayIn } from "@/lib/core/dates";
import { isCalendarDate } from "@/lib/core/validation";
import { getDb } from "@/lib/database";
import { coachPlanWeek } from "@/lib/plans/week";

export const metadata: Metadata = { title: "Plan" };

const WEEK = /^\d{4}-\d{2}-\d{2}$/;

export default async function CoachPlanPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const coach = await requireUser("coach");
  const tz = coach.timezone;
  const today = todayIn(tz);
  const requested = (await searchParams).week;
  const monday =
    typeof requested === "string" && WEEK.test(requested) && isCalendarDate(requested)
      ? mondayOf(requested)
      : mondayOf(today);
  const thisMonday = mondayOf(today);
  const athletes = await coachPlanWeek(await getDb(), coach.id, monday);
  const days = weekDays(monday, []).map((d) => d.date);
  const weekLabel = `${formatDate(monday, { timeZone: tz })} – ${formatDate(addDays(monday, 6), { timeZone: tz })}`;

  return (
    <div className="space-y-6">
      <PageHeader title="Plan">
        Plan sessions for one athlete or the whole squad. Each day shows whether the athlete has done it yet: a session
        they log on a planned day counts.
      </PageHeader>
      {athletes.length === 0 ? (
        <NoAthletesYet then="then plan their week here" />
      ) : (
        <>
          <Card>
            <PeriodStepper
              className="mb-3"
              previous={{ href: `/coach/plan?week=${addDays(monday, -7)}`, label: "Previous week" }}
              next={{ href: `/coach/plan?week=${addDays(monday, 7)}`, label: "Next week" }}
              todayHref={monday !== thisMonday ? "/coach/plan" : null}
            >
              <h2 className="text-base font-semibold">{weekLabel}</h2>
            </PeriodStepper>
            <SquadWeekGrid
              athletes={athletes}
              days={days}
              today={today}
              coachId={coach.id}
              timeZone={tz}
              weekLabel={weekLabel}
            />
            <div className="mt-4">
              <CopyWeekButton weekStart={monday} />
            </div>
          </Card>
          <Card title="Plan a session">
            <PlanForm
              defaultDate={today >= monday && today <= addDays(monday, 6) ? today : monday}
              targets={[
                { value: "squad", label: "The whole squad" },
                ...athletes.map((a) => ({ value: a.id, label: a.name })),
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
