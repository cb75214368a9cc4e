import { formatDate } from "@/lib/core/dates";
import type { PlannedDay } from "@/lib/plans/week";
import { PlanActions } from "./plan-actions";
import { PlanLine } from "./plan-chip";
import { DraggablePlan } from "./plan-drag";
import { planSummary } from "./plan-words";

/**
 * Only whoever planned a session may change or remove it: theirs get Edit and Delete, the others say who planned
 * them.
 */
export function PlanItem({
  plan,
  viewerId,
  othersLabel,
  who,
  movable = false,
  showDate = false,
  compact = false,
  timeZone,
}: {
  plan: PlannedDay;
  viewerId: string;
  /** Whose plan it is, when a list holds several athletes' (the buttons' names say it). */
  who?: string;
  /** Whether its planner may drag it to another day (the coach's week grid). */
  movable?: boolean;
  /** What a plan by someone else says instead of Edit and Delete ("Planned by your coach"). */
  othersLabel: (plan: PlannedDay) => string;
  showDate?: boolean;
  /** Stacked, for a narrow cell of the coach's week grid. */
  compact?: boolean;
  timeZone: string;
}) {
  const mine = plan.planned_by === viewerId;
  const date = formatDate(plan.date, { timeZone });
  const label = `${who ? `${who}: ` : ""}${planSummary(plan)} on ${date}`;
  const summary = (
    <div className="min-w-0">
      {showDate ? <p className="text-xs font-medium text-zinc-600 dark:text-zinc-400">{date}</p> : null}
      <PlanLine plan={plan} by={mine ? undefined : othersLabel(plan)} />
      {plan.notes ? <p className="mt-0.5 break-words text-xs text-zinc-600 dark:text-zinc-400">{plan.notes}</p> : null}
    </div>
  );
  return (
    <li
      aria-label={`${date}: ${planSummary(plan)}`}
      className={
        compact
          ? "flex flex-col items-stretch gap-1 py-1.5"
          : "flex flex-col gap-2 py-2.5 min-[420px]:flex-row min-[420px]:items-start min-[420px]:justify-between min-[420px]:gap-3"
      }
    >
      {mine && movable ? (
        <DraggablePlan
          plan={{
            id: plan.id,
            athleteId: plan.athlete_id,
            date: plan.date,
            label: `${who ? `${who}: ` : ""}${planSummary(plan)}`,
          }}
        >
          {summary}
        </DraggablePlan>
      ) : (
        summary
      )}
      {mine ? <PlanActions plan={plan} label={label} tight={compact} /> : null}
    </li>
  );
}

/** The athlete's planned sessions, oldest first, each editable and deletable by whoever planned it. */
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
