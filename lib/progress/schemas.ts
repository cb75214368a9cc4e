import { z } from "zod";
import { impossibleTime } from "@/lib/analysis/plausibility";
import { raceDistanceM } from "@/lib/analysis/sprint";
import { TIMINGS } from "@/lib/core/domain";
import { enumField, expecting, isoDateField, plainText } from "@/lib/core/validation";

/**
 * Progress metric inputs, shared by the API, the progress form and the chat tools. The field helpers at the top
 * (metric slugs, notes, `days`, blank query values) are also used by goals, achievements and injuries.
 */

/** `?type=&days=`: a query parameter given empty is the same as one left out. */
export const blankAsMissing = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema);

export const METRIC_SLUG = /^[a-z0-9][a-z0-9_]{0,39}$/;
const SLUG_MESSAGE = "must be a lower-case name of letters, digits and _ (at most 40), e.g. 100m or squat_1rm";

/** "100m", "110mh", "30m_fly", "standing_long_jump", "squat_1rm". Typed "100mH" or " 100M " is the same metric. */
export const metricSlugField = z.string(expecting(SLUG_MESSAGE)).trim().toLowerCase().regex(METRIC_SLUG, SLUG_MESSAGE);

/** `all` stands for every metric in `?type=`, so it cannot name one. */
export const ALL_METRICS = "all";

export const notesField = plainText("multi-line").max(1000, "must be at most 1000 characters");

/**
 * The day a mark, an injury or a pain log happened: a real date from 1900 to 2100. Whether it is after today depends
 * on the athlete's zone, so the services check that.
 */
export const pastDateField = isoDateField;

/** `?days=`: the last N days, 1 to 3650 (ten years), 365 when left out. */
export const daysQueryField = blankAsMissing(
  z.coerce
    .number({ error: "must be a whole number of days from 1 to 3650" })
    .int("must be a whole number of days from 1 to 3650")
    .min(1, "must be a whole number of days from 1 to 3650")
    .max(3650, "must be a whole number of days from 1 to 3650")
    .default(365),
);

// ---------------------------------------------------------------- metrics

export const METRIC_UNITS = ["s", "m", "cm", "kg"] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];

/** Sensible ranges per unit, so a typo (106.8 for 10.68) is caught at the door. Bounds are inclusive. */
export const VALUE_RANGES: Readonly<Record<MetricUnit, { min: number; max: number; message: string }>> = {
  // 1 s covers a 10 m split; 600 s covers a 2 km tempo run.
  s: { min: 1, max: 600, message: "must be a time from 1 to 600 seconds" },
  // Jumps and throws in metres: a javelin world record is under 105 m.
  m: { min: 0.01, max: 120, message: "must be a distance from 0.01 to 120 m" },
  cm: { min: 1, max: 1500, message: "must be a distance from 1 to 1500 cm" },
  // The heaviest raw squats ever lifted are under 500 kg.
  kg: { min: 0.5, max: 500, message: "must be a load from 0.5 to 500 kg" },
};

export const WIND_LIMIT_MPS = 20;
const WIND_MESSAGE = `must be a wind reading from -${WIND_LIMIT_MPS} to ${WIND_LIMIT_MPS} m/s`;

/** A metric is a race time when its name starts with a distance ("100m", "110mh", "30m_fly"). */
export function isRaceMetric(metric: string): boolean {
  return raceDistanceM(metric) !== null;
}

/** The unit a mark is stored in: seconds for a race metric when none is given; otherwise the one given. */
export function resolveUnit(metric: string, unit: MetricUnit | null | undefined): MetricUnit | undefined {
  return unit ?? (isRaceMetric(metric) ? "s" : undefined);
}

export interface MetricFields {
  metric: string;
  value: number;
  unit?: MetricUnit | null;
  timing?: "fat" | "hand" | null;
  wind_mps?: number | null;
}

/**
 * The rules that tie a mark's fields together, as field → message. Used by the create schema and again on the
 * merged row when a mark is edited, so that an edit can never produce a mark a new entry could not.
 */
export function metricProblems(mark: MetricFields): Record<string, string> {
  const problems: Record<string, string> = {};
  if (mark.metric === ALL_METRICS) problems.metric = "is reserved for every metric; name the metric, e.g. 100m";
  const race = isRaceMetric(mark.metric);
  const unit = resolveUnit(mark.metric, mark.unit);
  if (!unit) {
    problems.unit = `is required when the metric is not a race distance: one of ${METRIC_UNITS.join(", ")}`;
  } else if (race && unit !== "s") {
    problems.unit = "must be s: a race distance is timed in seconds";
  }
  // Marks stored before these rules may carry another unit; their values are left as they are.
  const range = unit && Object.hasOwn(VALUE_RANGES, unit) ? VALUE_RANGES[unit] : undefined;
  if (range && (mark.value < range.min || mark.value > range.max)) problems.value = range.message;
  // A time no human can run (a 100 m in 3.2 s) would stand as a personal best for ever after.
  if (!problems.value && race && unit === "s") {
    const impossible = impossibleTime(mark.metric, mark.value);
    if (impossible) problems.value = impossible;
  }
  if (mark.timing != null && unit !== "s") problems.timing = "applies to times only (unit s)";
  return problems;
}

const metricShape = {
  metric: metricSlugField,
  value: z
    .number(expecting("must be a positive number"))
    .positive("must be a positive number")
    .max(100_000, "is too large"),
  unit: enumField(METRIC_UNITS).optional(),
  timing: enumField(TIMINGS).nullable().optional(),
  wind_mps: z.number(expecting(WIND_MESSAGE)).min(-WIND_LIMIT_MPS, WIND_MESSAGE).max(WIND_LIMIT_MPS, WIND_MESSAGE),
  date: pastDateField,
  notes: notesField,
};

const addProblems = (mark: MetricFields, ctx: z.RefinementCtx) => {
  for (const [field, message] of Object.entries(metricProblems(mark))) {
    ctx.addIssue({ code: "custom", path: [field], message });
  }
};

/** `POST /api/v1/progress/track`. The unit is filled in (s for a race distance) once the fields are valid. */
export const trackMetricInput = z
  .object({
    ...metricShape,
    wind_mps: metricShape.wind_mps.nullable().optional(),
    notes: metricShape.notes.nullable().optional(),
  })
  .superRefine(addProblems)
  .transform((mark) => ({ ...mark, unit: resolveUnit(mark.metric, mark.unit) as MetricUnit }));
export type TrackMetricInput = z.output<typeof trackMetricInput>;

/** `PATCH /api/v1/progress/metrics/{id}`: any of the fields; the merged mark is checked by `metricProblems`. */
export const updateMetricInput = z
  .object({
    metric: metricShape.metric.optional(),
    value: metricShape.value.optional(),
    unit: metricShape.unit,
    timing: metricShape.timing,
    wind_mps: metricShape.wind_mps.nullable().optional(),
    date: metricShape.date.optional(),
    notes: metricShape.notes.nullable().optional(),
  })
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), {
    message: "must contain at least one field to change",
    path: ["body"],
  });
export type UpdateMetricInput = z.output<typeof updateMetricInput>;

/** `GET /api/v1/progress/{user_id}?type=&days=`: `type` is a metric, or `all` (the default). */
export const progressQuery = z.object({
  type: blankAsMissing(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(METRIC_SLUG, `must be a metric such as 100m, or ${ALL_METRICS}`)
      .default(ALL_METRICS),
  ),
  days: daysQueryField,
});
export type ProgressQuery = z.output<typeof progressQuery>;
