import { z } from "zod";
import { ROLES, SEXES, SPRINT_EVENTS, TIMINGS } from "@/lib/core/domain";

/** What the account endpoints answer (users.ts builds them); the OpenAPI document and the contract tests read these. */

export const userResponse = z
  .object({
    id: z.uuid(),
    email: z.email(),
    name: z.string(),
    role: z.enum(ROLES),
    timezone: z.string().meta({ description: "IANA time zone; the athlete's days begin at midnight there." }),
  })
  .meta({
    id: "User",
    examples: [
      {
        id: "6f1c2a9e-3b57-4d8a-9c61-0e2f4b7d1a35",
        email: "jordan@aria.example",
        name: "Jordan Reyes",
        role: "athlete",
        timezone: "America/New_York",
      },
    ],
  });

const declaredBest = z.object({
  value: z.number(),
  timing: z.enum(TIMINGS).optional(),
  // Stored as the profile form declares it, so this one key is camelCase.
  windMps: z.number().optional(),
  date: z.iso.date().optional(),
});

const profileResponse = z
  .object({
    events: z.array(z.enum(SPRINT_EVENTS)),
    experience_years: z.number().nullable(),
    birth_date: z.iso.date().nullable(),
    sex: z.enum(SEXES).nullable(),
    personal_bests: z
      .record(z.string(), declaredBest)
      .meta({ description: "Bests declared from before Aria, by metric; logged marks are in /progress." }),
  })
  .meta({
    id: "AthleteProfile",
    description: "An athlete's profile; null for a coach's account.",
    examples: [
      {
        events: ["100m", "200m"],
        experience_years: 8,
        birth_date: "1999-04-17",
        sex: "male",
        personal_bests: {
          "60m": { value: 6.74, timing: "fat" },
          "100m": { value: 10.58, timing: "fat", windMps: 1.1 },
        },
      },
    ],
  });

/** `GET /api/v1/me` and `PUT /api/v1/me/profile`. */
export const accountResponse = z.object({ user: userResponse, profile: profileResponse.nullable() }).meta({
  id: "Account",
});
