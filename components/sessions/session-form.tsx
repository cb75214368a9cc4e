"use client";

import { type FormEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { SESSION_TYPES, type SessionType } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import { sessionInput, sessionUpdate } from "@/lib/training/schemas";
import { ChipField, ScaleField, TextAreaField } from "./controls";

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
  const { fields, formError, pending, send } = useFormSubmit();
  const ids = useId();
  const editing = initial !== undefined;
  const [type, setType] = useState<SessionType | null>(initial?.type ?? null);
  const [date, setDate] = useState(initial?.date ?? today);
  const [duration, setDuration] = useState(initial ? String(initial.duration_min) : "");
  const [rpe, setRpe] = useState<number | null>(initial?.rpe ?? null);
  const [mood, setMood] = useState<number | null>(initial?.mood ?? null);
  const [notes, setNotes] = useState(initial?.notes ?? "");
  const [logged, setLogged] = useState(false);

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
      date,
      type: type ?? undefined,
      duration_min: duration.trim() === "" ? undefined : Number(duration),
      rpe: rpe ?? undefined,
      mood,
      notes,
    };
    const sent = await send(editing ? sessionUpdate : sessionInput, body, () =>
      editing
        ? apiFetch(`/api/v1/sessions/${encodeURIComponent(initial.id)}`, { method: "PATCH", json: body })
        : apiFetch("/api/v1/sessions", { method: "POST", json: body }),
    );
    if (!sent) return;
    if (!editing) {
      setNotes("");
      setLogged(true);
    }
    onDone?.();
  }

  return (
    <form onSubmit={submit} noValidate aria-label={editing ? "Edit session" : "Log a session"} className="space-y-4">
      <FormMessage>{formError ?? (fields.body ? sentence(fields.body) : null)}</FormMessage>
      <ChipField
        id={`${ids}-type`}
        name={`${ids}-type`}
        label="Type"
        options={TYPE_OPTIONS}
        value={type}
        onChange={touched(setType)}
        error={fields.type}
      />
      <div className="grid grid-cols-2 gap-3">
        <Field
          label="Date"
          name={`${ids}-date`}
          type="date"
          max={today}
          value={date}
          onChange={(e) => touched(setDate)(e.target.value)}
          error={sentence(fields.date)}
        />
        <Field
          label="Duration (min)"
          name={`${ids}-duration`}
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          step={1}
          placeholder="60"
          value={duration}
          onChange={(e) => touched(setDuration)(e.target.value)}
          error={sentence(fields.duration_min)}
        />
      </div>
      <ScaleField
        id={`${ids}-rpe`}
        name={`${ids}-rpe`}
        label="RPE"
        min={1}
        max={10}
        value={rpe}
        onChange={touched(setRpe)}
        words={RPE_WORDS}
        hint="How hard the whole session felt: 1 very easy, 10 maximal."
        error={fields.rpe}
      />
      <ScaleField
        id={`${ids}-mood`}
        name={`${ids}-mood`}
        label="Mood"
        min={1}
        max={5}
        value={mood}
        onChange={touched(setMood)}
        words={MOOD_WORDS}
        showWords
        error={fields.mood}
      />
      <TextAreaField
        id={`${ids}-notes`}
        label="Notes"
        value={notes}
        onChange={touched(setNotes)}
        placeholder="e.g. 6 × 30 m from blocks, felt sharp"
        error={fields.notes}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {editing ? (pending ? "Saving…" : "Save changes") : pending ? "Logging…" : "Log session"}
        </Button>
        {editing ? (
          <Button variant="ghost" onClick={onDone} disabled={pending} className="w-full sm:w-auto">
            Cancel
          </Button>
        ) : (
          <p role="status" className="text-sm font-medium text-emerald-700 dark:text-emerald-400">
            {logged ? "Logged" : ""}
          </p>
        )}
      </div>
    </form>
  );
}
