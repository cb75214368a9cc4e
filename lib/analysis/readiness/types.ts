import { HIGH_INTENSITY_SPRINT_TYPES, PAIN_ACCEPTABLE_MAX } from "@/lib/analysis/thresholds";
import type { SessionType } from "@/lib/core/domain";

/** The shapes of today's readiness (PRODUCT 4.8) and the vocabulary its parts share. */

export type Verdict = "go" | "modify" | "rest";

export type ReadinessRule =
  | "pain_not_acceptable"
  | "wellness_very_poor"
  | "lower_body_injury"
  | "acwr_high"
  | "wellness_poor"
  | "hard_sprint_yesterday"
  | "competition_soon"
  | "competition_today";

export interface ReadinessReason {
  rule: ReadinessRule;
  verdict: Verdict;
  message: string;
  evidence: Record<string, unknown>;
}

/** What the coach (or the athlete) planned for the day (PRODUCT 4.10). */
export interface PlannedSessionInput {
  type: SessionType;
  durationMin?: number | null;
  rpe?: number | null;
  reps?: string | null;
  notes?: string | null;
}

export interface DaySession {
  type: SessionType;
  duration_min: number;
  rpe: number;
  reps: string;
  focus: string;
  /** What to leave out today, each with the reason. */
  avoid: { what: string; why: string }[];
  /** Where the session came from: the plan, the variety rule, a taper, race day, or a rest or injury day. */
  source: "plan" | "variety" | "taper" | "race_day" | "rest" | "injury";
  /** One line that says how the session was fitted to today. */
  notes: string;
}

/** A session the athlete has already logged on the day. */
export interface LoggedSession {
  type: SessionType;
  duration_min: number;
  rpe: number;
}

export interface Readiness {
  date: string;
  verdict: Verdict;
  /** The verdict in a short sentence, as a coach would say it. */
  headline: string;
  reasons: ReadinessReason[];
  session: DaySession;
  /** What the athlete has already logged on the day: the day's session may be done. */
  logged: LoggedSession[];
}

export const SEVERITY: Record<Verdict, number> = { go: 0, modify: 1, rest: 2 };
export const HARD_SPRINT = new Set<SessionType>(HIGH_INTENSITY_SPRINT_TYPES);

export const READINESS_REASON_LABELS: Readonly<Record<ReadinessRule, string>> = {
  pain_not_acceptable: `Pain above ${PAIN_ACCEPTABLE_MAX}/10`,
  wellness_very_poor: "Very poor wellness",
  lower_body_injury: "Lower-body injury",
  acwr_high: "Load ratio high",
  wellness_poor: "Poor wellness",
  hard_sprint_yesterday: "Hard sprints yesterday",
  competition_soon: "Race soon",
  competition_today: "Race day",
};
