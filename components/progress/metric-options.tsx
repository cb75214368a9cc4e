import { Options } from "@/components/ui/field";
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
