import { z } from "zod";
import {
  BODY_MASS_KG_RANGE,
  HEIGHT_M_RANGE,
  MAX_TIME_CORRECTION_S,
  MAX_WIND_MPS,
  MIN_SPLITS,
} from "@/lib/analysis/sprint-profile";
import { SPRINT_PROFILE_SOURCES, SPRINT_STARTS } from "@/lib/core/domain";
import {
  enumField,
  expecting,
  listQuery,
  loggedDateField,
  numberField,
  textField,
  uuidField,
} from "@/lib/core/validation";

/** Sprint profiles (PRODUCT 4.9): the API's request bodies. The model's own checks (order, speeds) run in the service. */

/** Aria: more gates than any timing system sets over one sprint. */
export const MAX_SPLITS = 20;
/** Aria: a profile is of the acceleration and top speed of one sprint; past 150 m speed endurance takes over. */
export const MAX_SPLIT_DISTANCE_M = 150;
export const MAX_SPLIT_TIME_S = 30;

const distances = z
  .array(numberField(0.5, MAX_SPLIT_DISTANCE_M), expecting("must be a list of distances in metres"))
  .min(MIN_SPLITS, `must hold at least ${MIN_SPLITS} distances, one per gate`)
  .max(MAX_SPLITS, `must hold at most ${MAX_SPLITS} distances`);
const times = z
  .array(numberField(0.01, MAX_SPLIT_TIME_S), expecting("must be a list of times in seconds"))
  .min(MIN_SPLITS, `must hold at least ${MIN_SPLITS} times, one per gate`)
  .max(MAX_SPLITS, `must hold at most ${MAX_SPLITS} times`);

/** The measured sprint: the fields a form, a CSV row and a session's reps all fill. */
export const sprintProfileFields = z.object({
  date: loggedDateField,
  start: enumField(SPRINT_STARTS).default("standing"),
  distances_m: distances,
  times_s: times,
  time_correction_s: numberField(0, MAX_TIME_CORRECTION_S).optional(),
  body_mass_kg: numberField(BODY_MASS_KG_RANGE.min, BODY_MASS_KG_RANGE.max).optional(),
  height_m: numberField(HEIGHT_M_RANGE.min, HEIGHT_M_RANGE.max).optional(),
  wind_mps: numberField(-MAX_WIND_MPS, MAX_WIND_MPS).optional(),
  notes: textField(500).nullable().optional(),
});

/** `POST /api/v1/sprint-profiles`. */
export const sprintProfileInput = sprintProfileFields
  .extend({
    source: enumField(SPRINT_PROFILE_SOURCES).default("manual"),
    /** With `source: "session"`: the logged session whose reps gave the splits. */
    session_id: uuidField.optional(),
  })
  .refine((value) => value.distances_m.length === value.times_s.length, {
    message: "must hold one time per distance",
    path: ["times_s"],
  })
  .refine((value) => (value.source === "session") === (value.session_id !== undefined), {
    message: "names the session whose reps gave the splits, and only with source 'session'",
    path: ["session_id"],
  });
export type SprintProfileInputBody = z.infer<typeof sprintProfileInput>;

/** `GET /api/v1/sprint-profiles/{user_id}?from=&to=&limit=`: newest first. */
export const sprintProfileListQuery = listQuery;
