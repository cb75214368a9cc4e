"use client";

import { type FormEvent, useState } from "react";
import { ChipField } from "@/components/ui/choice-field";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { optionalNumber } from "@/components/ui/form-values";
import { SubmitRow } from "@/components/ui/submit-row";
import { useForm } from "@/components/ui/use-form";
import { MEALS } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import { nutritionInput } from "@/lib/nutrition/schemas";
import { MEAL_LABELS } from "./labels";

const MEAL_OPTIONS = MEALS.map((value) => ({ value, label: MEAL_LABELS[value] }));

const AMOUNTS = [
  { key: "kcal", label: "kcal", step: 1, inputMode: "numeric" },
  { key: "protein_g", label: "Protein (g)", step: 0.1, inputMode: "decimal" },
  { key: "carbs_g", label: "Carbs (g)", step: 0.1, inputMode: "decimal" },
  { key: "fat_g", label: "Fat (g)", step: 0.1, inputMode: "decimal" },
  { key: "hydration_ml", label: "Water (ml)", step: 50, inputMode: "numeric" },
] as const;

/** Adds a meal or drink to the day shown. Every amount is optional; a description or one amount is enough. */
export function MealForm({ date }: { date: string }) {
  const [added, setAdded] = useState(false);
  const { fields, formError, pending, send, values, field, choice, reset } = useForm(
    { meal: "", description: "", kcal: "", protein_g: "", carbs_g: "", fat_g: "", hydration_ml: "" },
    () => setAdded(false),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(false);
    const amounts = AMOUNTS.map(({ key }) => [key, optionalNumber(values[key])]);
    const body = {
      date,
      meal: values.meal || undefined,
      description: values.description,
      ...Object.fromEntries(amounts),
    };
    const sent = await send(nutritionInput, body, () => apiFetch("/api/v1/nutrition", { method: "POST", json: body }));
    if (!sent) return;
    setAdded(true);
    reset("description", ...AMOUNTS.map(({ key }) => key));
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add a meal" className="space-y-4">
      <FormMessage>
        {formError ?? (fields.body || fields.date ? sentence(fields.body ?? `Date ${fields.date}`) : null)}
      </FormMessage>
      <ChipField label="Meal" options={MEAL_OPTIONS} {...choice("meal")} />
      <Field
        label="Description"
        maxLength={500}
        placeholder="e.g. Porridge, banana, two eggs"
        {...field("description")}
      />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {AMOUNTS.map(({ key, label, step, inputMode }) => (
          <Field key={key} label={label} type="number" inputMode={inputMode} min={0} step={step} {...field(key)} />
        ))}
      </div>
      <SubmitRow label="Add meal" pendingLabel="Adding…" pending={pending} status={added ? "Added" : null} />
    </form>
  );
}
