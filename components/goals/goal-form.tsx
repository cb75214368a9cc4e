"use client";

import { type FormEvent, useId, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitRow } from "@/components/ui/submit-row";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { createGoalInput } from "@/lib/goals/schemas";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";

const num = (text: string) => (text.trim() === "" ? undefined : Number(text));

/** POST /api/v1/goals: a metric, where the athlete is now, where they want to be and by when. */
export function GoalForm({ today }: { today: string }) {
  const { fields, formError, pending, send } = useFormSubmit();
  const ids = useId();
  const [title, setTitle] = useState("");
  const [metric, setMetric] = useState("");
  const [baseline, setBaseline] = useState("");
  const [target, setTarget] = useState("");
  const [targetDate, setTargetDate] = useState("");
  const [status, setStatus] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    const body = {
      title,
      metric,
      baseline_value: num(baseline),
      target_value: num(target),
      target_date: targetDate,
    };
    const sent = await send(createGoalInput, body, () => apiFetch("/api/v1/goals", { method: "POST", json: body }));
    if (!sent) return;
    setStatus(`Goal “${sent.input.title}” added.`);
    setTitle("");
    setMetric("");
    setBaseline("");
    setTarget("");
    setTargetDate("");
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="New goal">
      <FormMessage>{formError}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Title"
          name="title"
          id={`${ids}-title`}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder="Break 11.00 in the 100 m"
          error={sentence(fields.title)}
        />
        <Field
          label="Metric"
          name="metric"
          id={`${ids}-metric`}
          value={metric}
          onChange={(e) => setMetric(e.target.value)}
          placeholder="100m, 400m, squat_1rm…"
          error={sentence(fields.metric)}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Where you are now"
          name="baseline_value"
          id={`${ids}-baseline`}
          type="number"
          inputMode="decimal"
          step="0.01"
          value={baseline}
          onChange={(e) => setBaseline(e.target.value)}
          error={sentence(fields.baseline_value)}
        />
        <Field
          label="Target"
          name="target_value"
          id={`${ids}-target`}
          type="number"
          inputMode="decimal"
          step="0.01"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          error={sentence(fields.target_value)}
          hint="Lower than now for a time"
        />
        <Field
          label="Target date"
          name="target_date"
          id={`${ids}-date`}
          type="date"
          min={today}
          value={targetDate}
          onChange={(e) => setTargetDate(e.target.value)}
          error={sentence(fields.target_date)}
        />
      </div>
      <SubmitRow label="Add goal" pendingLabel="Adding…" pending={pending} status={status} />
    </form>
  );
}
