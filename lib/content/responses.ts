import { z } from "zod";
import { BODY_REGIONS, DIFFICULTIES, DRILL_CATEGORIES, MENTAL_EXERCISE_TYPES } from "@/lib/content/catalog/types";
import { SESSION_TYPES } from "@/lib/core/domain";

/** The drill and mental-exercise catalog as the API answers it (`toDrillDto`, `toMentalExerciseDto`). */

export const drillResponse = z
  .object({
    slug: z.string(),
    name: z.string(),
    category: z.enum(DRILL_CATEGORIES),
    difficulty: z.enum(DIFFICULTIES),
    description: z.string(),
    instructions: z.array(z.string()),
    prescription: z.string(),
    duration_min: z.number(),
    equipment: z.array(z.string()),
    tags: z.array(z.string()),
    body_region: z.enum(BODY_REGIONS),
    trains: z.array(z.enum(SESSION_TYPES)).meta({ description: "The session types this drill serves." }),
  })
  .meta({
    id: "Drill",
    examples: [
      {
        slug: "a-skip",
        name: "A-skip",
        category: "technique-beginner",
        difficulty: "beginner",
        description: "A rhythmic skip with a high knee and an active foot strike that grooves front-side mechanics.",
        instructions: [
          "Stand tall with the hips high, eyes forward and arms bent at about 90 degrees.",
          "Skip forward, driving one knee up until the thigh is roughly parallel to the ground.",
          "Strike the ground down and back with the ball of the foot directly under the hips.",
        ],
        prescription: "3 × 20 m, walk-back recovery",
        duration_min: 8,
        equipment: [],
        tags: ["warm-up", "front-side mechanics", "posture"],
        body_region: "lower",
        trains: ["technique"],
      },
    ],
  });

/** `GET /api/v1/drills/recommended/{user_id}`: every drill in full, each with why it was picked, best first. */
export const recommendedDrillsResponse = z.object({
  as_of: z.iso.date(),
  experience_level: z.enum(DIFFICULTIES),
  drills: z.array(drillResponse.extend({ reason: z.string() })),
});

export const mentalExerciseResponse = z
  .object({
    slug: z.string(),
    name: z.string(),
    type: z.enum(MENTAL_EXERCISE_TYPES),
    difficulty: z.enum(DIFFICULTIES),
    description: z.string(),
    instructions: z.array(z.string()),
    duration_min: z.number(),
    equipment: z.array(z.string()),
    tags: z.array(z.string()),
    when_to_use: z.array(z.string()).meta({ description: "Moments it suits: pre-race, injury, sleep…" }),
  })
  .meta({
    id: "MentalExercise",
    examples: [
      {
        slug: "box-breathing",
        name: "Box breathing",
        type: "breathing",
        difficulty: "beginner",
        description: "An equal-count inhale, hold, exhale and hold that steadies your heart rate and sharpens focus.",
        instructions: [
          "Sit or stand tall with the shoulders relaxed.",
          "Breathe in through the nose for a count of four.",
          "Hold the breath gently for a count of four.",
          "Breathe out slowly through the mouth for a count of four.",
        ],
        duration_min: 4,
        equipment: [],
        tags: ["breathing", "focus", "calm"],
        when_to_use: ["pre-race", "pre-training", "daily"],
      },
    ],
  });

/** `GET /api/v1/mental/exercises`. */
export const mentalExercisesResponse = z.object({ exercises: z.array(mentalExerciseResponse) });
