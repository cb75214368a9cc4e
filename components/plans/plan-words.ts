import { sessionTypeLabel } from "@/components/sessions/labels";
import type { Compliance } from "@/lib/analysis/compliance";
import { addDays } from "@/lib/core/dates";
import { plural } from "@/lib/core/words";
import type { PlannedSessionDto } from "@/lib/plans/responses";
import type { PlanStatus } from "@/lib/plans/week";

/** The words the plan views share: a plan's status, what it asks for, and compliance in a sentence. */

export const STATUS_WORDS: Record<PlanStatus, string> = {
  done: "Done",
  missed: "Missed",
  today: "Today",
  upcoming: "Planned",
};

/** A mark beside the word (never instead of it), hidden from screen readers. */
export const STATUS_MARKS: Record<PlanStatus, string> = { done: "✓", missed: "✗", today: "●", upcoming: "○" };

export const STATUS_STYLES: Record<PlanStatus, string> = {
  done: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200",
  missed: "bg-red-100 text-red-800 dark:bg-red-900/60 dark:text-red-200",
  today: "bg-amber-100 text-amber-800 dark:bg-amber-900/60 dark:text-amber-200",
  upcoming: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
};

/** The seven days, Monday to Sunday, each with its plans in the order given. */
export function weekDays<T extends { date: string }>(
  monday: string,
  plans: readonly T[],
): { date: string; plans: T[] }[] {
  return Array.from({ length: 7 }, (_, i) => {
    const date = addDays(monday, i);
    return { date, plans: plans.filter((p) => p.date === date) };
  });
}

/** "Acceleration · 40 min · RPE 7": what a plan asks, as far as it says. */
export function planSummary(plan: Pick<PlannedSessionDto, "type" | "duration_min" | "rpe">): string {
  return [
    sessionTypeLabel(plan.type),
    plan.duration_min === null ? null : `${plan.duration_min} min`,
    plan.rpe === null ? null : `RPE ${plan.rpe}`,
  ]
    .filter(Boolean)
    .join(" · ");
}

const thousands = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });

/**
 * "5 of 6 planned sessions done so far this week · load 1,345 done against 1,180 planned"; the load only when the plans gave both
 * minutes and RPE. `period` ends the first half ("so far this week", "in the last 28 days").
 */
export function complianceLine(c: Compliance, period: string): string {
  if (c.planned === 0) return `No planned session due ${period}`;
  const sessions = `${c.done} of ${plural(c.planned, "planned session")} done ${period}`;
  if (c.planned_load === 0) return sessions;
  return `${sessions} · load ${thousands.format(c.done_load)} done against ${thousands.format(c.planned_load)} planned`;
}

/** "80% of planned sessions done in the last 28 days", or null with nothing planned. */
export function ratioLine(c: Compliance): string | null {
  if (c.ratio === null) return null;
  return `${Math.round(c.ratio * 100)}% of planned sessions done in the last ${c.days} days (${c.done} of ${c.planned})`;
}
