import { z } from "zod";
import { SESSION_TYPES } from "@/lib/core/domain";

/**
 * Today's readiness as the rules give it (PRODUCT 4.8). The API answers it with the day's plan beside it:
 * `athleteReadinessResponse` in lib/insights/responses.ts.
 */

const verdict = z.enum(["go", "modify", "rest"]).meta({
  description: "`go` train as planned; `modify` train, changed as the reasons say; `rest` no training today.",
});

export const readinessResponse = z.object({
  date: z.iso.date(),
  verdict,
  headline: z.string().meta({ example: "Train, but no sprinting today." }),
  reasons: z.array(
    z.object({
      rule: z.enum([
        "pain_not_acceptable",
        "wellness_very_poor",
        "lower_body_injury",
        "acwr_high",
        "wellness_poor",
        "hard_sprint_yesterday",
        "competition_soon",
        "competition_today",
      ]),
      verdict,
      message: z.string(),
      evidence: z.record(z.string(), z.unknown()),
    }),
  ),
  session: z.object({
    type: z.enum(SESSION_TYPES),
    duration_min: z.int().min(1),
    rpe: z.int().min(1).max(10),
    reps: z.string(),
    focus: z.string(),
    avoid: z.array(z.object({ what: z.string(), why: z.string() })),
    source: z.enum(["plan", "variety", "taper", "race_day", "rest", "injury"]),
    notes: z.string(),
  }),
  logged: z
    .array(z.object({ type: z.enum(SESSION_TYPES), duration_min: z.int(), rpe: z.int() }))
    .meta({ description: "Sessions already logged on the day: the day's session may be done." }),
});
