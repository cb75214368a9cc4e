import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { mentalExercises } from "@/db/schema";
import { CACHE_TTL_SECONDS, cached, cacheKeys } from "@/lib/cache";
import { errors } from "@/lib/core/errors";
import { contentSlug } from "./schemas";

/** Mental performance exercises (PRODUCT 3), read through the cache (PRODUCT 5). */

type ExerciseRow = typeof mentalExercises.$inferSelect;

export interface MentalExerciseDto {
  slug: string;
  name: string;
  type: string;
  difficulty: ExerciseRow["difficulty"];
  description: string;
  instructions: string[];
  duration_min: number;
  equipment: string[];
  tags: string[];
  when_to_use: string[];
}

function toMentalExerciseDto(row: ExerciseRow): MentalExerciseDto {
  return {
    slug: row.slug,
    name: row.name,
    type: row.type,
    difficulty: row.difficulty,
    description: row.description,
    instructions: row.instructions,
    duration_min: row.durationMin,
    equipment: row.equipment,
    tags: row.tags,
    when_to_use: row.whenToUse,
  };
}

/** Stands for every type, in the cache key and for the loader. */
const ALL_TYPES = "all";

/**
 * The loader behind `GET /api/v1/mental/exercises?type=` (and the cache warm-up): the exercises of one type, or of
 * every type for "all", by type then name.
 */
export async function listMentalExercises(db: Database, type: string): Promise<{ exercises: MentalExerciseDto[] }> {
  const rows = await db
    .select()
    .from(mentalExercises)
    .where(type === ALL_TYPES ? undefined : eq(mentalExercises.type, type))
    .orderBy(asc(mentalExercises.type), asc(mentalExercises.name));
  return { exercises: rows.map(toMentalExerciseDto) };
}

/** The cached read (PRODUCT 5: 24 hours; cleared by any change to the exercises, i.e. the seed). */
export function cachedMentalExercises(db: Database, type: string | undefined) {
  const key = type ?? ALL_TYPES;
  return cached(cacheKeys.mentalExercises(key), CACHE_TTL_SECONDS.mentalExercises, () => listMentalExercises(db, key));
}

/** `GET /api/v1/mental/exercises/{slug}`. */
export async function getMentalExercise(db: Database, slug: string): Promise<MentalExerciseDto> {
  if (!contentSlug.safeParse(slug).success) throw errors.notFound("exercise");
  const [row] = await db.select().from(mentalExercises).where(eq(mentalExercises.slug, slug)).limit(1);
  if (!row) throw errors.notFound("exercise");
  return toMentalExerciseDto(row);
}
