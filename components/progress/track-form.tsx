"use client";

import { type FormEvent, useState } from "react";
import { RadioFieldset, type RadioLook } from "@/components/ui/choice-field";
import { DecimalField, Field, type Option, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { numberOrMissing, optionalNumber, optionalText } from "@/components/ui/form-values";
import { SubmitRow } from "@/components/ui/submit-row";
import { useForm } from "@/components/ui/use-form";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import type { MetricDto } from "@/lib/progress/analytics";
import { metricLabel, metricUnit } from "@/lib/progress/metrics";
import { isRaceMetric, METRIC_UNITS, type MetricUnit, trackMetricInput } from "@/lib/progress/schemas";
import { markLabel, windLabel } from "./controls";
import { chosenMetric, MetricPicker } from "./metric-options";

const UNIT_WORDS: Record<MetricUnit, string> = { s: "seconds", m: "metres", cm: "centimetres", kg: "kilograms" };
const UNITS = METRIC_UNITS.map((value) => ({ value, label: `${UNIT_WORDS[value]} (${value})` }));
/** What the value box is called for a listed metric's or a race's mark, by its unit. */
const VALUE_LABEL: Record<MetricUnit, string> = {
  s: "Time (s)",
  m: "Distance (m)",
  cm: "Height (cm)",
  kg: "Load (kg)",
};
const TIMINGS: Option<"fat" | "hand">[] = [
  { value: "fat", label: "FAT" },
  { value: "hand", label: "Hand" },
];
const TIMING_LOOK: RadioLook = {
  list: "mt-1 grid grid-cols-2 gap-2",
  option:
    "flex cursor-pointer items-center justify-center gap-2 rounded-xl border border-zinc-300 px-3 py-2.5 text-sm has-[:checked]:border-track-500 has-[:checked]:bg-track-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-track-500/40 dark:border-zinc-700 dark:has-[:checked]:bg-track-900/20",
  input: "size-4 accent-track-500",
};

/** Logs a time trial or any other mark (POST /api/v1/progress/track) and says whether it is a new PB. */
export function TrackForm({ today }: { today: string }) {
  const { fields, formError, pending, send, values, field, choice, reset } = useForm({
    metric: "100m",
    custom: "",
    value: "",
    unit: "",
    timing: "fat",
    wind_mps: "",
    date: today,
    notes: "",
  });
  const [status, setStatus] = useState<string | null>(null);

  const metric = chosenMetric(values.metric, values.custom);
  const race = metric === "" || isRaceMetric(metric);
  // A listed metric brings its unit; only a metric typed under "Other…" asks for one.
  const knownUnit = metric === "" ? "s" : metricUnit(metric);
  const unit = knownUnit ?? (values.unit as MetricUnit | "");

  function payload() {
    return {
      metric,
      value: numberOrMissing(values.value),
      ...(race ? { timing: values.timing } : unit ? { unit } : {}),
      wind_mps: race ? optionalNumber(values.wind_mps) : null,
      date: values.date,
      notes: optionalText(values.notes),
    };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    const body = payload();
    const sent = await send(trackMetricInput, body, () =>
      apiFetch<{ metric: MetricDto }>("/api/v1/progress/track", { method: "POST", json: body }),
    );
    if (!sent) return;
    const saved = sent.value.metric;
    const label = `${metricLabel(saved.metric)} ${saved.unit === "s" ? "in" : "of"} ${markLabel(saved.value, saved.unit)}`;
    setStatus(
      saved.is_pb
        ? `New personal best: ${label}!`
        : saved.wind_aided
          ? `Saved ${label}: wind-aided ${windLabel(saved.wind_mps)}, so not a PB.`
          : `Saved ${label}.`,
    );
    reset("value", "wind_mps", "notes");
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-label="Add a time trial">
      <FormMessage>{formError ?? sentence(fields.body)}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <MetricPicker label="Event or metric" select={choice("metric")} custom={field("custom")} />
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <DecimalField
          label={knownUnit ? VALUE_LABEL[knownUnit] : unit ? `Value (${unit})` : "Value"}
          min={0}
          {...field("value")}
          // With no unit box on screen, a unit the API refuses is said under the value.
          error={fields.value ?? (race || knownUnit ? fields.unit : undefined)}
        />
        {race ? (
          <RadioFieldset legend="Timing" options={TIMINGS} look={TIMING_LOOK} {...choice("timing")} />
        ) : knownUnit ? null : (
          <SelectField label="Unit" placeholder="Choose…" options={UNITS} {...choice("unit")} />
        )}
        {race ? (
          <DecimalField
            label="Wind (m/s)"
            step="0.1"
            hint="Tailwind +, headwind −; blank if unknown"
            {...field("wind_mps")}
          />
        ) : null}
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Date" type="date" max={today} {...field("date")} />
        <Field
          label="Notes"
          className="sm:col-span-2"
          placeholder="Optional: meet, conditions, how it felt"
          {...field("notes")}
        />
      </div>

      <SubmitRow label="Add time trial" pendingLabel="Saving…" pending={pending} status={status} />
    </form>
  );
}
