import { z } from "zod";
import { impossibleSpeed } from "@/lib/analysis/plausibility";
import { SCALES, SESSION_TYPES } from "@/lib/core/domain";
import {
  enumField,
  integerField,
  loggedDateField,
  numberField,
  requireSomeField,
  textField,
} from "@/lib/core/validation";

/** Training sessions (PRODUCT 2): the API's request bodies, shared with the session form and Aria's logging tool. */

export const MAX_REP_SETS = 50;
export const MAX_TIMES_PER_SET = 100;

export const repSetInput = z
  .object(
    {
      reps: integerField(1, 100),
      distance_m: numberField(1, 10_000).optional(),
      times_s: z
        .array(numberField(0, 600), { error: "must be a list of times in seconds" })
        .max(MAX_TIMES_PER_SET, `must have at most ${MAX_TIMES_PER_SET} times`)
        .optional(),
      rest_s: numberField(0, 3_600).optional(),
      note: textField(200).optional(),
    },
    { error: "must be a set such as {reps: 6, distance_m: 30}" },
  )
  .superRefine((set, ctx) => {
    if (set.times_s && set.times_s.length > set.reps) {
      ctx.addIssue({ code: "custom", path: ["times_s"], message: "must not list more times than reps" });
    }
    // Each time is one rep over the set's distance: faster than anyone sprints is a typo (3.2 for 32) or made up.
    if (set.distance_m === undefined) return;
    for (const [index, time] of (set.times_s ?? []).entries()) {
      const impossible = impossibleSpeed(set.distance_m, time);
      if (impossible) ctx.addIssue({ code: "custom", path: ["times_s", index], message: impossible });
    }
  });
export type RepSetInput = z.infer<typeof repSetInput>;

const sessionFields = z.object({
  date: loggedDateField,
  type: enumField(SESSION_TYPES),
  duration_min: integerField(SCALES.sessionMinutes.min, SCALES.sessionMinutes.max),
  rpe: integerField(SCALES.rpe.min, SCALES.rpe.max),
  mood: integerField(SCALES.mood.min, SCALES.mood.max).nullable().optional(),
  notes: textField(2_000).nullable().optional(),
  reps: z
    .array(repSetInput, { error: "must be a list of sets" })
    .max(MAX_REP_SETS, `must have at most ${MAX_REP_SETS} sets`)
    .nullable()
    .optional(),
});

export const sessionInput = sessionFields;
export type SessionInput = z.infer<typeof sessionInput>;

/** PATCH: any subset of the fields; `null` clears mood, notes or reps. */
export const sessionUpdate = requireSomeField(sessionFields.partial());
export type SessionUpdate = z.infer<typeof sessionUpdate>;
