"use client";

import { type FormEvent, useState } from "react";
import { RPE_SCALE, TYPE_OPTIONS } from "@/components/sessions/labels";
import { Button } from "@/components/ui/button";
import { Field, type Option, SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { optionalNumber, optionalText } from "@/components/ui/form-values";
import { SubmitRow } from "@/components/ui/submit-row";
import { useForm } from "@/components/ui/use-form";
import { formatDate } from "@/lib/core/dates";
import { SCALES } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import type { PlannedSessionDto } from "@/lib/plans/responses";
import { planInput, planUpdate } from "@/lib/plans/schemas";

const RPE_OPTIONS: Option[] = Array.from({ length: SCALES.rpe.max - SCALES.rpe.min + 1 }, (_, i) => {
  const rpe = SCALES.rpe.min + i;
  return { value: String(rpe), label: `${rpe} · ${RPE_SCALE.words[rpe]}` };
});

type PlanKey = "date" | "type" | "duration_min" | "rpe" | "reps" | "notes";
type PlanForm = Pick<ReturnType<typeof useForm<PlanKey>>, "field" | "choice" | "values">;

/** A planned session's values as the form holds them: text, empty for what the plan leaves open. */
function planValues(plan: Pick<PlannedSessionDto, PlanKey>): Record<PlanKey, string> {
  return {
    date: plan.date,
    type: plan.type,
    duration_min: plan.duration_min === null ? "" : String(plan.duration_min),
    rpe: plan.rpe === null ? "" : String(plan.rpe),
    reps: plan.reps ?? "",
    notes: plan.notes ?? "",
  };
}

/** The body both forms send: empty optional values are null, so an edit can clear them. */
function planBody(values: Record<PlanKey, string>) {
  return {
    date: values.date,
    type: values.type,
    duration_min: optionalNumber(values.duration_min),
    rpe: optionalNumber(values.rpe),
    reps: optionalText(values.reps),
    notes: optionalText(values.notes),
  };
}

/** The fields of a planned session, the same when planning one and when changing one. */
function PlanFields({ form, dateHint }: { form: PlanForm; dateHint?: string }) {
  const { field, choice } = form;
  return (
    <>
      <div className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2">
        <Field label="Date" type="date" hint={dateHint} {...field("date")} />
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
    </>
  );
}

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
  const form = useForm({
    athlete_id: athleteId ?? targets?.[0]?.value ?? "",
    date: defaultDate,
    type: "acceleration",
    duration_min: "",
    rpe: "",
    reps: "",
    notes: "",
  });
  const { fields, formError, pending, send, values, choice, reset } = form;
  const [added, setAdded] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const body = { athlete_id: values.athlete_id, ...planBody(values) };
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
      <PlanFields form={form} />
      <SubmitRow label="Plan session" pendingLabel="Planning…" pending={pending} status={added} />
    </form>
  );
}

/**
 * Changing one planned session (`PATCH /api/v1/plans/items/{id}`): the same fields, filled in with the plan. Moving
 * it to another day is a change of its date. `onDone` runs after a save (with the saved plan) or on Cancel.
 */
export function EditPlanForm({
  plan,
  onDone,
}: {
  plan: PlannedSessionDto;
  onDone: (saved: PlannedSessionDto | null) => void;
}) {
  const form = useForm(planValues(plan));
  const { fields, formError, pending, send, values } = form;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const sent = await send(planUpdate, planBody(values), (input) =>
      apiFetch<{ planned_session: PlannedSessionDto }>(`/api/v1/plans/items/${encodeURIComponent(plan.id)}`, {
        method: "PATCH",
        json: input,
      }),
    );
    if (sent) onDone(sent.value.planned_session);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Edit planned session" className="space-y-4">
      <FormMessage>{formError ?? sentence(fields.body)}</FormMessage>
      <PlanFields
        form={form}
        dateHint={
          plan.session_id === null
            ? undefined
            : "Done already: on another day, the session logged for it no longer counts for this plan."
        }
      />
      <SubmitRow
        label="Save changes"
        pendingLabel="Saving…"
        pending={pending}
        status={null}
        instead={
          <Button variant="ghost" className="w-full sm:w-auto" onClick={() => onDone(null)} disabled={pending}>
            Cancel
          </Button>
        }
      />
    </form>
  );
}
