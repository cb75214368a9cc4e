import { isRaceMetric, type MetricUnit } from "@/lib/progress/schemas";

/**
 * The metrics an athlete picks from, in words. The API takes any metric slug (`metricSlugField`), so these are the
 * common ones offered first, each with the unit its marks are kept in; anything else is typed under "Other…".
 */

export interface MetricChoice {
  value: string;
  /** As read mid-sentence: "100 m", "back squat". */
  label: string;
  unit: MetricUnit;
}

export interface MetricGroup {
  label: string;
  metrics: readonly MetricChoice[];
}

const event = (value: string): MetricChoice => ({ value, label: raceLabel(value) ?? value, unit: "s" });

export const METRIC_GROUPS: readonly MetricGroup[] = [
  {
    label: "Events",
    metrics: ["60m", "100m", "200m", "300m", "400m", "60mh", "100mh", "110mh", "400mh"].map(event),
  },
  {
    label: "Lifts, jumps and tests",
    metrics: [
      { value: "30m_fly", label: "30 m fly", unit: "s" },
      { value: "squat_1rm", label: "back squat", unit: "kg" },
      { value: "front_squat_1rm", label: "front squat", unit: "kg" },
      { value: "power_clean_1rm", label: "power clean", unit: "kg" },
      { value: "deadlift_1rm", label: "deadlift", unit: "kg" },
      { value: "standing_long_jump", label: "standing long jump", unit: "m" },
      { value: "standing_triple_jump", label: "standing triple jump", unit: "m" },
      { value: "countermovement_jump", label: "countermovement jump", unit: "cm" },
    ],
  },
];

const KNOWN = new Map(METRIC_GROUPS.flatMap((group) => group.metrics.map((m) => [m.value, m] as const)));

/** The listed metric with this slug, if it is one. */
export function knownMetric(metric: string): MetricChoice | undefined {
  return KNOWN.get(metric);
}

/** "100m" → "100 m", "110mh" → "110 m hurdles", "4x100m" → "4 × 100 m relay", "30m_fly" → "30 m fly". */
function raceLabel(metric: string): string | null {
  const relay = /^(\d+)x(\d+)m$/.exec(metric);
  if (relay) return `${relay[1]} × ${relay[2]} m relay`;
  const race = /^(\d+(?:\.\d+)?)m(h?)(?:_(.*))?$/.exec(metric);
  if (!race) return null;
  return `${race[1]} m${race[2] ? " hurdles" : ""}${race[3] ? ` ${race[3].replaceAll("_", " ")}` : ""}`;
}

/**
 * A metric in words, as read mid-sentence: "100 m", "60 m hurdles" (from "60mH" too), "back squat"; a metric not
 * listed reads as its slug with spaces ("squat_5rm" → "squat 5rm").
 */
export function metricLabel(metric: string): string {
  const slug = metric.trim().toLowerCase();
  return KNOWN.get(slug)?.label ?? raceLabel(slug) ?? slug.replaceAll("_", " ");
}

/** The unit a metric's marks are kept in: seconds for a race distance, the listed unit, else not known. */
export function metricUnit(metric: string): MetricUnit | undefined {
  return KNOWN.get(metric)?.unit ?? (isRaceMetric(metric) ? "s" : undefined);
}
