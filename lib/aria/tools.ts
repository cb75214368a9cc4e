import type { Context } from "@ai-sdk/provider-utils";
import { jsonSchema, type Tool, tool } from "ai";
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { injuries } from "@/db/schema";
import { CHECK_IN_LOCAL_TIMES } from "@/lib/analysis/thresholds";
import { recommendedDrillsFor } from "@/lib/content/drills";
import { addDays, isoDate, todayIn, zonedTimeToUtc } from "@/lib/core/dates";
import { CHECK_IN_TYPES } from "@/lib/core/domain";
import { AppError, errors, fieldErrors } from "@/lib/core/errors";
import { enumField, plainText } from "@/lib/core/validation";
import { painLogInput } from "@/lib/injuries/schemas";
import { addPainLog } from "@/lib/injuries/service";
import { loadAthleteInputs } from "@/lib/insights/athlete-inputs";
import { athleteReadiness, readinessQuery } from "@/lib/insights/readiness";
import { storeCheckIns } from "@/lib/insights/store";
import { ALL_METRICS } from "@/lib/progress/schemas";
import { progressAnalytics } from "@/lib/progress/service";
import { sessionInput } from "@/lib/training/schemas";
import { insertSessions } from "@/lib/training/sessions";
import { type AriaToolName, SPRINT_PROFILE_HOW_TO } from "./context-types";
import { athleteSprintProfiles, sprintProfileBrief } from "./sprint-profile";

/**
 * Aria's tools (PRODUCT.md section 6). Each validates its own input with the API's schemas, writes through the same
 * service as the API, and returns a compact result or `{ error: { code, message, fields? } }`; none throws into the
 * stream. The model sees the JSON Schema; validation happens in `execute`, so a bad input becomes a clear error.
 */

export interface ToolScope {
  db: Database;
  userId: string;
  timezone: string;
  now?: Date;
}

export interface ToolError {
  error: { code: string; message: string; fields?: Record<string, string> };
}

const MAX_CHECK_IN_DAYS_AHEAD = 30;

type ToolInput = Record<string, unknown>;
export type AriaTool = Tool<ToolInput, unknown>;

export const logSessionInput = sessionInput.partial({ date: true });
export const recordPainInput = z.object({
  body_part: plainText("single-line").max(60, "must be at most 60 characters").optional(),
  level: painLogInput.shape.level,
  date: painLogInput.shape.date.optional(),
  notes: painLogInput.shape.notes,
});
export const getProgressInput = z.object({
  metric: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_]{1,40}$/, `must be a metric such as 100m, or ${ALL_METRICS}`)
    .default(ALL_METRICS),
  days: z.number().int().min(7).max(365).default(90),
});
export const recommendDrillsInput = z.object({ limit: z.number().int().min(1).max(8).default(4) });
/** `date` YYYY-MM-DD, the day asked about; omitted means today in the athlete's zone (the API's own query). */
export const getReadinessInput = readinessQuery;
/** How many of the latest profiles to list (the reading itself covers the season). */
export const getSprintProfileInput = z.object({ limit: z.number().int().min(1).max(10).default(3) });
export const scheduleCheckInInput = z.object({
  type: enumField(CHECK_IN_TYPES),
  at: z.iso.datetime({ offset: true, error: "must be a UTC instant such as 2025-05-01T07:00:00Z" }).optional(),
});

