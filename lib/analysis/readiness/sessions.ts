import type { ExperienceLevel, SessionType } from "@/lib/core/domain";

/**
 * The sessions Aria prescribes for a day, by type and level: what a sprint coach would write on the board. Volumes
 * rise with experience; the effort is the session's target RPE (PRODUCT 2: 1–10).
 */

export interface SessionTemplate {
  durationMin: number;
  targetRpe: number;
  /** The main set, as a coach writes it ("6×20 m from a crouch, walk back"). */
  reps: Record<ExperienceLevel, string>;
  /** What the session is for, in a few words. */
  focus: string;
}

export const SESSION_TEMPLATES: Readonly<Record<SessionType, SessionTemplate>> = {
  acceleration: {
    durationMin: 50,
    targetRpe: 7,
    reps: {
      beginner: "5×20 m from a crouch start, walk back",
      intermediate: "6×20 m + 3×30 m from a crouch or blocks, 2–3 min rest",
      advanced: "4×20 m + 4×30 m from blocks, 3–4 min rest",
    },
    focus: "drive phase: push the ground back, stay low for the first steps",
  },
  max_velocity: {
    durationMin: 55,
    targetRpe: 8,
    reps: {
      beginner: "3×20 m flying (20 m build-up), 4 min rest",
      intermediate: "4×30 m flying (20 m build-up), 5 min rest",
      advanced: "5×30 m flying (25 m build-up), 6 min rest",
    },
    focus: "top speed: tall, relaxed, quick contacts",
  },
  speed_endurance: {
    durationMin: 60,
    targetRpe: 8,
    reps: {
      beginner: "3×80 m at 90 %, 6 min rest",
      intermediate: "3×120 m at 95 %, 8 min rest",
      advanced: "4×150 m at 95 %, 10 min rest",
    },
    focus: "holding form as speed fades",
  },
  special_endurance: {
    durationMin: 60,
    targetRpe: 9,
    reps: {
      beginner: "2×150 m at 90 %, 10 min rest",
      intermediate: "2×250 m at race pace, 12 min rest",
      advanced: "2×300 m at race pace, 15 min rest",
    },
    focus: "race-specific endurance",
  },
  tempo: {
    durationMin: 40,
    targetRpe: 5,
    reps: {
      beginner: "6×100 m at 70 % on grass, walk 100 m",
      intermediate: "8×100 m at 70 %, walk 100 m",
      advanced: "2×(6×100 m) at 70 %, 3 min between sets",
    },
    focus: "aerobic base and rhythm, never a race",
  },
  technique: {
    durationMin: 40,
    targetRpe: 4,
    reps: {
      beginner: "A-skips, B-skips, high knees 3×20 m each",
      intermediate: "A-runs and wicket runs 4×30 m",
      advanced: "wickets 5×40 m at rising spacing",
    },
    focus: "posture and front-side mechanics",
  },
  plyometrics: {
    durationMin: 35,
    targetRpe: 6,
    reps: {
      beginner: "pogo jumps and low hurdle hops, 4×10 contacts",
      intermediate: "bounds and hurdle hops, 5×8 contacts",
      advanced: "bounds, depth jumps and single-leg hops, 6×6 contacts",
    },
    focus: "stiff, reactive ground contacts",
  },
  strength: {
    durationMin: 50,
    targetRpe: 7,
    reps: {
      beginner: "goblet squat 3×8, hip thrust 3×10, core circuit",
      intermediate: "back squat 4×5, Romanian deadlift 3×6, core",
      advanced: "back squat 5×3, power clean 4×3, Nordic curls 3×5",
    },
    focus: "force for the first steps",
  },
  recovery: {
    durationMin: 25,
    targetRpe: 2,
    reps: {
      beginner: "easy walk or bike 15 min, mobility 10 min",
      intermediate: "easy bike 15 min, mobility and foam roller 10 min",
      advanced: "easy bike or pool 15 min, mobility and foam roller 10 min",
    },
    focus: "blood flow, nothing that loads",
  },
  competition: {
    durationMin: 90,
    targetRpe: 9,
    reps: {
      beginner: "your race, with a 40-minute warm-up that ends in 2 short starts",
      intermediate: "your race: 45-minute warm-up, drills, 3 build-ups and 2 starts",
      advanced: "your race: your usual call-room routine, 3 build-ups and 2–3 block starts",
    },
    focus: "race day",
  },
  other: {
    durationMin: 30,
    targetRpe: 4,
    reps: {
      beginner: "an easy session of your choice",
      intermediate: "an easy session of your choice",
      advanced: "an easy session of your choice",
    },
    focus: "staying active",
  },
};

/** A session with no sprinting at all, for a sore or injured lower body: the upper body and trunk still train. */
export const UPPER_BODY_SESSION = {
  type: "strength",
  durationMin: 40,
  targetRpe: 6,
  reps: "seated or upper-body work: bench or push-ups 4×8, rows 4×8, med-ball chest throws 3×6, core circuit",
  focus: "upper body and trunk, nothing that loads the injured area",
} as const;

/** Short and sharp the day or two before a race: speed without fatigue. */
export const TAPER_SESSION = {
  type: "acceleration",
  durationMin: 30,
  targetRpe: 6,
  reps: "drills, then 3×30 m from blocks at 95 % with full recovery",
  focus: "sharp, not tired: low volume, full rest between runs",
} as const;

/** The order Aria fills a missing session type in, most useful to a sprinter first (PRODUCT 4.2 variety). */
export const VARIETY_ORDER: readonly SessionType[] = [
  "acceleration",
  "max_velocity",
  "technique",
  "strength",
  "speed_endurance",
  "plyometrics",
  "tempo",
  "special_endurance",
];

/** Beginners build speed and technique first; race-pace work waits for a base. */
export const TYPES_BY_LEVEL: Readonly<Record<ExperienceLevel, readonly SessionType[]>> = {
  beginner: ["acceleration", "max_velocity", "technique", "strength", "plyometrics", "tempo"],
  intermediate: VARIETY_ORDER,
  advanced: VARIETY_ORDER,
};
