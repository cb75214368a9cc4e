"use client";

import { type FormEvent, useId, useState } from "react";
import { ChipField, optionalNumber } from "@/components/sessions/controls";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitRow } from "@/components/ui/submit-row";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { MEALS, type Meal } from "@/lib/core/domain";
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
type Amount = (typeof AMOUNTS)[number]["key"];

const EMPTY: Record<Amount, string> = { kcal: "", protein_g: "", carbs_g: "", fat_g: "", hydration_ml: "" };

/** Adds a meal or drink to the day shown. Every amount is optional; a description or one amount is enough. */
export function MealForm({ date }: { date: string }) {
  const { fields, formError, pending, send } = useFormSubmit();
  const ids = useId();
  const [meal, setMeal] = useState<Meal | null>(null);
  const [description, setDescription] = useState("");
  const [amounts, setAmounts] = useState(EMPTY);
  const [added, setAdded] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(false);
    const body = {
      date,
      meal: meal ?? undefined,
      description,
      kcal: optionalNumber(amounts.kcal),
      protein_g: optionalNumber(amounts.protein_g),
      carbs_g: optionalNumber(amounts.carbs_g),
      fat_g: optionalNumber(amounts.fat_g),
      hydration_ml: optionalNumber(amounts.hydration_ml),
    };
    const sent = await send(nutritionInput, body, () => apiFetch("/api/v1/nutrition", { method: "POST", json: body }));
    if (!sent) return;
    setAdded(true);
    setDescription("");
    setAmounts(EMPTY);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Add a meal" className="space-y-4">
      <FormMessage>
        {formError ?? (fields.body || fields.date ? sentence(fields.body ?? `Date ${fields.date}`) : null)}
      </FormMessage>
      <ChipField
        id={`${ids}-meal`}
        name={`${ids}-meal`}
        label="Meal"
        options={MEAL_OPTIONS}
        value={meal}
        onChange={(value) => {
          setMeal(value);
          setAdded(false);
        }}
        error={fields.meal}
      />
      <Field
        label="Description"
        name={`${ids}-description`}
        value={description}
        maxLength={500}
        placeholder="e.g. Porridge, banana, two eggs"
        onChange={(e) => {
          setDescription(e.target.value);
          setAdded(false);
        }}
        error={sentence(fields.description)}
      />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {AMOUNTS.map(({ key, label, step, inputMode }) => (
          <Field
            key={key}
            label={label}
            name={`${ids}-${key}`}
            type="number"
            inputMode={inputMode}
            min={0}
            step={step}
            value={amounts[key]}
            onChange={(e) => {
              const value = e.target.value;
              setAmounts((current) => ({ ...current, [key]: value }));
              setAdded(false);
            }}
            error={sentence(fields[key])}
          />
        ))}
      </div>
      <SubmitRow label="Add meal" pendingLabel="Adding…" pending={pending} status={added ? "Added" : null} />
    </form>
  );
}
