import type { SessionType } from "@/lib/core/domain";

export const DRILL_CATEGORIES = [
  "technique-beginner",
  "technique-intermediate",
  "speed",
  "plyometrics",
  "strength",
  "power",
  "recovery",
  "core-stability",
  "coordination",
  "advanced",
] as const;
type DrillCategory = (typeof DRILL_CATEGORIES)[number];

export const DIFFICULTIES = ["beginner", "intermediate", "advanced"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const BODY_REGIONS = ["lower", "upper", "core", "full"] as const;
type BodyRegion = (typeof BODY_REGIONS)[number];

/** A sprint drill shipped with the product. */
export interface DrillContent {
  slug: string;
  name: string;
  category: DrillCategory;
  difficulty: Difficulty;
  /** One or two sentences: what it is and why a sprinter does it. */
  description: string;
  /** Ordered steps, each one sentence an athlete can follow at the track. */
  instructions: string[];
  /** Typical prescription, e.g. "3 × 20 m, walk back recovery". */
  prescription: string;
  durationMin: number;
  equipment: string[];
  tags: string[];
  /** The body region the drill loads; an active lower-body injury removes every "lower" and "full" drill. */
  bodyRegion: BodyRegion;
  /** Session types this drill serves, used to raise drills for untrained session types. */
  trains: SessionType[];
}

export const MENTAL_EXERCISE_TYPES = [
  "visualization",
  "breathing",
  "meditation",
  "cognitive",
  "journaling",
  "affirmation",
  "planning",
] as const;
type MentalExerciseType = (typeof MENTAL_EXERCISE_TYPES)[number];

/** A mental performance exercise shipped with the product. */
export interface MentalExerciseContent {
  slug: string;
  name: string;
  type: MentalExerciseType;
  difficulty: Difficulty;
  description: string;
  instructions: string[];
  durationMin: number;
  equipment: string[];
  tags: string[];
  /** Moments it suits, e.g. "pre-race", "post-race", "injury", "daily", "sleep", "slump". */
  whenToUse: string[];
}
