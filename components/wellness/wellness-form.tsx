"use client";

import { type FormEvent, useState } from "react";
import { ScaleField } from "@/components/ui/choice-field";
import { Field, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitRow } from "@/components/ui/submit-row";
import { useForm } from "@/components/ui/use-form";
import { HOOPER_HIGH } from "@/lib/analysis/thresholds";
import { SCALES } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import { wellnessInput } from "@/lib/wellness/schemas";

interface WellnessValues {
  date: string;
  sleep: number;
  stress: number;
  fatigue: number;
  soreness: number;
  notes: string | null;
}

type Scale = "sleep" | "stress" | "fatigue" | "soreness";

const HOOPER_ITEMS: { key: Scale; label: string; hint: string }[] = [
  { key: "sleep", label: "Sleep", hint: "1 slept very well · 7 very poorly" },
  { key: "stress", label: "Stress", hint: "1 very relaxed · 7 very stressed" },
  { key: "fatigue", label: "Fatigue", hint: "1 fresh · 7 exhausted" },
  { key: "soreness", label: "Soreness", hint: "1 no soreness · 7 very sore" },
];

/** Today's four Hooper scales (1 best, 7 worst), with the index added up as they are chosen. */
export function WellnessForm({ today, initial }: { today: string; initial: WellnessValues | null }) {
  const [saved, setSaved] = useState(false);
  const { fields, formError, pending, send, values, field, id } = useForm(
    { date: initial?.date ?? today, notes: initial?.notes ?? "" },
    () => setSaved(false),
  );
  const [scores, setScores] = useState<Record<Scale, number | null>>({
    sleep: initial?.sleep ?? null,
    stress: initial?.stress ?? null,
    fatigue: initial?.fatigue ?? null,
    soreness: initial?.soreness ?? null,
  });

  const chosen = HOOPER_ITEMS.map(({ key }) => scores[key]);
  const complete = chosen.every((v) => v !== null);
  const index = chosen.reduce<number>((sum, v) => sum + (v ?? 0), 0);
  const high = complete && index > HOOPER_HIGH;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const body = {
      ...values,
      sleep: scores.sleep ?? undefined,
      stress: scores.stress ?? undefined,
      fatigue: scores.fatigue ?? undefined,
      soreness: scores.soreness ?? undefined,
    };
    const sent = await send(wellnessInput, body, () => apiFetch("/api/v1/wellness", { method: "POST", json: body }));
    if (sent) setSaved(true);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Wellness" className="space-y-4">
      <FormMessage>{formError ?? sentence(fields.body)}</FormMessage>
      {HOOPER_ITEMS.map(({ key, label, hint }) => (
        <ScaleField
          key={key}
          name={id(key)}
          label={label}
          min={SCALES.hooperItem.min}
          max={SCALES.hooperItem.max}
          value={scores[key]}
          onChange={(value) => {
            setScores((current) => ({ ...current, [key]: value }));
            setSaved(false);
          }}
          hint={hint}
          error={fields[key]}
        />
      ))}

      <div
        className={`rounded-xl border p-3 ${
          high
            ? "border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40"
            : "border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-950/40"
        }`}
      >
        <p className="flex items-baseline justify-between gap-3">
          <span className="text-sm font-medium">Hooper index</span>
          <output
            aria-label="Hooper index"
            aria-live="polite"
            className={`text-2xl font-bold tabular-nums ${high ? "text-amber-700 dark:text-amber-300" : ""}`}
          >
            {complete ? index : "—"}
          </output>
        </p>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          {!complete
            ? "The four scores added up: 4 is as good as it gets, 28 the worst. Pick all four to see it."
            : high
              ? "Above 12: your body is carrying a lot today. That is useful to know, not a failure. Consider an easier session, an early night and good food, and tell your coach if it stays high for a few days."
              : "12 or below: you look ready to train as planned."}
        </p>
      </div>

      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <Field label="Date" type="date" max={today} {...field("date")} />
        <TextAreaField label="Notes" placeholder="Anything behind today’s numbers" {...field("notes")} />
      </div>

      <SubmitRow label="Save wellness" pendingLabel="Saving…" pending={pending} status={saved ? "Saved" : null} />
    </form>
  );
}
