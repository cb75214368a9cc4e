import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type {
  CalendarEventType,
  CheckInStatus,
  CheckInType,
  ExperienceLevel,
  GoalStatus,
  InjurySeverity,
  InjuryStatus,
  Meal,
  Priority,
  Role,
  SessionType,
  SprintProfileSource,
  SprintStart,
  SuggestionStatus,
  SuggestionType,
  Timing,
} from "@/lib/core/domain";

/** The data model of PRODUCT.md section 2. Dates are `YYYY-MM-DD` strings; instants are UTC timestamps. */

const id = () => uuid("id").primaryKey().defaultRandom();
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
const userRef = () =>
  uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });
const day = (name: string) => date(name, { mode: "string" });

// ---------------------------------------------------------------- accounts

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    role: text("role").$type<Role>().notNull(),
    timezone: text("timezone").notNull().default("UTC"),
    active: boolean("active").notNull().default(true),
    lastActiveAt: timestamp("last_active_at", { withTimezone: true }),
    /** "Sign out everywhere": every session signed in before this instant is over. */
    sessionsValidAfter: timestamp("sessions_valid_after", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(sql`lower(${t.email})`),
    check("users_role_check", sql`${t.role} in ('athlete', 'coach')`),
    index("users_active_idx").on(t.active, t.lastActiveAt),
  ],
);

export interface DeclaredBest {
  value: number;
  timing?: Timing;
  windMps?: number;
  date?: string;
}

export const athleteProfiles = pgTable(
  "athlete_profiles",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    events: text("events").array().notNull().default(sql`'{}'::text[]`),
    experienceYears: doublePrecision("experience_years"),
    birthDate: day("birth_date"),
    sex: text("sex").$type<"female" | "male" | "other">(),
    /** Bests the athlete declares from before Aria, by metric; logged marks are read from progress_metrics. */
    personalBests: jsonb("personal_bests").$type<Record<string, DeclaredBest>>().notNull().default({}),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("athlete_profiles_experience_check", sql`${t.experienceYears} is null or ${t.experienceYears} >= 0`),
    check("athlete_profiles_sex_check", sql`${t.sex} is null or ${t.sex} in ('female', 'male', 'other')`),
  ],
);

