import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { hashPassword } from "@/lib/accounts/password";
import { invalidate } from "@/lib/cache";
import { DRILLS } from "@/lib/content/catalog/drills";
import { MENTAL_EXERCISES } from "@/lib/content/catalog/mental-exercises";
import { buildDemoData, type DemoData } from "@/lib/seed/build";
import { DEMO_COACH_EMAIL, DEMO_PASSWORD } from "@/lib/seed/demo-accounts";
import { insertSprintProfiles } from "@/lib/sprint-profiles/service";

export type SeedProgress = (message: string) => void;

/** Upserts the shipped drills and mental exercises by slug: running it again changes nothing but edited text. */
export async function seedContent(db: Database, progress: SeedProgress = () => {}) {
  await db.transaction(async (tx) => {
    await tx
      .insert(schema.drills)
      .values(DRILLS)
      .onConflictDoUpdate({
        target: schema.drills.slug,
        set: {
          name: sql`excluded.name`,
          category: sql`excluded.category`,
          difficulty: sql`excluded.difficulty`,
          description: sql`excluded.description`,
          instructions: sql`excluded.instructions`,
          prescription: sql`excluded.prescription`,
          durationMin: sql`excluded.duration_min`,
          equipment: sql`excluded.equipment`,
          tags: sql`excluded.tags`,
          bodyRegion: sql`excluded.body_region`,
          trains: sql`excluded.trains`,
          updatedAt: sql`now()`,
        },
      });
    await tx
      .insert(schema.mentalExercises)
      .values(MENTAL_EXERCISES)
      .onConflictDoUpdate({
        target: schema.mentalExercises.slug,
        set: {
          name: sql`excluded.name`,
          type: sql`excluded.type`,
          difficulty: sql`excluded.difficulty`,
          description: sql`excluded.description`,
          instructions: sql`excluded.instructions`,
          durationMin: sql`excluded.duration_min`,
          equipment: sql`excluded.equipment`,
          tags: sql`excluded.tags`,
          whenToUse: sql`excluded.when_to_use`,
          updatedAt: sql`now()`,
        },
      });
  });
  // A seed that changes the exercises must not leave day-old copies in the cache (PRODUCT 5).
  await invalidate.mentalExercisesChanged();
  progress(`content: ${DRILLS.length} drills, ${MENTAL_EXERCISES.length} mental exercises`);
  return { drills: DRILLS.length, mentalExercises: MENTAL_EXERCISES.length };
}

// Parent tables before children, so that every foreign key already points at a row.
const DEMO_TABLES: { key: keyof DemoData; table: PgTable; label: string }[] = [
  { key: "users", table: schema.users, label: "users" },
  { key: "athleteProfiles", table: schema.athleteProfiles, label: "athlete profiles" },
  { key: "coachAthletes", table: schema.coachAthletes, label: "coach links" },
  { key: "trainingSessions", table: schema.trainingSessions, label: "training sessions" },
  { key: "plannedSessions", table: schema.plannedSessions, label: "planned sessions" },
  { key: "wellnessLogs", table: schema.wellnessLogs, label: "wellness logs" },
  { key: "progressMetrics", table: schema.progressMetrics, label: "progress metrics" },
  { key: "goals", table: schema.goals, label: "goals" },
  { key: "achievements", table: schema.achievements, label: "achievements" },
  { key: "injuries", table: schema.injuries, label: "injuries" },
  { key: "painLogs", table: schema.painLogs, label: "pain logs" },
  { key: "calendarEvents", table: schema.calendarEvents, label: "calendar events" },
  { key: "nutritionLogs", table: schema.nutritionLogs, label: "nutrition logs" },
];

// Stays well under PostgreSQL's 65,535 bind parameters per statement.
const INSERT_CHUNK = 500;

export interface SeedOptions {
  /** The instant the demo history ends at (each athlete's own local date then is their "today"); now by default. */
  now?: Date;
  progress?: SeedProgress;
}

/** Loads the demo coach and athletes once; when the demo coach already exists it leaves everything as it is. */
export async function seedDemo(db: Database, options: SeedOptions = {}) {
  const progress = options.progress ?? (() => {});
  const existing = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(sql`lower(${schema.users.email}) = ${DEMO_COACH_EMAIL}`)
    .limit(1);
  if (existing.length > 0) {
    progress("demo: already present, left unchanged");
    return { created: false, rows: 0 };
  }
  const data = buildDemoData(options.now ?? new Date(), await hashPassword(DEMO_PASSWORD));
  let rows = 0;
  await db.transaction(async (tx) => {
    for (const { key, table, label } of DEMO_TABLES) {
      const values = data[key] as Record<string, unknown>[];
      for (let start = 0; start < values.length; start += INSERT_CHUNK) {
        await tx.insert(table).values(values.slice(start, start + INSERT_CHUNK));
      }
      rows += values.length;
      progress(`demo: ${values.length} ${label}`);
    }
    // Through the service, which fits each sprint as it fits any athlete's.
    let profiles = 0;
    for (const { userId, inputs } of data.sprintTests) {
      profiles += (await insertSprintProfiles(tx, userId, inputs)).length;
    }
    rows += profiles;
    progress(`demo: ${profiles} sprint profiles`);
  });
  return { created: true, rows };
}

export async function seed(db: Database, options: SeedOptions = {}) {
  const content = await seedContent(db, options.progress);
  const demo = await seedDemo(db, options);
  return { ...content, demo };
}

/**
 * First start on an empty embedded database: loads the content and the demo data by itself, reporting each step.
 * Answers whether it seeded.
 */
export async function seedIfEmpty(db: Database, progress: SeedProgress): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(schema.users);
  if ((row?.count ?? 0) > 0) return false;
  progress("empty database: loading the drills, the mental exercises and the demo squad");
  await seed(db, { progress });
  return true;
}
