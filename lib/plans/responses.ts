import { z } from "zod";
import type { plannedSessions } from "@/db/schema";
import { SCALES, SESSION_TYPES } from "@/lib/core/domain";

/** Planned sessions and compliance as the API answers them (`toPlannedSessionDto`, `athleteCompliance`). */

type PlannedSessionRow = typeof plannedSessions.$inferSelect;

export const plannedSessionResponse = z
  .object({
    id: z.uuid(),
    athlete_id: z.uuid(),
    date: z.iso.date(),
    type: z.enum(SESSION_TYPES),
    duration_min: z.int().min(SCALES.sessionMinutes.min).max(SCALES.sessionMinutes.max).nullable(),
    rpe: z.int().min(SCALES.rpe.min).max(SCALES.rpe.max).nullable(),
    reps: z.string().nullable().meta({ description: "The main set as written, e.g. `6×30 m from blocks`." }),
    notes: z.string().nullable(),
    planned_by: z.uuid().meta({ description: "The coach, or the athlete, who planned it: only they may change it." }),
    session_id: z
      .uuid()
      .nullable()
      .meta({ description: "The session logged on its date that fulfils it; null while it is not done." }),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({
    id: "PlannedSession",
    examples: [
      {
        id: "9c1e5a7d-2b4f-4e86-b3a0-6d8f1c2e4a57",
        athlete_id: "3f2a9d6e-1c5b-4a87-9e0d-7b4c2f8a1d36",
        date: "2026-11-24",
        type: "acceleration",
        duration_min: 60,
        rpe: 7,
        reps: "6×30 m from blocks, 3 min rest",
        notes: "Drive phase: stay low for the first 3 steps",
        planned_by: "8e4b2c6a-5d1f-4a93-b7e0-2c9d6f3a1b85",
        session_id: null,
        created_at: "2026-11-22T18:40:12.000Z",
        updated_at: "2026-11-22T18:40:12.000Z",
      },
    ],
  });
export type PlannedSessionDto = z.infer<typeof plannedSessionResponse>;

export function toPlannedSessionDto(row: PlannedSessionRow): PlannedSessionDto {
  return {
    id: row.id,
    athlete_id: row.userId,
    date: row.date,
    type: row.type,
    duration_min: row.durationMin,
    rpe: row.rpe,
    reps: row.reps,
    notes: row.notes,
    planned_by: row.plannedBy,
    session_id: row.sessionId,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}

export const plannedSessionsResponse = z.object({ planned_sessions: z.array(plannedSessionResponse) });

export const complianceResponse = z
  .object({
    days: z.int().meta({ description: "The window: the last `days` days, ending on `as_of`." }),
    as_of: z.iso.date().meta({ description: "Today in the athlete's zone." }),
    planned: z
      .int()
      .min(0)
      .meta({
        description:
          "Planned sessions dated in the window; today's count once done, since the day is not over. Later ones " +
          "are not counted.",
      }),
    done: z
      .int()
      .min(0)
      .meta({
        description:
          "Of those, the ones with a session logged on their date. A session on a day with nothing planned, or a " +
          "second one on a planned day, is extra and not counted.",
      }),
    planned_load: z.number().min(0).meta({ description: "Σ RPE × minutes of the counted plans that give both (AU)." }),
    done_load: z.number().min(0).meta({ description: "Σ RPE × minutes of the sessions that fulfilled them (AU)." }),
    ratio: z.number().min(0).max(1).nullable().meta({ description: "done ÷ planned; null when nothing was planned." }),
  })
  .meta({
    id: "Compliance",
    examples: [{ days: 7, as_of: "2026-11-24", planned: 5, done: 4, planned_load: 1530, done_load: 1610, ratio: 0.8 }],
  });
