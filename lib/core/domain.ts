/** Vocabulary shared by the database, the API and the analysis rules (PRODUCT.md section 2). */

export const SESSION_TYPES = [
  "acceleration",
  "max_velocity",
  "speed_endurance",
  "special_endurance",
  "tempo",
  "technique",
  "plyometrics",
  "strength",
  "recovery",
  "competition",
  "other",
] as const;
export type SessionType = (typeof SESSION_TYPES)[number];

/** How a profiled sprint started (PRODUCT 4.9): from blocks, a crouch (three-point) or standing. */
export const SPRINT_STARTS = ["block", "crouch", "standing"] as const;
export type SprintStart = (typeof SPRINT_STARTS)[number];

/** Where a sprint profile's split times came from: typed in, a timing system's CSV, or a logged session's reps. */
export const SPRINT_PROFILE_SOURCES = ["manual", "csv", "session"] as const;
export type SprintProfileSource = (typeof SPRINT_PROFILE_SOURCES)[number];

/** PRODUCT.md 4.3: under 2 years beginner, 2 to 5 intermediate, over 5 advanced; also a drill's difficulty. */
const EXPERIENCE_LEVELS = ["beginner", "intermediate", "advanced"] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number];

/** The rating scales athletes answer, inclusive (PRODUCT 2 and 4.7): forms, schemas and Aria's words share them. */
export const SCALES = {
  rpe: { min: 1, max: 10 },
  mood: { min: 1, max: 5 },
  /** Each Hooper item (sleep, stress, fatigue, soreness): 1 best, 7 worst. */
  hooperItem: { min: 1, max: 7 },
  pain: { min: 0, max: 10 },
  /** A session's length in minutes: ten hours is the most any session log holds. */
  sessionMinutes: { min: 1, max: 600 },
} as const;

export const ROLES = ["athlete", "coach"] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling (lib/auth resolves it): resolved from a bearer API token, else from the Auth.js session cookie. */
export interface Principal {
  userId: string;
  role: Role;
  name: string;
  email: string;
  timezone: string;
  via: "token" | "session";
}

export const TIMINGS = ["fat", "hand"] as const;
export type Timing = (typeof TIMINGS)[number];

export const GOAL_STATUSES = ["active", "achieved", "abandoned"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const MILESTONES = [25, 50, 75, 100] as const;
export type Milestone = (typeof MILESTONES)[number];

export const INJURY_STATUSES = ["active", "recovering", "resolved"] as const;
export type InjuryStatus = (typeof INJURY_STATUSES)[number];

export const INJURY_SEVERITIES = ["mild", "moderate", "severe"] as const;
export type InjurySeverity = (typeof INJURY_SEVERITIES)[number];

export const INJURY_SIDES = ["left", "right", "both", "none"] as const;

export const CALENDAR_EVENT_TYPES = ["competition", "training", "rest", "other"] as const;
export type CalendarEventType = (typeof CALENDAR_EVENT_TYPES)[number];

export const MEALS = ["breakfast", "lunch", "dinner", "snack", "pre_training", "post_training"] as const;
export type Meal = (typeof MEALS)[number];

export const SUGGESTION_TYPES = [
  "injury_warning",
  "high_rpe",
  "overtraining",
  "no_training",
  "low_frequency",
  "needs_metrics",
  "pain_improving",
  "recovery_needed",
  "mental_training",
  "low_variety",
  "monotony_high",
  "pain_high",
  "wellness_low",
] as const;
export type SuggestionType = (typeof SUGGESTION_TYPES)[number];

export const PRIORITIES = ["critical", "high", "medium", "low"] as const;
export type Priority = (typeof PRIORITIES)[number];

const SUGGESTION_STATUSES = ["open", "dismissed", "done"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export const CHECK_IN_TYPES = ["morning_motivation", "recovery_check", "weekly_review", "injury_status"] as const;
export type CheckInType = (typeof CHECK_IN_TYPES)[number];

const CHECK_IN_STATUSES = ["scheduled", "answered", "skipped"] as const;
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

export const JOB_TASKS = ["suggestions", "patterns", "check-ins", "goals", "drills", "comprehensive"] as const;
export type JobTask = (typeof JOB_TASKS)[number];

export const SPRINT_EVENTS = [
  "60m",
  "100m",
  "200m",
  "300m",
  "400m",
  "60mH",
  "100mH",
  "110mH",
  "400mH",
  "4x100m",
  "4x400m",
] as const;

export const SEXES = ["female", "male", "other"] as const;
export type Sex = (typeof SEXES)[number];
