import { z } from "zod";
import { readinessResponse } from "@/lib/analysis/readiness/responses";
import { CHECK_IN_TYPES, PRIORITIES, SUGGESTION_TYPES } from "@/lib/core/domain";
import { plannedSessionResponse } from "@/lib/plans/responses";

/** Stored suggestions (`toSuggestionDto`) and check-ins as the analysis endpoints answer them. */

export const suggestionResponse = z
  .object({
    id: z.uuid(),
    type: z.enum(SUGGESTION_TYPES),
    priority: z.enum(PRIORITIES),
    title: z.string(),
    message: z.string(),
    evidence: z
      .record(z.string(), z.unknown())
      .meta({ description: "The figures the rule read, so the athlete can see why it was raised." }),
    status: z.enum(["open", "dismissed", "done"]),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({
    id: "Suggestion",
    examples: [
      {
        id: "f0d4b8e2-6a31-4c97-b5e3-1d8a2c6f9b07",
        type: "injury_warning",
        priority: "critical",
        title: "Stop sprinting on the injured hamstring",
        message:
          "You logged max velocity work 4 days after a hamstring strain. Switch to pain-free work until it settles.",
        evidence: { injury: "right hamstring", onset_date: "2026-03-09", session_date: "2026-03-13", latest_pain: 6 },
        status: "open",
        created_at: "2026-03-10T06:00:04.000Z",
        updated_at: "2026-03-14T06:00:03.000Z",
      },
    ],
  });
export type SuggestionResponse = z.infer<typeof suggestionResponse>;

export const scheduledCheckInResponse = z
  .object({ id: z.uuid(), type: z.enum(CHECK_IN_TYPES), scheduled_for: z.iso.datetime() })
  .meta({
    id: "ScheduledCheckIn",
    examples: [
      { id: "5e8a1d3c-4b7f-42a9-9d06-3c1e7b5f8a24", type: "injury_status", scheduled_for: "2026-03-15T12:00:00.000Z" },
    ],
  });

/** `GET /api/v1/ai/readiness/{user_id}` (API.md, PRODUCT 4.8): the verdict and the day's plan it followed. */
export const athleteReadinessResponse = readinessResponse
  .extend({
    planned: plannedSessionResponse.nullable().meta({
      description:
        "The session planned for the day (PRODUCT 4.10), the first not yet done; null when nothing is planned. " +
        "`session` follows it unless a reason changes it.",
    }),
  })
  .meta({ id: "Readiness" });
