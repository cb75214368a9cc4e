"use client";

import { type FormEvent, useState } from "react";
import { RPE_SCALE, TYPE_OPTIONS } from "@/components/sessions/labels";
import { Field, type Option, SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { optionalNumber, optionalText } from "@/components/ui/form-values";
import { SubmitRow } from "@/components/ui/submit-row";
import { useForm } from "@/components/ui/use-form";
import { formatDate } from "@/lib/core/dates";
import { SCALES } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import { planInput } from "@/lib/plans/schemas";

const RPE_OPTIONS: Option[] = Array.from({ length: SCALES.rpe.max - SCALES.rpe.min + 1 }, (_, i) => {
  const rpe = SCALES.rpe.min + i;
  return { value: String(rpe), label: `${rpe} · ${RPE_SCALE.words[rpe]}` };
});

/**
 * "Plan a session" (PRODUCT 4.10): posts to `POST /api/v1/plans`. An athlete plans for themself (`athleteId` fixed);
 * a coach picks one athlete or the whole squad from `targets`.
 */
export function PlanForm({
  defaultDate,
  athleteId,
  targets,
}: {
  defaultDate: string;
  /** Whom every plan is for, when there is no choice (the athlete's own id). */
  athleteId?: string;
  /** Whom the plan may be for (a coach's athletes and "squad"), the first chosen at first. */
  targets?: readonly Option[];
}) {
  const { fields, formError, pending, send, values, field, choice, reset } = useForm({
    athlete_id: athleteId ?? targets?.[0]?.value ?? "",
    date: defaultDate,
    type: "acceleration",
    duration_min: "",
    rpe: "",
    reps: "",
    notes: "",
  });
  const [added, setAdded] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const body = {
      athlete_id: values.athlete_id,
      date: values.date,
      type: values.type,
      duration_min: optionalNumber(values.duration_min),
      rpe: optionalNumber(values.rpe),
      reps: optionalText(values.reps),
      notes: optionalText(values.notes),
    };
    const sent = await send(planInput, body, (input) => apiFetch("/api/v1/plans", { method: "POST", json: input }));
    if (!sent) return;
    const who = targets?.find((t) => t.value === values.athlete_id)?.label;
    setAdded(`Planned for ${formatDate(values.date)}${who ? ` · ${who}` : ""}`);
    reset("duration_min", "rpe", "reps", "notes");
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Plan a session" className="space-y-4">
      <FormMessage>{formError ?? sentence(fields.body)}</FormMessage>
      {targets ? <SelectField label="For" options={targets} {...choice("athlete_id")} /> : null}
      <div className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2">
        <Field label="Date" type="date" {...field("date")} />
        <SelectField label="Type" options={TYPE_OPTIONS} {...choice("type")} />
        <Field
          label="Minutes (optional)"
          type="number"
          inputMode="numeric"
          {...SCALES.sessionMinutes}
          step={1}
          placeholder="60"
          {...field("duration_min")}
        />
        <SelectField label="RPE (optional)" placeholder="No target" options={RPE_OPTIONS} {...choice("rpe")} />
      </div>
      <Field
        label="Reps (optional)"
        maxLength={200}
        placeholder="e.g. 6×30 m from blocks, 3 min rest"
        {...field("reps")}
      />
      <TextAreaField label="Notes (optional)" maxLength={2000} {...field("notes")} />
      <SubmitRow label="Plan session" pendingLabel="Planning…" pending={pending} status={added} />
    </form>
  );
}
