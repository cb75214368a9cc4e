import { z } from "zod";
import { BODY_REGIONS, DIFFICULTIES, DRILL_CATEGORIES, MENTAL_EXERCISE_TYPES } from "@/lib/content/catalog/types";
import { enumField, plainText } from "@/lib/core/validation";
import { blankAsMissing } from "@/lib/progress/schemas";

/** Filters of the drills library and the mental exercises, shared by the API and the library pages. */

export const drillsQuery = z.object({
  category: blankAsMissing(enumField(DRILL_CATEGORIES).optional()),
  difficulty: blankAsMissing(enumField(DIFFICULTIES).optional()),
  region: blankAsMissing(enumField(BODY_REGIONS).optional()),
  q: blankAsMissing(
    plainText("single-line").min(1, "must not be empty").max(100, "must be at most 100 characters").optional(),
  ),
});
export type DrillsQuery = z.output<typeof drillsQuery>;

const DRILL_LIMIT_MAX = 10;
const LIMIT_MESSAGE = `must be a whole number from 1 to ${DRILL_LIMIT_MAX}`;

/** `GET /api/v1/drills/recommended/{user_id}?limit=`: at most 10 (PRODUCT 4.3), 10 when left out. */
export const recommendedDrillsQuery = z.object({
  limit: blankAsMissing(
    z.coerce
      .number({ error: LIMIT_MESSAGE })
      .int(LIMIT_MESSAGE)
      .min(1, LIMIT_MESSAGE)
      .max(DRILL_LIMIT_MAX, LIMIT_MESSAGE)
      .default(DRILL_LIMIT_MAX),
  ),
});

export const mentalExercisesQuery = z.object({
  type: blankAsMissing(enumField(MENTAL_EXERCISE_TYPES).optional()),
});

/** Content slugs: lower-case words joined by dashes ("a-skip", "box-breathing"). */
export const contentSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(80);
