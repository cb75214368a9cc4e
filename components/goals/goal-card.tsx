"use client";

import { type FormEvent, useId, useState } from "react";
import { MilestoneBar } from "@/components/dashboard/milestone-bar";
import { Button } from "@/components/ui/button";
import { DecimalField } from "@/components/ui/field";
import { FormMessage, StatusLine } from "@/components/ui/form-message";
import { numberOrMissing } from "@/components/ui/form-values";
import { useAction } from "@/components/ui/use-action";
import { formatDate } from "@/lib/core/dates";
import { MILESTONES } from "@/lib/core/domain";
import { fieldErrors } from "@/lib/core/errors";
import { goalProgressInput } from "@/lib/goals/schemas";
import type { GoalDto, NewAchievement } from "@/lib/goals/service";
import { ApiClientError, apiFetch, errorMessage } from "@/lib/http/client";
import { metricLabel } from "@/lib/progress/metrics";

const STATUS_STYLE: Record<GoalDto["status"], string> = {
  active: "bg-sky-100 text-sky-800 dark:bg-sky-900/40 dark:text-sky-200",
  achieved: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200",
  abandoned: "bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300",
};

const value = (v: number) => String(Number(v.toFixed(2)));

function celebrate(title: string, reached: NewAchievement[]): string | null {
  if (reached.length === 0) return null;
  const top = reached[reached.length - 1]!.milestone;
  if (top === 100) return `You achieved “${title}”! 🎉`;
  return `You reached ${top}% of “${title}”!`;
}

/** One goal: its milestone bar, progress updates, and abandoning, taking up again or deleting it. */
export function GoalCard({ goal, timeZone }: { goal: GoalDto; timeZone: string }) {
  const ids = useId();
  const { pending, error: formError, setError: setFormError, run } = useAction<"progress" | "status" | "delete">();
  const [current, setCurrent] = useState(goal.current_value === null ? "" : String(goal.current_value));
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  const label = `${goal.title}: ${Math.round(goal.progress_pct)}%`;

  async function updateProgress(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    setFormError(null);
    const body = { current_value: numberOrMissing(current) };
    const parsed = goalProgressInput.safeParse(body);
    if (!parsed.success) {
      setFieldError(fieldErrors(parsed.error).current_value);
      return;
    }
    setFieldError(undefined);
    const saved = await run(
      "progress",
      () =>
        apiFetch<{ goal: GoalDto; new_achievements: NewAchievement[] }>(`/api/v1/goals/${goal.id}/progress`, {
          method: "PUT",
          json: body,
        }),
      {
        describe: (failure) => {
          const fields = failure instanceof ApiClientError ? failure.fields : {};
          setFieldError(fields.current_value);
          return fields.current_value ? null : errorMessage(failure);
        },
      },
    );
    if (!saved) return;
    const { goal: updated, new_achievements } = saved.value;
    setStatus(
      celebrate(goal.title, new_achievements) ?? `Progress saved: ${Math.round(updated.progress_pct)}% of the way.`,
    );
  }

  async function setGoalStatus(next: "active" | "abandoned") {
    setStatus(null);
    await run("status", () => apiFetch(`/api/v1/goals/${goal.id}`, { method: "PATCH", json: { status: next } }));
  }

  async function remove() {
    if (!window.confirm(`Delete “${goal.title}” and its milestones? This cannot be undone.`)) return;
    await run("delete", () => apiFetch(`/api/v1/goals/${goal.id}`, { method: "DELETE" }), { holdPending: true });
  }

  return (
    <li
      aria-label={goal.title}
      className="rounded-2xl border border-zinc-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="font-semibold">{goal.title}</h3>
          <p className="text-sm text-zinc-600 first-letter:uppercase dark:text-zinc-400">
            {metricLabel(goal.metric)}: {value(goal.baseline_value)} → {value(goal.target_value)}
            {goal.current_value !== null ? ` · now ${value(goal.current_value)}` : ""}
          </p>
        </div>
        <div className="flex flex-wrap gap-1.5 text-xs font-semibold">
          <span className={`rounded-full px-2 py-0.5 capitalize ${STATUS_STYLE[goal.status]}`}>{goal.status}</span>
          {goal.behind_schedule ? (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-800 dark:bg-amber-900/40 dark:text-amber-200">
              Behind schedule
            </span>
          ) : null}
        </div>
      </div>

      <div className="mt-3">
        <div className="mb-1 flex justify-between text-xs text-zinc-500 dark:text-zinc-400">
          <span>{Math.round(goal.progress_pct)}%</span>
          <span>
            {goal.status === "achieved" && goal.achieved_at
              ? `Reached ${formatDate(goal.achieved_at, { timeZone })}`
              : `Target ${formatDate(goal.target_date, { timeZone })}`}
          </span>
        </div>
        <MilestoneBar
          progressPct={goal.progress_pct}
          milestones={MILESTONES.map((m) => ({ milestone: m, reached: goal.milestones.includes(m) }))}
          label={label}
        />
      </div>

      <div className="mt-4 space-y-3">
        <FormMessage>{formError}</FormMessage>
        {goal.status === "active" ? (
          <form onSubmit={updateProgress} noValidate>
            <DecimalField
              label="Current value"
              name={`${ids}-current`}
              min={0}
              value={current}
              onChange={(e) => setCurrent(e.target.value)}
              error={fieldError}
              action={
                <Button type="submit" disabled={pending !== null}>
                  {pending === "progress" ? "Saving…" : "Update progress"}
                </Button>
              }
            />
          </form>
        ) : null}
        <StatusLine>{status}</StatusLine>
        <div className="flex flex-wrap gap-2">
          {goal.status === "active" ? (
            <Button variant="secondary" disabled={pending !== null} onClick={() => setGoalStatus("abandoned")}>
              Abandon<span className="sr-only"> {goal.title}</span>
            </Button>
          ) : goal.status === "abandoned" ? (
            <Button variant="secondary" disabled={pending !== null} onClick={() => setGoalStatus("active")}>
              Take up again<span className="sr-only"> {goal.title}</span>
            </Button>
          ) : null}
          <Button variant="danger" disabled={pending !== null} onClick={remove}>
            {pending === "delete" ? "Deleting…" : "Delete"}
            <span className="sr-only"> {goal.title}</span>
          </Button>
        </div>
      </div>
    </li>
  );
}
