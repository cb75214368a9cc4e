import { z } from "zod";
import { DRILLS } from "@/lib/content/catalog/drills";
import { MENTAL_EXERCISES } from "@/lib/content/catalog/mental-exercises";
import { BODY_REGIONS, DIFFICULTIES, DRILL_CATEGORIES, MENTAL_EXERCISE_TYPES } from "@/lib/content/catalog/types";
import { SESSION_TYPES } from "@/lib/core/domain";

// The document's examples are real entries of the shipped catalog, in the API's field names, never copies of them.
function drillExample(slug: string) {
  const { durationMin, bodyRegion, ...drill } = DRILLS.find((d) => d.slug === slug)!;
  return { ...drill, duration_min: durationMin, body_region: bodyRegion };
}

function mentalExerciseExample(slug: string) {
  const { durationMin, whenToUse, ...exercise } = MENTAL_EXERCISES.find((e) => e.slug === slug)!;
  return { ...exercise, duration_min: durationMin, when_to_use: whenToUse };
}

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
    examples: [drillExample("a-skip")],
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
    examples: [mentalExerciseExample("box-breathing")],
  });

/** `GET /api/v1/mental/exercises`. */
export const mentalExercisesResponse = z.object({ exercises: z.array(mentalExerciseResponse) });
