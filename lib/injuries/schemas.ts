import { z } from "zod";
import { INJURY_SEVERITIES, INJURY_SIDES, INJURY_STATUSES } from "@/lib/core/domain";
import { enumField, listQuery, subjectIdField, titleField } from "@/lib/core/validation";
import { blankAsMissing, notesField, pastDateField } from "@/lib/progress/schemas";

/**
 * Injury and pain inputs, shared by the API, the injury forms and the chat tools. Whether a date is in the future
 * depends on the athlete's zone, and whether a pain log predates the onset on the injury, so the service checks
 * those two.
 */

export const createInjuryInput = z.object({
  body_part: titleField(60, "must be text, e.g. right hamstring"),
  side: enumField(INJURY_SIDES).default("none"),
  severity: enumField(INJURY_SEVERITIES),
  onset_date: pastDateField,
  notes: notesField.nullable().optional(),
});
export type CreateInjuryInput = z.output<typeof createInjuryInput>;

export const updateInjuryInput = z
  .object({
    status: enumField(INJURY_STATUSES).optional(),
    notes: notesField.nullable().optional(),
  })
  .refine((patch) => Object.values(patch).some((v) => v !== undefined), {
    message: "must contain at least one field to change",
    path: ["body"],
  });
export type UpdateInjuryInput = z.output<typeof updateInjuryInput>;

const LEVEL_MESSAGE = "must be a whole number from 0 to 10";

export const painLogInput = z.object({
  level: z
    .number({ error: (issue) => (issue.input === undefined ? "is required" : LEVEL_MESSAGE) })
    .int(LEVEL_MESSAGE)
    .min(0, LEVEL_MESSAGE)
    .max(10, LEVEL_MESSAGE),
  date: pastDateField,
  notes: notesField.nullable().optional(),
});
export type PainLogInput = z.output<typeof painLogInput>;

/** `GET /api/v1/injuries?user_id=&status=&from=&to=&limit=`: `from`/`to` bound the onset date. */
export const injuriesQuery = listQuery.and(
  z.object({
    // Checked by resolveSubject, which also decides whether the caller may read that athlete.
    user_id: blankAsMissing(subjectIdField.default("me")),
    status: blankAsMissing(enumField(INJURY_STATUSES).optional()),
  }),
);
export type InjuriesQuery = z.output<typeof injuriesQuery>;
