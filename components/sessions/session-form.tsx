"use client";

import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { ChipField, ScaleField } from "@/components/ui/choice-field";
import { Field, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { numberOrMissing } from "@/components/ui/form-values";
import { SubmitRow } from "@/components/ui/submit-row";
import { useForm } from "@/components/ui/use-form";
import { SCALES, SESSION_TYPES, type SessionType } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import { sessionInput, sessionUpdate } from "@/lib/training/schemas";

export interface SessionValues {
  id: string;
  date: string;
  type: SessionType;
  duration_min: number;
  rpe: number;
  mood: number | null;
  notes: string | null;
}

/** Borg CR-10 wording for session RPE (Foster 2001). */
const RPE_WORDS: Record<number, string> = {
  1: "very easy",
  2: "easy",
  3: "moderate",
  4: "somewhat hard",
  5: "hard",
  6: "hard",
  7: "very hard",
  8: "very hard",
  9: "very, very hard",
  10: "maximal",
};

export const MOOD_WORDS: Record<number, string> = { 1: "awful", 2: "bad", 3: "okay", 4: "good", 5: "great" };

export function sessionTypeLabel(type: SessionType): string {
  const words = type.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const TYPE_OPTIONS = SESSION_TYPES.map((value) => ({ value, label: sessionTypeLabel(value) }));
const RPE_SCALE = {
  label: "RPE",
  ...SCALES.rpe,
  words: RPE_WORDS,
  hint: "How hard the whole session felt: 1 very easy, 10 maximal.",
};
const MOOD_SCALE = { label: "Mood", ...SCALES.mood, words: MOOD_WORDS, showWords: true };

/** Logs a new session, or edits one in place when `initial` is given. */
export function SessionForm({
  today,
  initial,
  onDone,
}: {
  today: string;
  initial?: SessionValues;
  onDone?: () => void;
}) {
  const editing = initial !== undefined;
  const [logged, setLogged] = useState(false);
  const { fields, formError, pending, send, values, field, choice, reset, id } = useForm(
    {
      type: initial?.type ?? "",
      date: initial?.date ?? today,
      duration_min: initial ? String(initial.duration_min) : "",
      notes: initial?.notes ?? "",
    },
    () => setLogged(false),
  );
  const [rpe, setRpe] = useState<number | null>(initial?.rpe ?? null);
  const [mood, setMood] = useState<number | null>(initial?.mood ?? null);

  function touched<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      setLogged(false);
    };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setLogged(false);
    const body = {
      ...values,
      type: values.type || undefined,
      duration_min: numberOrMissing(values.duration_min),
      rpe: rpe ?? undefined,
      mood,
    };
    const sent = await send(editing ? sessionUpdate : sessionInput, body, () =>
      editing
        ? apiFetch(`/api/v1/sessions/${encodeURIComponent(initial.id)}`, { method: "PATCH", json: body })
        : apiFetch("/api/v1/sessions", { method: "POST", json: body }),
    );
    if (!sent) return;
    if (!editing) {
      reset("notes");
      setLogged(true);
    }
    onDone?.();
  }

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? "Edit session" : "Log a session"} className="space-y-4">
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
      <ScaleField name={id("rpe")} {...RPE_SCALE} value={rpe} onChange={touched(setRpe)} error={fields.rpe} />
      <ScaleField name={id("mood")} {...MOOD_SCALE} value={mood} onChange={touched(setMood)} error={fields.mood} />
      <TextAreaField label="Notes" placeholder="e.g. 6 × 30 m from blocks, felt sharp" {...field("notes")} />
      <SubmitRow
        label={editing ? "Save changes" : "Log session"}
        pendingLabel={editing ? "Saving…" : "Logging…"}
        pending={pending}
        status={logged ? "Logged" : null}
        instead={
          editing ? (
            <Button variant="ghost" onClick={onDone} disabled={pending} className="w-full sm:w-auto">
              Cancel
            </Button>
          ) : undefined
        }
      />
    </form>
  );
}
