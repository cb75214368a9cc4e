"use client";

import { type FormEvent, useState } from "react";
import { MOOD_SCALE, type RepSetView, RPE_SCALE, TYPE_OPTIONS } from "@/components/sessions/labels";
import { Button } from "@/components/ui/button";
import { ChipField, ScaleField } from "@/components/ui/choice-field";
import { Field, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { numberOrMissing } from "@/components/ui/form-values";
import { SubmitRow } from "@/components/ui/submit-row";
import { useForm } from "@/components/ui/use-form";
import { SCALES, type SessionType } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import { sessionUpdate } from "@/lib/training/schemas";

// The check-in form shares the mood words; new code imports them from ./labels.

export interface SessionValues {
  id: string;
  date: string;
  type: SessionType;
  duration_min: number;
  rpe: number;
  mood: number | null;
  notes: string | null;
  reps: RepSetView[] | null;
}

/**
 * Edits a logged session in place (new sessions are logged with the quick log, components/log). The sets of reps
 * are left as they were: a PATCH without `reps` keeps them.
 */
export function SessionForm({ today, initial, onDone }: { today: string; initial: SessionValues; onDone: () => void }) {
  const { fields, formError, pending, send, values, field, choice, id } = useForm({
    type: initial.type,
    date: initial.date,
    duration_min: String(initial.duration_min),
    notes: initial.notes ?? "",
  });
  const [rpe, setRpe] = useState<number | null>(initial.rpe);
  const [mood, setMood] = useState<number | null>(initial.mood);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      ...values,
      type: values.type || undefined,
      duration_min: numberOrMissing(values.duration_min),
      rpe: rpe ?? undefined,
      mood,
    };
    const sent = await send(sessionUpdate, body, () =>
      apiFetch(`/api/v1/sessions/${encodeURIComponent(initial.id)}`, { method: "PATCH", json: body }),
    );
    if (sent) onDone();
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Edit session" className="space-y-4">
      <FormMessage>{formError ?? sentence(fields.body)}</FormMessage>
      <ChipField label="Type" options={TYPE_OPTIONS} {...choice("type")} />
      <div className="grid grid-cols-2 gap-3">
        <Field label="Date" type="date" max={today} {...field("date")} />
        <Field
          label="Duration (min)"
          type="number"
          inputMode="numeric"
          {...SCALES.sessionMinutes}
          step={1}
          placeholder="60"
          {...field("duration_min")}
        />
      </div>
      <ScaleField name={id("rpe")} {...RPE_SCALE} value={rpe} onChange={setRpe} error={fields.rpe} />
      <ScaleField name={id("mood")} {...MOOD_SCALE} value={mood} onChange={setMood} error={fields.mood} />
      <TextAreaField label="Notes" placeholder="e.g. felt sharp, a tight left calf" {...field("notes")} />
      <SubmitRow
        label="Save changes"
        pendingLabel="Saving…"
        pending={pending}
        status={null}
        instead={
          <Button variant="ghost" onClick={onDone} disabled={pending} className="w-full sm:w-auto">
            Cancel
          </Button>
        }
      />
    </form>
  );
}
