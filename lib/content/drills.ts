import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { drills } from "@/db/schema";
import { recommendDrills } from "@/lib/analysis/drills";
import { CACHE_TTL_SECONDS, cached, cacheKeys } from "@/lib/cache";
import { isoDate, todayIn } from "@/lib/core/dates";
import type { ExperienceLevel } from "@/lib/core/domain";
import { errors } from "@/lib/core/errors";
import { loadAthleteInputs } from "@/lib/insights/athlete-inputs";
import { contentSlug, type DrillsQuery } from "./schemas";

/** The drills library and drill recommendations (PRODUCT 3, 4.3). */

type DrillRow = typeof drills.$inferSelect;

export interface DrillDto {
  slug: string;
  name: string;
  category: string;
  difficulty: DrillRow["difficulty"];
  description: string;
  instructions: string[];
  prescription: string;
  duration_min: number;
  equipment: string[];
  tags: string[];
  body_region: DrillRow["bodyRegion"];
  trains: string[];
}

function toDrillDto(row: DrillRow): DrillDto {
  return {
    slug: row.slug,
    name: row.name,
    category: row.category,
    difficulty: row.difficulty,
    description: row.description,
    instructions: row.instructions,
    prescription: row.prescription,
    duration_min: row.durationMin,
    equipment: row.equipment,
    tags: row.tags,
    body_region: row.bodyRegion,
    trains: row.trains,
  };
}

/** `%text%` for ILIKE, with `\`, `%` and `_` in the text matched literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Name, description or any tag contains `q`, case-insensitively, in SQL. */
function searchCondition(q: string): SQL {
  const pattern = containsPattern(q);
  return sql`(${drills.name} ilike ${pattern} escape '\\' or ${drills.description} ilike ${pattern} escape '\\'
    or exists (select 1 from unnest(${drills.tags}) as tag where tag ilike ${pattern} escape '\\'))`;
}

/** `GET /api/v1/drills?category=&difficulty=&region=&q=`, ordered by category then name. */
export async function listDrills(db: Database, query: DrillsQuery): Promise<DrillDto[]> {
  const rows = await db
    .select()
    .from(drills)
    .where(
      and(
        query.category ? eq(drills.category, query.category) : undefined,
        query.difficulty ? eq(drills.difficulty, query.difficulty) : undefined,
        query.region ? eq(drills.bodyRegion, query.region) : undefined,
        query.q ? searchCondition(query.q) : undefined,
      ),
    )
    .orderBy(asc(drills.category), asc(drills.name));
  return rows.map(toDrillDto);
}

/** `GET /api/v1/drills/{slug}`. */
export async function getDrill(db: Database, slug: string): Promise<DrillDto> {
  if (!contentSlug.safeParse(slug).success) throw errors.notFound("drill");
  const [row] = await db.select().from(drills).where(eq(drills.slug, slug)).limit(1);
  if (!row) throw errors.notFound("drill");
  return toDrillDto(row);
}

interface RecommendedDrillsDto {
  as_of: string;
  experience_level: ExperienceLevel;
  drills: (DrillDto & { reason: string })[];
}

/**
 * The loader behind `GET /api/v1/drills/recommended/{user_id}` (and the cache warm-up): `recommendDrills` over the
 * athlete's data as of today in their zone, each drill in full with its reason, best first.
 */
export async function recommendedDrillsFor(
  db: Database,
  userId: string,
  limit: number,
  now: Date = new Date(),
): Promise<RecommendedDrillsDto> {
  // The inputs carry a day of margin either side of the UTC date, so the athlete's own "today" is covered.
  const [inputs, library] = await Promise.all([
    loadAthleteInputs(db, [userId], isoDate(now)),
    db.select().from(drills).orderBy(asc(drills.category), asc(drills.slug)),
  ]);
  const input = inputs.get(userId);
  if (!input) throw errors.notFound("athlete");
  const asOf = todayIn(input.timezone, now);
  const picks = recommendDrills(input, library, asOf, limit);
  const bySlug = new Map(library.map((row) => [row.slug, row]));
  return {
    as_of: asOf,
    experience_level: picks.experienceLevel,
    drills: picks.drills.map((pick) => ({ ...toDrillDto(bySlug.get(pick.slug)!), reason: pick.reason })),
  };
}

/** The cached read (PRODUCT 5: one hour; cleared by a new session, and here by an injury change). */
export function cachedRecommendedDrills(db: Database, userId: string, limit: number) {
  return cached(cacheKeys.recommendedDrills(userId, limit), CACHE_TTL_SECONDS.recommendedDrills, () =>
    recommendedDrillsFor(db, userId, limit),
  );
}