function failure(error: unknown): ToolError {
  if (error instanceof AppError) {
    return { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
  }
  return { error: { code: "internal", message: "That did not work on our side; nothing was changed." } };
}

/** A tool whose input the model sees as JSON Schema and `execute` validates; errors come back as values. */
function validatedTool<S extends z.ZodType, R>(
  description: string,
  schema: S,
  run: (input: z.output<S>) => Promise<R>,
): AriaTool {
  return tool<ToolInput, unknown, Context>({
    description,
    inputSchema: jsonSchema<ToolInput>(
      z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Parameters<typeof jsonSchema>[0],
    ),
    execute: async (raw: ToolInput): Promise<R | ToolError> => {
      const parsed = schema.safeParse(raw ?? {});
      if (!parsed.success) {
        return {
          error: { code: "validation_error", message: "Some fields are not valid.", fields: fieldErrors(parsed.error) },
        };
      }
      try {
        return await run(parsed.data);
      } catch (error) {
        return failure(error);
      }
    },
  });
}

export function ariaTools(scope: ToolScope): Record<AriaToolName, AriaTool> {
  const { db, userId, timezone } = scope;
  const now = () => scope.now ?? new Date();
  const today = () => todayIn(timezone, now());

  return {
    log_session: validatedTool(
      "Log a training session the athlete describes. type is one of the session types; duration_min in minutes; rpe 1-10; mood 1-5; date YYYY-MM-DD (default today).",
      logSessionInput,
      async (input) => {
        const [session] = await insertSessions(db, userId, [{ ...input, date: input.date ?? today() }]);
        if (!session) throw new Error("insert returned no session");
        return {
          logged: true,
          session: {
            id: session.id,
            date: session.date,
            type: session.type,
            duration_min: session.duration_min,
            rpe: session.rpe,
            load: session.duration_min * session.rpe,
          },
        };
      },
    ),

    record_pain: validatedTool(
      "Record a pain level (0-10) for one of the athlete's current injuries, found by body part (optional when there is only one).",
      recordPainInput,
      async (input) => {
        const open = await db
          .select({ id: injuries.id, bodyPart: injuries.bodyPart, side: injuries.side, status: injuries.status })
          .from(injuries)
          .where(and(eq(injuries.userId, userId), ne(injuries.status, "resolved")));
        const wanted = input.body_part?.toLowerCase();
        const matches = wanted
          ? open.filter((i) => i.bodyPart.toLowerCase().includes(wanted) || wanted.includes(i.bodyPart.toLowerCase()))
          : open;
        const active = matches.filter((i) => i.status === "active");
        const pick = active.length === 1 ? active[0] : matches.length === 1 ? matches[0] : undefined;
        if (!pick) {
          return {
            error: {
              code: open.length === 0 ? "not_found" : "ambiguous",
              message:
                open.length === 0
                  ? "There is no current injury to record pain for. Record the injury first."
                  : `Say which injury: ${open.map((i) => i.bodyPart).join(", ")}.`,
            },
          } satisfies ToolError;
        }
        const log = await addPainLog(db, { userId, timezone }, pick.id, {
          level: input.level,
          date: input.date ?? today(),
          notes: input.notes ?? null,
        });
        return {
          recorded: true,
          injury: pick.bodyPart,
          level: log.level,
          date: log.date,
          pain_zone: log.pain_zone,
          see_a_professional: log.level > 5,
        };
      },
    ),

    get_progress: validatedTool(
      "Fetch the athlete's progress marks, personal bests and trends for a metric (e.g. 100m) or all metrics.",
      getProgressInput,
      async (input) => {
        const progress = await progressAnalytics(db, userId, input.metric, input.days, now());
        return {
          as_of: progress.as_of,
          from: progress.from,
          summary: progress.summary,
          latest: progress.metrics.slice(-5),
        };
      },
    ),

    recommend_drills: validatedTool(
      "Recommend drills suited to the athlete's recent training, level and injuries.",
      recommendDrillsInput,
      async (input) => {
        const picks = await recommendedDrillsFor(db, userId, input.limit, now());
        return {
          experience_level: picks.experience_level,
          drills: picks.drills.map((d) => ({ slug: d.slug, name: d.name, category: d.category, reason: d.reason })),
        };
      },
    ),

    get_readiness: validatedTool(
      "Today's readiness (or another day's, with date YYYY-MM-DD): the verdict go, modify or rest, every reason with its numbers, and the session for the day with what to avoid. Use it whenever the athlete asks whether they can train, sprint, race or do a given session.",
      getReadinessInput,
      async (input) => athleteReadiness(db, userId, input.date, now()),
    ),

    get_sprint_profile: validatedTool(
      "The athlete's sprint profiles from split times (latest first: top speed MSS m/s, TAU s, acceleration MAC m/s²), the reading of their trend in plain words with what to work on (acceleration, top speed or both) and why, and drills that train it. Use it whenever the athlete asks about their acceleration, top speed, max velocity or sprint profile.",
      getSprintProfileInput,
      async (input) => {
        const inputs = await loadAthleteInputs(db, [userId], isoDate(now()));
        const athlete = inputs.get(userId);
        if (!athlete) throw errors.notFound("athlete");
        const asOf = todayIn(athlete.timezone, now());
        const found = await athleteSprintProfiles(db, athlete, asOf);
        const brief = sprintProfileBrief(found);
        return {
          as_of: asOf,
          profiles: found.profiles.slice(0, input.limit).map((p) => ({
            date: p.date,
            start: p.start,
            distances_m: p.distances_m,
            times_s: p.times_s,
            time_correction_s: p.time_correction_s,
            mss: p.mss,
            tau: p.tau,
            mac: p.mac,
            pmax_rel: p.pmax_rel,
            rse: p.rse,
          })),
          reading: brief
            ? {
                latest: brief.latest,
                since: brief.since,
                mss_change_pct: brief.mss_change_pct,
                mac_change_pct: brief.mac_change_pct,
                summary: brief.summary,
                focus: brief.focus,
                focus_reason: brief.focus_reason,
              }
            : null,
          drills: found.drills.map((d) => ({ slug: d.slug, name: d.name, category: d.category, reason: d.reason })),
          drills_held_back_for: found.heldBackFor,
          ...(brief ? {} : { how_to_measure: SPRINT_PROFILE_HOW_TO }),
        };
      },
    ),

    schedule_check_in: validatedTool(
      "Schedule a check-in: morning_motivation, recovery_check, weekly_review or injury_status; at is an optional UTC instant (default: the next usual time for the type).",
      scheduleCheckInInput,
      async (input) => {
        const at = input.at ? new Date(input.at) : nextSlot(input.type, timezone, now());
        if (at.getTime() <= now().getTime()) {
          return {
            error: {
              code: "validation_error",
              message: "Pick a time in the future.",
              fields: { at: "must be in the future" },
            },
          };
        }
        if (at.getTime() > now().getTime() + MAX_CHECK_IN_DAYS_AHEAD * 86_400_000) {
          return {
            error: {
              code: "validation_error",
              message: `Pick a time within ${MAX_CHECK_IN_DAYS_AHEAD} days.`,
              fields: { at: `must be within ${MAX_CHECK_IN_DAYS_AHEAD} days` },
            },
          };
        }
        const created = await storeCheckIns(db, [{ userId, type: input.type, scheduledFor: at }]);
        return { scheduled: true, type: input.type, at: at.toISOString(), already_scheduled: created.length === 0 };
      },
    ),
  };
}

/** The type's usual local time today, or tomorrow when that has passed. */
export function nextSlot(type: (typeof CHECK_IN_TYPES)[number], timezone: string, now: Date): Date {
  const { hour, minute } = CHECK_IN_LOCAL_TIMES[type];
  const today = todayIn(timezone, now);
  const slot = zonedTimeToUtc(today, hour, minute, timezone);
  return slot.getTime() > now.getTime() ? slot : zonedTimeToUtc(addDays(today, 1), hour, minute, timezone);
}