export const coachAthletes = pgTable(
  "coach_athletes",
  {
    coachId: uuid("coach_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.coachId, t.athleteId] }), index("coach_athletes_athlete_idx").on(t.athleteId)],
);

export const coachInvites = pgTable(
  "coach_invites",
  {
    code: text("code").primaryKey(),
    coachId: uuid("coach_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    usedBy: uuid("used_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("coach_invites_coach_idx").on(t.coachId)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: id(),
    userId: userRef(),
    name: text("name").notNull(),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("api_tokens_hash_unique").on(t.tokenHash), index("api_tokens_user_idx").on(t.userId)],
);

/**
 * An athlete's private calendar feed (PRODUCT 4.10): one live feed each, found by the SHA-256 of its token, which
 * is shown once and never stored. Making a new one replaces the row, so the old link stops working.
 */
export const calendarFeeds = pgTable(
  "calendar_feeds",
  {
    id: id(),
    userId: userRef(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("calendar_feeds_user_unique").on(t.userId),
    uniqueIndex("calendar_feeds_hash_unique").on(t.tokenHash),
  ],
);

/**
 * Browser sessions ended before their time (signed out). A session is a signed cookie the server keeps no row for;
 * its id lands here when it ends, until the instant it would have expired anyway.
 */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sessionId: uuid("session_id").primaryKey(),
    userId: userRef(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("revoked_sessions_expires_idx").on(t.expiresAt)],
);

// ---------------------------------------------------------------- chat

export const conversations = pgTable(
  "conversations",
  {
    /** The chat session id. */
    id: id(),
    userId: userRef(),
    title: text("title").notNull().default("New conversation"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("conversations_user_idx").on(t.userId, t.updatedAt)],
);

export const messages = pgTable(
  "messages",
  {
    id: id(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    role: text("role").$type<"user" | "assistant" | "system">().notNull(),
    content: text("content").notNull(),
    /** The AI SDK UI message parts (tool calls and results), when there are any. */
    parts: jsonb("parts").$type<unknown[]>(),
    model: text("model"),
    createdAt: createdAt(),
  },
  (t) => [
    index("messages_conversation_idx").on(t.conversationId, t.createdAt),
    check("messages_role_check", sql`${t.role} in ('user', 'assistant', 'system')`),
  ],
);

// ---------------------------------------------------------------- training data

export interface RepDetail {
  reps: number;
  distanceM?: number;
  timesS?: number[];
  restS?: number;
  note?: string;
}

export const trainingSessions = pgTable(
  "training_sessions",
  {
    id: id(),
    userId: userRef(),
    date: day("date").notNull(),
    type: text("type").$type<SessionType>().notNull(),
    durationMin: integer("duration_min").notNull(),
    rpe: integer("rpe").notNull(),
    mood: integer("mood"),
    notes: text("notes"),
    reps: jsonb("reps").$type<RepDetail[]>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // Every column the analysis features read (lib/insights/athlete-features.ts) is in the key, so the scan over an
    // athlete's months of sessions is index-only and never visits the table (drizzle cannot write INCLUDE).
    index("training_sessions_user_date_idx").on(t.userId, t.date, t.type, t.rpe, t.durationMin, t.mood, t.id),
    check(
      "training_sessions_type_check",
      sql`${t.type} in ('acceleration', 'max_velocity', 'speed_endurance', 'special_endurance', 'tempo',
        'technique', 'plyometrics', 'strength', 'recovery', 'competition', 'other')`,
    ),
    check("training_sessions_duration_check", sql`${t.durationMin} between 1 and 600`),
    check("training_sessions_rpe_check", sql`${t.rpe} between 1 and 10`),
    check("training_sessions_mood_check", sql`${t.mood} is null or ${t.mood} between 1 and 5`),
  ],
);

/**
 * A session planned for an athlete on a date (PRODUCT 4.10), by a linked coach or by the athlete. Logging a session
 * on that date links the two (`session_id`); one plan has at most one session and one session at most one plan.
 */
export const plannedSessions = pgTable(
  "planned_sessions",
  {
    id: id(),
    userId: userRef(),
    date: day("date").notNull(),
    type: text("type").$type<SessionType>().notNull(),
    durationMin: integer("duration_min"),
    rpe: integer("rpe"),
    /** The main set as a coach writes it, e.g. "6×30 m from blocks". */
    reps: text("reps"),
    notes: text("notes"),
    /** The coach or the athlete who planned it: the only one who may change or remove it. */
    plannedBy: uuid("planned_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id").references(() => trainingSessions.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("planned_sessions_user_date_idx").on(t.userId, t.date),
    uniqueIndex("planned_sessions_session_unique").on(t.sessionId),
    check(
      "planned_sessions_type_check",
      sql`${t.type} in ('acceleration', 'max_velocity', 'speed_endurance', 'special_endurance', 'tempo',
        'technique', 'plyometrics', 'strength', 'recovery', 'competition', 'other')`,
    ),
    check("planned_sessions_duration_check", sql`${t.durationMin} is null or ${t.durationMin} between 1 and 600`),
    check("planned_sessions_rpe_check", sql`${t.rpe} is null or ${t.rpe} between 1 and 10`),
  ],
);

export const wellnessLogs = pgTable(
  "wellness_logs",
  {
    id: id(),
    userId: userRef(),
    date: day("date").notNull(),
    sleep: integer("sleep").notNull(),
    stress: integer("stress").notNull(),
    fatigue: integer("fatigue").notNull(),
    soreness: integer("soreness").notNull(),
    notes: text("notes"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("wellness_logs_user_date_unique").on(t.userId, t.date),
    check(
      "wellness_logs_scale_check",
      sql`${t.sleep} between 1 and 7 and ${t.stress} between 1 and 7
        and ${t.fatigue} between 1 and 7 and ${t.soreness} between 1 and 7`,
    ),
  ],
);

export const progressMetrics = pgTable(
  "progress_metrics",
  {
    id: id(),
    userId: userRef(),
    /** e.g. "100m", "200m", "110mh", "30m_fly", "long_jump", "squat_1rm". */
    metric: text("metric").notNull(),
    value: doublePrecision("value").notNull(),
    unit: text("unit").notNull().default("s"),
    timing: text("timing").$type<Timing>(),
    windMps: doublePrecision("wind_mps"),
    date: day("date").notNull(),
    notes: text("notes"),
    createdAt: createdAt(),
  },
  (t) => [
    index("progress_metrics_user_metric_date_idx").on(t.userId, t.metric, t.date),
    index("progress_metrics_user_date_idx").on(t.userId, t.date),
    check("progress_metrics_timing_check", sql`${t.timing} is null or ${t.timing} in ('fat', 'hand')`),
    check("progress_metrics_value_check", sql`${t.value} > 0`),
  ],
);

/** One split: a gate's distance from the start line and the time to it, as measured. */
export interface SprintSplit {
  distance_m: number;
  time_s: number;
}

/** A split's fit: the model's time at that gate on the same clock, and measured minus model. */
export interface SprintResidual {
  distance_m: number;
  time_s: number;
  predicted_s: number;
  residual_s: number;
}

/** The horizontal force–velocity profile (Samozino 2016) stored with a sprint profile when mass and height are known. */
export interface StoredForceVelocity {
  f0: number;
  f0_rel: number;
  v0: number;
  pmax: number;
  pmax_rel: number;
  fv_slope: number;
  rf_max: number;
  drf: number;
}

/**
 * A sprint profile (PRODUCT 4.9): the split times of one maximal sprint as measured, and the model fitted to them
 * when it was stored (MSS, TAU, MAC, PMAX, fit quality; the force–velocity profile with body mass and height).
 */
export const sprintProfiles = pgTable(
  "sprint_profiles",
  {
    id: id(),
    userId: userRef(),
    date: day("date").notNull(),
    start: text("start").$type<SprintStart>().notNull(),
    source: text("source").$type<SprintProfileSource>().notNull(),
    splits: jsonb("splits").$type<SprintSplit[]>().notNull(),
    timeCorrectionS: doublePrecision("time_correction_s").notNull().default(0),
    bodyMassKg: doublePrecision("body_mass_kg"),
    heightM: doublePrecision("height_m"),
    windMps: doublePrecision("wind_mps"),
    /** The session whose reps gave the splits, when they came from one. */
    sessionId: uuid("session_id").references(() => trainingSessions.id, { onDelete: "set null" }),
    notes: text("notes"),
    mss: doublePrecision("mss").notNull(),
    tau: doublePrecision("tau").notNull(),
    mac: doublePrecision("mac").notNull(),
    pmaxRel: doublePrecision("pmax_rel").notNull(),
    rse: doublePrecision("rse").notNull(),
    residuals: jsonb("residuals").$type<SprintResidual[]>().notNull(),
    fv: jsonb("fv").$type<StoredForceVelocity>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("sprint_profiles_user_date_idx").on(t.userId, t.date),
    check("sprint_profiles_start_check", sql`${t.start} in ('block', 'crouch', 'standing')`),
    check("sprint_profiles_source_check", sql`${t.source} in ('manual', 'csv', 'session')`),
    check("sprint_profiles_values_check", sql`${t.mss} > 0 and ${t.tau} > 0 and ${t.mac} > 0 and ${t.rse} >= 0`),
  ],
);

export const goals = pgTable(
  "goals",
  {
    id: id(),
    userId: userRef(),
    title: text("title").notNull(),
    metric: text("metric").notNull(),
    baselineValue: doublePrecision("baseline_value").notNull(),
    targetValue: doublePrecision("target_value").notNull(),
    currentValue: doublePrecision("current_value"),
    progressPct: doublePrecision("progress_pct").notNull().default(0),
    targetDate: day("target_date").notNull(),
    status: text("status").$type<GoalStatus>().notNull().default("active"),
    achievedAt: timestamp("achieved_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("goals_user_idx").on(t.userId, t.status),
    // The target of achievements' (goal, owner) key.
    uniqueIndex("goals_id_user_unique").on(t.id, t.userId),
    check("goals_status_check", sql`${t.status} in ('active', 'achieved', 'abandoned')`),
    check("goals_target_differs_check", sql`${t.baselineValue} <> ${t.targetValue}`),
    check("goals_progress_check", sql`${t.progressPct} between 0 and 100`),
  ],
);

export const achievements = pgTable(
  "achievements",
  {
    id: id(),
    goalId: uuid("goal_id").notNull(),
    // The goal's owner, kept with the achievement for the per-athlete reads; the key below holds it to the goal's.
    userId: uuid("user_id").notNull(),
    milestone: integer("milestone").notNull(),
    awardedAt: timestamp("awarded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One check a row that the goal exists and is this athlete's (the owner's account cascades through the goal).
    foreignKey({
      name: "achievements_goal_owner_fk",
      columns: [t.goalId, t.userId],
      foreignColumns: [goals.id, goals.userId],
    }).onDelete("cascade"),
    uniqueIndex("achievements_goal_milestone_unique").on(t.goalId, t.milestone),
    index("achievements_user_idx").on(t.userId, t.awardedAt),
    check("achievements_milestone_check", sql`${t.milestone} in (25, 50, 75, 100)`),
  ],
);

export const injuries = pgTable(
  "injuries",
  {
    id: id(),
    userId: userRef(),
    bodyPart: text("body_part").notNull(),
    side: text("side").$type<"left" | "right" | "both" | "none">().notNull().default("none"),
    severity: text("severity").$type<InjurySeverity>().notNull(),
    status: text("status").$type<InjuryStatus>().notNull().default("active"),
    onsetDate: day("onset_date").notNull(),
    resolvedDate: day("resolved_date"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("injuries_user_status_idx").on(t.userId, t.status),
    check("injuries_side_check", sql`${t.side} in ('left', 'right', 'both', 'none')`),
    check("injuries_severity_check", sql`${t.severity} in ('mild', 'moderate', 'severe')`),
    check("injuries_status_check", sql`${t.status} in ('active', 'recovering', 'resolved')`),
    check("injuries_resolved_after_onset_check", sql`${t.resolvedDate} is null or ${t.resolvedDate} >= ${t.onsetDate}`),
  ],
);

export const painLogs = pgTable(
  "pain_logs",
  {
    id: id(),
    injuryId: uuid("injury_id")
      .notNull()
      .references(() => injuries.id, { onDelete: "cascade" }),
    userId: userRef(),
    level: integer("level").notNull(),
    date: day("date").notNull(),
    notes: text("notes"),
    createdAt: createdAt(),
  },
  (t) => [
    index("pain_logs_injury_date_idx").on(t.injuryId, t.date),
    index("pain_logs_user_date_idx").on(t.userId, t.date),
    check("pain_logs_level_check", sql`${t.level} between 0 and 10`),
  ],
);

export const calendarEvents = pgTable(
  "calendar_events",
  {
    id: id(),
    userId: userRef(),
    title: text("title").notNull(),
    type: text("type").$type<CalendarEventType>().notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    location: text("location"),
    notes: text("notes"),
    createdAt: createdAt(),
  },
  (t) => [
    index("calendar_events_user_start_idx").on(t.userId, t.startsAt),
    check("calendar_events_type_check", sql`${t.type} in ('competition', 'training', 'rest', 'other')`),
    check("calendar_events_order_check", sql`${t.endsAt} is null or ${t.endsAt} >= ${t.startsAt}`),
  ],
);

export const nutritionLogs = pgTable(
  "nutrition_logs",
  {
    id: id(),
    userId: userRef(),
    date: day("date").notNull(),
    meal: text("meal").$type<Meal>().notNull(),
    description: text("description"),
    kcal: integer("kcal"),
    proteinG: doublePrecision("protein_g"),
    carbsG: doublePrecision("carbs_g"),
    fatG: doublePrecision("fat_g"),
    hydrationMl: integer("hydration_ml"),
    createdAt: createdAt(),
  },
  (t) => [
    index("nutrition_logs_user_date_idx").on(t.userId, t.date),
    check(
      "nutrition_logs_meal_check",
      sql`${t.meal} in ('breakfast', 'lunch', 'dinner', 'snack', 'pre_training', 'post_training')`,
    ),
    check(
      "nutrition_logs_non_negative_check",
      sql`coalesce(${t.kcal}, 0) >= 0 and coalesce(${t.proteinG}, 0) >= 0 and coalesce(${t.carbsG}, 0) >= 0
        and coalesce(${t.fatG}, 0) >= 0 and coalesce(${t.hydrationMl}, 0) >= 0`,
    ),
  ],
);

// ---------------------------------------------------------------- content

export const drills = pgTable(
  "drills",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    category: text("category").notNull(),
    difficulty: text("difficulty").$type<"beginner" | "intermediate" | "advanced">().notNull(),
    description: text("description").notNull(),
    instructions: jsonb("instructions").$type<string[]>().notNull(),
    prescription: text("prescription").notNull(),
    durationMin: integer("duration_min").notNull(),
    equipment: text("equipment").array().notNull(),
    tags: text("tags").array().notNull(),
    bodyRegion: text("body_region").$type<"lower" | "upper" | "core" | "full">().notNull(),
    trains: text("trains").array().$type<SessionType[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("drills_slug_unique").on(t.slug),
    index("drills_category_idx").on(t.category, t.difficulty),
    check("drills_difficulty_check", sql`${t.difficulty} in ('beginner', 'intermediate', 'advanced')`),
    check("drills_body_region_check", sql`${t.bodyRegion} in ('lower', 'upper', 'core', 'full')`),
  ],
);

export const mentalExercises = pgTable(
  "mental_exercises",
  {
    id: id(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    type: text("type").notNull(),
    difficulty: text("difficulty").$type<"beginner" | "intermediate" | "advanced">().notNull(),
    description: text("description").notNull(),
    instructions: jsonb("instructions").$type<string[]>().notNull(),
    durationMin: integer("duration_min").notNull(),
    equipment: text("equipment").array().notNull(),
    tags: text("tags").array().notNull(),
    whenToUse: text("when_to_use").array().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("mental_exercises_slug_unique").on(t.slug),
    index("mental_exercises_type_idx").on(t.type),
    check("mental_exercises_difficulty_check", sql`${t.difficulty} in ('beginner', 'intermediate', 'advanced')`),
  ],
);

// ---------------------------------------------------------------- what Aria produces

/**
 * The drills recommended to an athlete on a day, as one ranked list (PRODUCT 4.3): the weekly run and the
 * recommend endpoint write it, a later run on the same day replaces it. Drills are named by their stable slug.
 */
export const drillRecommendations = pgTable(
  "drill_recommendations",
  {
    userId: userRef(),
    asOf: day("as_of").notNull(),
    experienceLevel: text("experience_level").$type<ExperienceLevel>().notNull(),
    drills: jsonb("drills").$type<{ slug: string; rank: number; reason: string }[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.asOf] }),
    check("drill_recommendations_level_check", sql`${t.experienceLevel} in ('beginner', 'intermediate', 'advanced')`),
  ],
);

export const suggestions = pgTable(
  "suggestions",
  {
    id: id(),
    userId: userRef(),
    type: text("type").$type<SuggestionType>().notNull(),
    priority: text("priority").$type<Priority>().notNull(),
    title: text("title").notNull(),
    message: text("message").notNull(),
    evidence: jsonb("evidence").$type<Record<string, unknown>>().notNull(),
    /**
     * The facts behind the evidence (`evidenceKey` in lib/analysis/evidence-key.ts). Kept when the athlete closes the
     * suggestion, so that it stays closed until a fact is new; cleared when Aria closes it because its condition
     * ended, since the athlete closed nothing. Null on rows from before it existed.
     */
    evidenceKey: text("evidence_key"),
    status: text("status").$type<SuggestionStatus>().notNull().default("open"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
  },
  (t) => [
    // One open suggestion per athlete and type: generating again refreshes it.
    uniqueIndex("suggestions_open_unique").on(t.userId, t.type).where(sql`${t.status} = 'open'`),
    index("suggestions_user_status_idx").on(t.userId, t.status, t.createdAt),
    check("suggestions_priority_check", sql`${t.priority} in ('critical', 'high', 'medium', 'low')`),
    check("suggestions_status_check", sql`${t.status} in ('open', 'dismissed', 'done')`),
  ],
);

export const checkIns = pgTable(
  "check_ins",
  {
    id: id(),
    userId: userRef(),
    type: text("type").$type<CheckInType>().notNull(),
    scheduledFor: timestamp("scheduled_for", { withTimezone: true }).notNull(),
    status: text("status").$type<CheckInStatus>().notNull().default("scheduled"),
    response: jsonb("response").$type<Record<string, unknown>>(),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("check_ins_unique").on(t.userId, t.type, t.scheduledFor),
    index("check_ins_user_due_idx").on(t.userId, t.status, t.scheduledFor),
    check(
      "check_ins_type_check",
      sql`${t.type} in ('morning_motivation', 'recovery_check', 'weekly_review', 'injury_status')`,
    ),
    check("check_ins_status_check", sql`${t.status} in ('scheduled', 'answered', 'skipped')`),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    userId: userRef(),
    kind: text("kind").$type<"check_in" | "suggestion" | "achievement" | "coach_note" | "system">().notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    link: text("link"),
    /** The row this notification is about (a check-in, a suggestion…), so that it is raised once. */
    refId: uuid("ref_id"),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("notifications_ref_unique").on(t.userId, t.kind, t.refId),
    index("notifications_user_idx").on(t.userId, t.createdAt),
  ],
);

/**
 * A coach's note on one of a linked athlete's sessions or suggestions, or on neither: a general note about the
 * athlete (PRODUCT 7, issues 8 and 18). Only the coach who wrote it and the athlete can read it. It goes with the
 * session or suggestion it is about.
 */
export const coachNotes = pgTable(
  "coach_notes",
  {
    id: id(),
    coachId: uuid("coach_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    athleteId: uuid("athlete_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id").references(() => trainingSessions.id, { onDelete: "cascade" }),
    suggestionId: uuid("suggestion_id").references(() => suggestions.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("coach_notes_athlete_idx").on(t.athleteId, t.createdAt),
    index("coach_notes_coach_idx").on(t.coachId, t.athleteId, t.createdAt),
    check("coach_notes_one_target_check", sql`num_nonnulls(${t.sessionId}, ${t.suggestionId}) <= 1`),
    check("coach_notes_body_check", sql`char_length(${t.body}) between 1 and 2000`),
  ],
);

/** The latest training patterns per athlete (PRODUCT 4.2), written by the daily and weekly scheduled runs. */
export const analysisSnapshots = pgTable(
  "analysis_snapshots",
  {
    userId: userRef(),
    kind: text("kind").$type<"patterns">().notNull(),
    asOf: day("as_of").notNull(),
    data: jsonb("data").$type<Record<string, unknown>>().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

export const jobRuns = pgTable(
  "job_runs",
  {
    id: id(),
    task: text("task").notNull(),
    /** One run of a task, over every active athlete: the slices it was handed on through share it. */
    runId: uuid("run_id").notNull().defaultRandom(),
    status: text("status").$type<"running" | "partial" | "done" | "failed">().notNull().default("running"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    processed: integer("processed").notNull().default(0),
    succeeded: integer("succeeded").notNull().default(0),
    errors: integer("errors").notNull().default(0),
    durationMs: integer("duration_ms"),
    /** The last athlete id handled when the time budget ran out; the next call resumes after it. */
    cursor: text("cursor"),
    errorSamples: jsonb("error_samples").$type<{ userId: string; message: string }[]>().notNull().default([]),
  },
  (t) => [index("job_runs_task_idx").on(t.task, t.startedAt)],
);
