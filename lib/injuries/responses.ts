import { z } from "zod";
import { INJURY_SEVERITIES, INJURY_SIDES, INJURY_STATUSES, SCALES } from "@/lib/core/domain";

/** Injuries and pain logs as the API answers them (`toInjuryDto`, `toPainLogDto`). */

const painZone = z
  .enum(["safe", "acceptable", "not_acceptable"])
  .meta({ id: "PainZone", description: "Silbernagel 2007: 0–3 safe, 4–5 acceptable, above 5 not acceptable." });

const painLevel = () => z.int().min(SCALES.pain.min).max(SCALES.pain.max);

const painPoint = z.object({ level: painLevel(), date: z.iso.date() });

export const injuryResponse = z
  .object({
    id: z.uuid(),
    body_part: z.string(),
    side: z.enum(INJURY_SIDES),
    severity: z.enum(INJURY_SEVERITIES),
    status: z.enum(INJURY_STATUSES),
    onset_date: z.iso.date(),
    resolved_date: z.iso.date().nullable(),
    notes: z.string().nullable(),
    created_at: z.iso.datetime(),
    pain: z.array(painPoint).meta({ description: "The latest 30 pain logs, oldest first." }),
    latest_pain: painPoint.nullable(),
    pain_zone: painZone.nullable().meta({ description: "The zone of the latest pain log." }),
  })
  .meta({
    id: "Injury",
    examples: [
      {
        id: "8c3f5a2e-6d19-4b7a-b0e4-2a9c1d6f3e75",
        body_part: "hamstring",
        side: "right",
        severity: "moderate",
        status: "active",
        onset_date: "2026-03-09",
        resolved_date: null,
        notes: "Grabbed on the 4th 30 m fly",
        created_at: "2026-03-09T21:20:48.000Z",
        pain: [
          { level: 4, date: "2026-03-09" },
          { level: 5, date: "2026-03-11" },
          { level: 6, date: "2026-03-13" },
        ],
        latest_pain: { level: 6, date: "2026-03-13" },
        pain_zone: "not_acceptable",
      },
    ],
  });
export type InjuryResponse = z.infer<typeof injuryResponse>;

export const painLogResponse = z
  .object({
    id: z.uuid(),
    injury_id: z.uuid(),
    level: painLevel(),
    date: z.iso.date(),
    notes: z.string().nullable(),
    pain_zone: painZone,
    created_at: z.iso.datetime(),
  })
  .meta({
    id: "PainLog",
    examples: [
      {
        id: "1b6d9e3f-8a42-4c17-9f05-6e2b4a8d1c93",
        injury_id: "8c3f5a2e-6d19-4b7a-b0e4-2a9c1d6f3e75",
        level: 6,
        date: "2026-03-13",
        notes: "Tugging on the last fly",
        pain_zone: "not_acceptable",
        created_at: "2026-03-13T19:32:10.000Z",
      },
    ],
  });
export type PainLogResponse = z.infer<typeof painLogResponse>;
