import type { ChangeEvent } from "react";
import { Field, Options, SelectField } from "@/components/ui/field";
import { capitalized } from "@/lib/core/words";
import { METRIC_GROUPS } from "@/lib/progress/metrics";

/** The select's value for "Other…": never a metric slug, which starts with a letter or a digit. */
export const OTHER_METRIC = "_other";

const GROUPS = METRIC_GROUPS.map((group) => ({
  label: group.label,
  options: group.metrics.map((m) => ({ value: m.value, label: capitalized(m.label) })),
}));

/**
 * The options of a metric select: the listed metrics in their groups, then "Other…", which opens a box for any
 * metric the API takes.
 */
export function MetricOptions() {
  return (
    <>
      {GROUPS.map((group) => (
        <optgroup key={group.label} label={group.label}>
          <Options options={group.options} />
        </optgroup>
      ))}
      <option value={OTHER_METRIC}>Other…</option>
    </>
  );
}

/** The metric a form sends: the one picked, or the one typed under "Other…" as the API reads it. */
export function chosenMetric(picked: string, typed: string): string {
  return picked === OTHER_METRIC ? typed.trim().toLowerCase() : picked;
}

/**
 * A metric picked from the list, with the box for any other metric under "Other…": the goal form and the time-trial
 * form ask for a metric the same way. `select` and `custom` are the form's props for the two fields (useForm's
 * `choice("metric")` and `field("custom")`); the metric's error shows on whichever of the two is in use.
 */
export function MetricPicker({
  label,
  placeholder,
  select,
  custom,
}: {
  label: string;
  placeholder?: string;
  select: { name: string; value: string; onChange: (value: string) => void; error?: string };
  custom: {
    name: string;
    value: string;
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
    error?: string;
  };
}) {
  const other = select.value === OTHER_METRIC;
  return (
    <>
      <SelectField label={label} placeholder={placeholder} {...select} error={other ? undefined : select.error}>
        <MetricOptions />
      </SelectField>
      {other ? (
        <Field
          label="Metric name"
          placeholder="e.g. 150m or bench_press_3rm"
          hint="Start with the distance for a race, e.g. 150m"
          {...custom}
          error={select.error}
        />
      ) : null}
    </>
  );
}
