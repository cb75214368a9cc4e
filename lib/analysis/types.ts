import type {
  CalendarEventType,
  CheckInType,
  ExperienceLevel,
  GoalStatus,
  InjurySeverity,
  InjuryStatus,
  Milestone,
  Priority,
  SessionType,
  SuggestionType,
  Timing,
} from "@/lib/core/domain";

/**
 * What the analysis rules read. Field names are the Drizzle property names of `db/schema.ts`, so a row selected
 * from the database is accepted as it is; nullable columns are optional so that insert-shaped rows (the demo
 * seed) fit too. Dates are `YYYY-MM-DD` calendar dates in the athlete's own zone.
 */

export interface SessionInput {
  id?: string;
  date: string;
  type: SessionType;
  durationMin: number;
  rpe: number;
  mood?: number | null;
}

export interface InjuryInput {
  id: string;
  bodyPart: string;
  side: "left" | "right" | "both" | "none";
  severity: InjurySeverity;
  status: InjuryStatus;
  onsetDate: string;
  resolvedDate?: string | null;
}

export interface PainLogInput {
  injuryId: string;
  level: number;
  date: string;
}

export interface MetricInput {
  metric: string;
  value: number;
  unit: string;
  timing?: Timing | null;
  windMps?: number | null;
  date: string;
}

export interface WellnessInput {
  date: string;
  sleep: number;
  stress: number;
  fatigue: number;
  soreness: number;
}

export interface GoalInput {
  id: string;
  title: string;
  metric: string;
  baselineValue: number;
  targetValue: number;
  currentValue?: number | null;
  targetDate: string;
  status: GoalStatus;
}

export interface AchievementInput {
  goalId: string;
  milestone: number;
}

export interface CalendarInput {
  title: string;
  type: CalendarEventType;
  startsAt: Date;
}

/** One athlete's data: users (timezone), athlete_profiles (experience, birth date, sex) and their own rows. */
export interface AthleteInput {
  userId: string;
  timezone: string;
  experienceYears?: number | null;
  birthDate?: string | null;
  sex?: "female" | "male" | "other" | null;
  sessions: readonly SessionInput[];
  injuries: readonly InjuryInput[];
  painLogs: readonly PainLogInput[];
  metrics: readonly MetricInput[];
  wellness: readonly WellnessInput[];
  goals: readonly GoalInput[];
  achievements: readonly AchievementInput[];
  calendar: readonly CalendarInput[];
}

/** A drill as the recommender needs it: a `drills` row or a `DrillContent` from the seed both fit. */
export interface DrillLike {
  slug: string;
  name: string;
  category: string;
  difficulty: "beginner" | "intermediate" | "advanced";
  bodyRegion: "lower" | "upper" | "core" | "full";
  trains: readonly SessionType[];
  tags: readonly string[];
}

// ---------------------------------------------------------------- outputs

/** Evidence is stored as JSON (`suggestions.evidence`), so it is a plain record. */
export type Evidence = Record<string, unknown>;

export interface Suggestion {
  type: SuggestionType;
  priority: Priority;
  title: string;
  message: string;
  evidence: Evidence;
}

export type AcwrZone = "low" | "sweet_spot" | "elevated" | "danger";

/** One day of the load chart. */
export interface DailyLoadPoint {
  date: string;
  /** Sum of RPE × minutes of that day's sessions; 0 on a rest day. */
  load: number;
  acuteEwma: number;
  chronicEwma: number;
  /** null until the history spans the chronic window, or while the chronic EWMA is 0. */
  acwr: number | null;
}

export interface LoadSummary {
  /** Sum of the last 7 days' loads (AU). */
  acute: number;
  /** The last 28 days' loads ÷ 4: the average weekly load, in the same unit as `acute`. */
  chronic: number;
  acuteEwma: number;
  chronicEwma: number;
  /** EWMA acute ÷ EWMA chronic (Williams et al. 2017); null without enough history. */
  acwr: number | null;
  acwrZone: AcwrZone | null;
  /** Mean daily load ÷ population SD over the last 7 days; null when the SD is 0. */
  monotony: number | null;
  /** Weekly load × monotony; null with monotony. */
  strain: number | null;
}

export type RpeTrend = "up" | "down" | "flat";

export interface PatternRecommendation {
  type: "diversify" | "recovery" | "mental_training" | "train_more" | "train_less" | "reduce_load" | "vary_load";
  message: string;
}

/** The `GET /api/v1/ai/patterns/{user_id}` response (API.md), hence snake_case. */
export interface TrainingPatterns {
  sessions_per_week: number;
  in_optimal_range: boolean;
  variety: { types: SessionType[]; count: number };
  rpe: { average: number | null; trend: RpeTrend | null };
  negative_moods: number;
  load: { acute: number; chronic: number; acwr: number | null; monotony: number | null; strain: number | null };
  recommendations: PatternRecommendation[];
}

export interface RecommendedDrill {
  slug: string;
  name: string;
  category: string;
  difficulty: DrillLike["difficulty"];
  bodyRegion: DrillLike["bodyRegion"];
  reason: string;
}

export interface DrillRecommendations {
  experienceLevel: ExperienceLevel;
  drills: RecommendedDrill[];
}

export interface GoalProgress {
  /** Clamped to 0–100, kept to 2 decimals. */
  progressPct: number;
  lowerIsBetter: boolean;
  /** "achieved" at 100; an achieved or abandoned goal keeps its status. */
  status: GoalStatus;
}

export interface GoalAnalysis {
  id: string;
  title: string;
  progressPct: number;
  status: GoalStatus;
  behindSchedule: boolean;
  daysToTarget: number;
}

export interface GoalsReport {
  goals: GoalAnalysis[];
  newAchievements: { goalId: string; milestone: Milestone }[];
}

export interface ScheduledCheckIn {
  type: CheckInType;
  /** The UTC instant of the local wall-clock time in the athlete's zone. */
  scheduledFor: Date;
}

/** The `POST /api/v1/ai/analyze/{user_id}` response (API.md): plain JSON, snake_case, instants as ISO strings. */
export interface ComprehensiveAnalysis {
  as_of: string;
  suggestions: Suggestion[];
  patterns: TrainingPatterns;
  drills: {
    experience_level: ExperienceLevel;
    drills: { slug: string; name: string; category: string; difficulty: string; reason: string }[];
  };
  goals: {
    goals: { id: string; title: string; progress_pct: number; status: GoalStatus; behind_schedule: boolean }[];
    new_achievements: { goal_id: string; milestone: Milestone }[];
  };
  check_ins: { type: CheckInType; scheduled_for: string }[];
}
