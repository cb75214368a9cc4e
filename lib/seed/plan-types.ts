import type { DeclaredBest, RepDetail } from "@/db/schema";
import type {
  CalendarEventType,
  InjurySeverity,
  InjuryStatus,
  SessionType,
  SprintStart,
  SuggestionType,
  Timing,
} from "@/lib/core/domain";

/**
 * The shapes of the demo squad's plans. A plan counts days back from the person's own local date at the seed
 * instant (`d` = 0 is that day, 1 the day before), so the same plan tells the same story in any zone at any hour.
 */

export interface DemoAthlete {
  email: string;
  name: string;
  persona: string;
  /** The suggestion types the history is designed to raise as of the athlete's local date at the seed instant. */
  expectedSuggestions: SuggestionType[];
}

export interface SessionPlan {
  d: number;
  type: SessionType;
  min: number;
  rpe: number;
  mood: number;
  notes: string;
  reps?: RepDetail[];
}

export interface WellnessPlan {
  d: number;
  sleep: number;
  stress: number;
  fatigue: number;
  soreness: number;
  notes?: string;
}

export interface MetricPlan {
  d: number;
  metric: string;
  value: number;
  unit: string;
  timing?: Timing;
  wind?: number;
  notes?: string;
}

/** The direction (lower or higher is better) follows from baseline and target, as in the engine. */
export interface GoalPlan {
  title: string;
  metric: string;
  baseline: number;
  target: number;
  /** Set this many days ago; only marks from then on count. */
  setD: number;
  /** Days from today to the target date. */
  dueIn: number;
}

export interface InjuryPlan {
  bodyPart: string;
  side: "left" | "right" | "both" | "none";
  severity: InjurySeverity;
  status: InjuryStatus;
  onsetD: number;
  resolvedD?: number;
  notes: string;
  pain: { d: number; level: number; notes?: string }[];
}

export interface EventPlan {
  /** Days from today: negative in the past. A future competition moves on to the next Saturday. */
  at: number;
  /** Local hour it starts. */
  hh: number;
  hours: number;
  type: CalendarEventType;
  title: string;
  location?: string;
  notes?: string;
}

export interface AthletePlan {
  /** IANA zone: the athlete's "today" and every wall-clock time below are read in it. */
  timezone: string;
  sex: "female" | "male";
  events: string[];
  experienceYears: number;
  ageYears: number;
  personalBests: Record<string, DeclaredBest>;
  lastActiveD: number;
  sessions: SessionPlan[];
  wellness: WellnessPlan[];
  metrics: MetricPlan[];
  goals: GoalPlan[];
  injuries: InjuryPlan[];
  calendar: EventPlan[];
  /** Scale of the daily meal plan, or null when the athlete logs no nutrition. */
  nutritionScale: number | null;
  /** What the demo coach planned for the athlete (PRODUCT 4.10). */
  planned: CoachPlanFor;
  /** The maximal sprints timed over the season for a sprint profile (PRODUCT 4.9). */
  sprintTests: SprintTestingPlan;
}

/**
 * How an athlete's sprints are timed (the same start, time correction and gates every time, so that the profiles
 * compare) and each sprint as the model it is generated from: the split times are the model's, as a gate reads them.
 */
export interface SprintTestingPlan {
  start: SprintStart;
  /** Seconds the gates' clock starts after the athlete moves (0.3 s for a start behind the first gate). */
  timeCorrectionS: number;
  bodyMassKg: number;
  heightM: number;
  tests: { d: number; mss: number; tau: number; notes?: string }[];
}

/** One session the coach plans: target minutes and RPE, and the main set as a coach writes it. */
export interface PlannedSlot {
  type: SessionType;
  min: number;
  rpe: number;
  reps: string;
  notes?: string;
}

/**
 * The coach's plan for one athlete, seeded for last week and this one (Monday to Sunday in the athlete's zone).
 * `routine` has the rhythm of the athlete's weekly template (`Week`): slot i falls on the days d with
 * (6 − d) mod 7 = i, so slot 0 is day 6, 13 and −1. `changes` replaces the routine on given days (`null`: rest), as a
 * coach re-plans around an injury or a spike.
 */
export interface CoachPlanFor {
  routine: readonly (PlannedSlot | null)[];
  changes?: Readonly<Record<number, PlannedSlot | null>>;
}

/** One athlete of the squad: who they are (listed in the README and checked by the tests) and their history. */
export interface SquadMember {
  athlete: DemoAthlete;
  plan: () => AthletePlan;
}

export interface CoachPlan {
  email: string;
  name: string;
  timezone: string;
  createdD: number;
  lastActive: { d: number; hh: number; mm: number };
  calendar: EventPlan[];
}

/** One slot of a weekly template; `notes` overrides the session type's usual notes. */
export interface Slot {
  type: SessionType;
  min: number;
  rpe: number;
  notes?: readonly string[];
  reps?: boolean;
}

/** Seven slots, the oldest day of the week first; null is a rest day. */
export type Week = readonly (Slot | null)[];

/** Typical rep times (s) that generated rep details scatter around. */
export interface SpeedProfile {
  acc30: number;
  fly30: number;
  rep150: number;
}
