import { z } from "zod";
import { SCALES, SESSION_TYPES } from "@/lib/core/domain";

/** A training session as the API answers it (`toSessionDto`). */

const repSetResponse = z
  .object({
    reps: z.int(),
    distance_m: z.number().nullable(),
    times_s: z.array(z.number()).nullable(),
    rest_s: z.number().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: "RepSet", description: "One set of a session's reps, with the times run." });

export const sessionResponse = z
  .object({
    id: z.uuid(),
    date: z.iso.date(),
    type: z.enum(SESSION_TYPES),
    duration_min: z.int().min(SCALES.sessionMinutes.min).max(SCALES.sessionMinutes.max),
    rpe: z.int().min(SCALES.rpe.min).max(SCALES.rpe.max),
    mood: z.int().min(SCALES.mood.min).max(SCALES.mood.max).nullable(),
    notes: z.string().nullable(),
    reps: z.array(repSetResponse).nullable(),
    load: z.number().meta({ description: "Foster session load: RPE × minutes (AU)." }),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({
    id: "Session",
    examples: [
      {
        id: "3d5c8f0a-61b2-4e7d-8a93-2f4c6b1e0d57",
        date: "2026-03-09",
        type: "max_velocity",
        duration_min: 40,
        rpe: 7,
        mood: 2,
        notes: "Felt a grab in the right hamstring on the 4th fly, stopped the session",
        reps: [{ reps: 4, distance_m: 30, times_s: [2.79, 2.81, 2.78, 2.95], rest_s: 240, note: "last rep pulled up" }],
        load: 280,
        created_at: "2026-03-09T21:14:05.000Z",
        updated_at: "2026-03-09T21:14:05.000Z",
      },
    ],
  });
export type SessionResponse = z.infer<typeof sessionResponse>;
