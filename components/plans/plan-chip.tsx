import type { PlannedDay } from "@/lib/plans/week";
import { planSummary, STATUS_MARKS, STATUS_STYLES, STATUS_WORDS } from "./plan-words";

/** A plan's status as a mark and a word, so it never rests on colour alone. */
export function PlanStatusBadge({ status }: { status: PlannedDay["status"] }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLES[status]}`}
    >
      <span aria-hidden="true">{STATUS_MARKS[status]}</span>
      {STATUS_WORDS[status]}
    </span>
  );
}

/** One planned session in a line: what it asks, its main set, and where it stands. */
export function PlanLine({ plan, by }: { plan: PlannedDay; by?: string }) {
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
      <span className="text-sm font-medium">{planSummary(plan)}</span>
      <PlanStatusBadge status={plan.status} />
      {plan.reps ? (
        <span className="w-full break-words text-xs text-zinc-600 dark:text-zinc-400">{plan.reps}</span>
      ) : null}
      {by ? <span className="w-full text-xs text-zinc-500 dark:text-zinc-400">{by}</span> : null}
    </div>
  );
}
