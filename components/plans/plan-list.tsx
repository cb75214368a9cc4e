import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";
import { formatDate } from "@/lib/core/dates";
import type { PlannedDay } from "@/lib/plans/week";
import { PlanLine } from "./plan-chip";
import { planSummary } from "./plan-words";

/** Only whoever planned a session may remove it: theirs get a Delete button, the others say who planned them. */
export function PlanItem({
  plan,
  viewerId,
  othersLabel,
  showDate = false,
  compact = false,
  timeZone,
}: {
  plan: PlannedDay;
  viewerId: string;
  /** What a plan by someone else says instead of Delete ("Planned by your coach"). */
  othersLabel: (plan: PlannedDay) => string;
  showDate?: boolean;
  /** Stacked, for a narrow cell of the coach's week grid. */
  compact?: boolean;
  timeZone: string;
}) {
  const mine = plan.planned_by === viewerId;
  const date = formatDate(plan.date, { timeZone });
  return (
    <li
      aria-label={`${date}: ${planSummary(plan)}`}
      className={compact ? "flex flex-col items-start gap-1 py-1.5" : "flex items-start justify-between gap-3 py-2.5"}
    >
      <div className="min-w-0">
        {showDate ? <p className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{date}</p> : null}
        <PlanLine plan={plan} by={mine ? undefined : othersLabel(plan)} />
        {plan.notes ? (
          <p className="mt-0.5 break-words text-xs text-zinc-600 dark:text-zinc-400">{plan.notes}</p>
        ) : null}
      </div>
      {mine ? (
        <ConfirmDeleteButton endpoint={`/api/v1/plans/items/${plan.id}`} label={`${planSummary(plan)} on ${date}`} />
      ) : null}
    </li>
  );
}

/** The athlete's planned sessions, oldest first, each deletable by whoever planned it. */
export function PlanList({
  plans,
  ownerId,
  timeZone,
}: {
  plans: readonly PlannedDay[];
  ownerId: string;
  timeZone: string;
}) {
  return (
    <ul aria-label="Planned sessions" className="-my-2 divide-y divide-zinc-100 dark:divide-zinc-800">
      {plans.map((plan) => (
        <PlanItem
          key={plan.id}
          plan={plan}
          viewerId={ownerId}
          othersLabel={() => "Planned by your coach"}
          showDate
          timeZone={timeZone}
        />
      ))}
    </ul>
  );
}
