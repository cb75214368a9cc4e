"use client";

import { type FormEvent, useState } from "react";
import { chosenMetric, MetricPicker } from "@/components/progress/metric-options";
import { DecimalField, Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { numberOrMissing } from "@/components/ui/form-values";
import { SubmitRow } from "@/components/ui/submit-row";
import { useForm } from "@/components/ui/use-form";
import { createGoalInput } from "@/lib/goals/schemas";
import { apiFetch } from "@/lib/http/client";

const EMPTY = { title: "", metric: "", custom: "", baseline_value: "", target_value: "", target_date: "" };

/** POST /api/v1/goals: a metric, where the athlete is now, where they want to be and by when. */
export function GoalForm({ today }: { today: string }) {
  const { formError, pending, send, values, field, choice, reset } = useForm(EMPTY);
  const [status, setStatus] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    const { custom, ...rest } = values;
    const body = {
      ...rest,
      metric: chosenMetric(values.metric, custom),
      baseline_value: numberOrMissing(values.baseline_value),
      target_value: numberOrMissing(values.target_value),
    };
    const sent = await send(createGoalInput, body, () => apiFetch("/api/v1/goals", { method: "POST", json: body }));
    if (!sent) return;
    setStatus(`Goal “${sent.input.title}” added.`);
    reset();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="New goal">
      <FormMessage>{formError}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Title" placeholder="Break 11.00 in the 100 m" {...field("title")} />
        <MetricPicker
          label="Metric"
          placeholder="Choose an event or test…"
          select={choice("metric")}
          custom={field("custom")}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <DecimalField label="Where you are now" {...field("baseline_value")} />
        <DecimalField label="Target" hint="Lower than now for a time" {...field("target_value")} />
        <Field label="Target date" type="date" min={today} {...field("target_date")} />
      </div>
      <SubmitRow label="Add goal" pendingLabel="Adding…" pending={pending} status={status} />
    </form>
  );
}
