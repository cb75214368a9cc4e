import type { ReactNode } from "react";
import { RadioFieldset, type RadioLook } from "@/components/ui/choice-field";
import { DecimalField, type Option } from "@/components/ui/field";
import { SPRINT_STARTS, type SprintStart } from "@/lib/core/domain";
import { START_WORDS } from "./words";

export const START_OPTIONS: Option<SprintStart>[] = SPRINT_STARTS.map((value) => ({
  value,
  label: START_WORDS[value].replace(" start", ""),
}));

export const CHIP_LOOK: RadioLook = {
  list: "mt-1 grid grid-cols-3 gap-2",
  option:
    "flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded-xl border border-zinc-300 px-3 py-2.5 text-sm has-[:checked]:border-track-500 has-[:checked]:bg-track-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-track-500/40 dark:border-zinc-700 dark:has-[:checked]:bg-track-900/20",
  input: "size-4 accent-track-500",
};

/** The fields of a sprint's conditions, as typed: the start, the time correction, body mass and height. */
export interface ConditionValues {
  start: SprintStart;
  time_correction_s: string;
  body_mass_kg: string;
  height_m: string;
}

/**
 * The conditions a profile is fitted under, the same in the hand form and the CSV import: the start, then a grid of
 * the date (each form words its own), the time correction, body mass and height, and any further fields.
 */
export function ConditionsFields({
  id,
  values,
  errors,
  set,
  date,
  children,
}: {
  id: (key: string) => string;
  values: ConditionValues;
  errors: Partial<Record<string, string>>;
  set: (key: keyof ConditionValues) => (value: string) => void;
  date: ReactNode;
  children?: ReactNode;
}) {
  return (
    <>
      <RadioFieldset
        legend="Start"
        name={id("start")}
        options={START_OPTIONS}
        value={values.start}
        onChange={(v) => set("start")(v)}
        look={CHIP_LOOK}
        error={errors.start}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {date}
        <DecimalField
          label="Time correction (s)"
          name={id("time_correction_s")}
          min={0}
          max={1}
          placeholder="0"
          hint="0.3 s if you start behind the first gate"
          value={values.time_correction_s}
          onChange={(e) => set("time_correction_s")(e.target.value)}
          error={errors.time_correction_s}
        />
        <DecimalField
          label="Body mass (kg, optional)"
          name={id("body_mass_kg")}
          step="0.1"
          hint="With height, adds the force–velocity profile"
          value={values.body_mass_kg}
          onChange={(e) => set("body_mass_kg")(e.target.value)}
          error={errors.body_mass_kg}
        />
        <DecimalField
          label="Height (m, optional)"
          name={id("height_m")}
          placeholder="1.80"
          value={values.height_m}
          onChange={(e) => set("height_m")(e.target.value)}
          error={errors.height_m}
        />
        {children}
      </div>
    </>
  );
}
