import type { Readiness } from "@/lib/analysis/readiness";
import type { Priority, SessionType, SuggestionType } from "@/lib/core/domain";

/**
 * The compact, current summary of an athlete that every chat prompt carries (PRODUCT.md section 6). The pipeline
 * (lib/aria/context.ts) builds it from the analysis engine; the system prompt embeds it as JSON between
 * `<athlete-context>` tags, and the built-in aria-local model reads it from there.
 */
export interface AthleteContext {
  name: string;
  as_of: string;
  timezone: string;
  experience_level: "beginner" | "intermediate" | "advanced";
  events: string[];
  week: { sessions: number; minutes: number; average_rpe: number | null; sessions_per_week_28d: number };
  last_session: { date: string; type: SessionType; duration_min: number; rpe: number } | null;
  load: {
    acute: number;
    chronic: number;
    acwr: number | null;
    zone: "low" | "sweet_spot" | "elevated" | "danger" | null;
    monotony: number | null;
  };
  suggestions: { type: SuggestionType; priority: Priority; title: string; message: string }[];
  injuries: {
    body_part: string;
    side: string;
    status: "active" | "recovering";
    onset_date: string;
    latest_pain: { level: number; date: string } | null;
    /** Oldest first, up to 7 logs. */
    pain_trend: number[];
  }[];
  goals: { title: string; metric: string; progress_pct: number; target_date: string; behind_schedule: boolean }[];
  personal_bests: { metric: string; value: number; unit: string; date: string }[];
  next_competition: { title: string; date: string } | null;
  recommended_drills: { slug: string; name: string; reason: string }[];
  mental_exercises: { slug: string; name: string; type: string; duration_min: number }[];
  /** The latest notes from the athlete's coaches, newest first (only the athlete's own). */
  coach_notes: { coach: string; about: string; body: string; date: string }[];
  /**
   * The sessions planned for the athlete (PRODUCT 4.10) Monday to Sunday of the week of `as_of`, in date order, and
   * whether each is done (a session was logged on its day). Empty when nothing is planned.
   */
  plan_this_week: {
    date: string;
    type: SessionType;
    duration_min: number | null;
    rpe: number | null;
    reps: string | null;
    done: boolean;
  }[];
  /**
   * Readiness for `as_of` (PRODUCT 4.8): the verdict, every reason (rule, message, evidence) and the day's session,
   * which follows the day's plan unless a reason changes it.
   * Null only when a prompt carries no usable one; the pipeline always computes it.
   */
  today: Readiness | null;
}

export const CONTEXT_OPEN = "<athlete-context>";
export const CONTEXT_CLOSE = "</athlete-context>";

/** The tools Aria can call; each validates its input and writes through the same services as the API. */
const ARIA_TOOL_NAMES = [
  "log_session",
  "record_pain",
  "get_progress",
  "recommend_drills",
  "schedule_check_in",
  "get_readiness",
] as const;
export type AriaToolName = (typeof ARIA_TOOL_NAMES)[number];

/** The input of `log_session`, as the aria-local model produces it from a described session. */
export interface LogSessionArgs {
  date?: string;
  type: SessionType;
  duration_min: number;
  rpe: number;
  mood?: number;
  notes?: string;
  /** The sets the description names ("6x30m" → 6 reps of 30 m). */
  reps?: { reps: number; distance_m?: number }[];
}
