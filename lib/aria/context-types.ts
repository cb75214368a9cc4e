import type { Readiness } from "@/lib/analysis/readiness";
import type { SprintFocus } from "@/lib/analysis/sprint-profile";
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
  /** The athlete's sprint profiles read in plain words (PRODUCT 4.9), with drills for the focus; null without one. */
  sprint_profile: SprintProfileBrief | null;
}

/**
 * The reading of an athlete's sprint profiles (lib/analysis/sprint-profile's `readSprintProfiles`, its own words) and
 * the drills that train its focus, as the context and the get_sprint_profile tool carry it.
 */
export interface SprintProfileBrief {
  /** The latest profile: top speed MSS (m/s), TAU (s) and acceleration MAC (m/s²). */
  latest: { date: string; mss: number; tau: number; mac: number };
  /** The season's first profile measured the same way, that the changes are from; null with only one. */
  since: string | null;
  /** Per cent, positive is better; null without an earlier comparable profile. */
  mss_change_pct: number | null;
  mac_change_pct: number | null;
  summary: string;
  focus: SprintFocus;
  focus_reason: string;
  /** Up to three drills that train the focus at the athlete's level; none while a lower-body injury is active. */
  drills: { slug: string; name: string }[];
  /** The active lower-body injuries that hold the sprint drills back ("right hamstring"). */
  drills_held_back_for: string[];
}

/** How to get a first sprint profile, in the words Aria and the tool use. */
export const SPRINT_PROFILE_HOW_TO =
  "Time one all-out sprint with timing gates (or a phone video) at 5, 10, 20, 30 and 40 m, then add the splits under Progress → Sprint profile: Aria fits your top speed and acceleration from them.";

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
  "get_sprint_profile",
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
