import Link from "next/link";
import { EmptyNote } from "@/components/pages/empty-state";
import { PlanLine } from "@/components/plans/plan-chip";
import { complianceLine, ratioLine, weekDays } from "@/components/plans/plan-words";
import { Card } from "@/components/ui/card";
import type { AthleteOverview } from "@/lib/athlete/overview";
import { formatDate } from "@/lib/core/dates";

/**
 * "This week's plan" (PRODUCT 4.10): Monday to Sunday with what was planned and whether it was done, and compliance
 * this week and over the last 7 and 28 days. Read-only, so the coach's drill-down shows it as the athlete sees it.
 */
export function PlanWeekCard({
  plan,
  timeZone,
  readOnly = false,
}: {
  plan: AthleteOverview["plan"];
  timeZone: string;
  readOnly?: boolean;
}) {
  if (plan.week.length === 0) {
    return (
      <Card title="This week's plan">
        <EmptyNote>
          {readOnly ? (
            "No plan this week."
          ) : (
            <>
              No plan this week — your coach's plan shows here, or plan your own on the{" "}
              <Link href="/calendar" className="underline">
                Calendar
              </Link>{" "}
              page.
            </>
          )}
        </EmptyNote>
      </Card>
    );
  }
  // The last 7 days beside the last 28: whether a gap is this week's or a habit.
  const ratios = [ratioLine(plan.compliance7), ratioLine(plan.compliance28)].filter((line) => line !== null);
  return (
    <Card title="This week's plan">
      <p className="text-sm font-medium">{complianceLine(plan.thisWeek, "so far this week")}</p>
      {ratios.map((line) => (
        <p key={line} className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">
          {line}
        </p>
      ))}
      <ul
        aria-label="Planned sessions, Monday to Sunday"
        className="mt-3 divide-y divide-zinc-100 dark:divide-zinc-800"
      >
        {weekDays(plan.monday, plan.week).map((day) => (
          <li key={day.date} className="flex gap-3 py-2">
            <span className="w-24 shrink-0 text-sm text-zinc-600 dark:text-zinc-400">
              {formatDate(day.date, { timeZone })}
            </span>
            {day.plans.length === 0 ? (
              <span className="text-sm text-zinc-500 dark:text-zinc-400">Nothing planned</span>
            ) : (
              <ul className="min-w-0 flex-1 space-y-1.5">
                {day.plans.map((p) => (
                  <li key={p.id}>
                    <PlanLine
                      plan={p}
                      by={p.planned_by !== p.athlete_id ? `Planned by ${p.planned_by_name}` : undefined}
                    />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
