import { z } from "zod";
import { ACUTE_WINDOW_DAYS } from "@/lib/analysis/thresholds";
import { weekdayOf } from "@/lib/core/dates";
import { SCALES, SESSION_TYPES } from "@/lib/core/domain";
import {
  enumField,
  expecting,
  integerField,
  isCalendarDate,
  isoDateField,
  lineField,
  listQuery,
  requireSomeField,
  textField,
  uuidField,
} from "@/lib/core/validation";

/** Plans (PRODUCT 4.10): the API's request bodies and queries, for a coach's plan and an athlete's own. */

export const SQUAD = "squad";
const ATHLETE_MESSAGE = "must be 'me', 'squad' or the id of an athlete";

/** Whom a plan is for: `me` (an athlete), one athlete's id, or `squad`: every athlete linked to the calling coach. */
const planTargetField = z
  .string(expecting(ATHLETE_MESSAGE))
  .trim()
  .refine((value) => value === "me" || value === SQUAD || uuidField.safeParse(value).success, ATHLETE_MESSAGE);
export type PlanTarget = z.infer<typeof planTargetField>;

const planFields = z.object({
  date: isoDateField,
  type: enumField(SESSION_TYPES),
  duration_min: integerField(SCALES.sessionMinutes.min, SCALES.sessionMinutes.max).nullable().optional(),
  rpe: integerField(SCALES.rpe.min, SCALES.rpe.max).nullable().optional(),
  /** The main set, as a coach writes it: "6×30 m from blocks, 3 min rest". */
  reps: lineField(200).nullable().optional(),
  notes: textField(2_000).nullable().optional(),
});

/** `POST /api/v1/plans`. */
export const planInput = planFields.extend({ athlete_id: planTargetField });
export type PlanInput = z.infer<typeof planInput>;
export type PlanFields = z.infer<typeof planFields>;

/** `PATCH /api/v1/plans/items/{id}`: any subset of the fields; `null` clears minutes, RPE, reps or notes. */
export const planUpdate = requireSomeField(planFields.partial());
export type PlanUpdate = z.infer<typeof planUpdate>;

const MONDAY = 1;

/** `POST /api/v1/plans/copy-week`: the Monday of the week whose plans are copied to the week after. */
export const copyWeekInput = z.object({
  athlete_id: planTargetField,
  week_start: isoDateField.refine(
    (value) => !isCalendarDate(value) || weekdayOf(value) === MONDAY,
    "must be a Monday (YYYY-MM-DD): weeks run Monday to Sunday",
  ),
});
export type CopyWeekInput = z.infer<typeof copyWeekInput>;

/** `GET /api/v1/plans/{user_id}?from=&to=&limit=`: the dates, both inclusive, oldest first. */
export const planListQuery = listQuery;

export const COMPLIANCE_MIN_DAYS = ACUTE_WINDOW_DAYS;
export const COMPLIANCE_MAX_DAYS = 90;
const DAYS_MESSAGE = `must be a whole number of days from ${COMPLIANCE_MIN_DAYS} to ${COMPLIANCE_MAX_DAYS}`;

/** `GET /api/v1/plans/{user_id}/compliance?days=`: the last N days ending today in the athlete's zone. */
export const complianceQuery = z.object({
  days: z.coerce
    .number({ error: DAYS_MESSAGE })
    .int(DAYS_MESSAGE)
    .min(COMPLIANCE_MIN_DAYS, DAYS_MESSAGE)
    .max(COMPLIANCE_MAX_DAYS, DAYS_MESSAGE)
    .default(ACUTE_WINDOW_DAYS),
});
