import { and, desc, eq, gte, inArray, lte, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { coachAthletes, type RepDetail, trainingSessions } from "@/db/schema";
import { invalidate } from "@/lib/cache";
import { errors } from "@/lib/core/errors";
import type { ListQuery } from "@/lib/core/validation";
import type { RepSetInput, SessionInput, SessionUpdate } from "./schemas";

/**
 * Training sessions: the athlete writes their own; they and their linked coaches read them. Every committed write
 * clears the athlete's cached reads that depend on sessions (PRODUCT 5). Aria's logging tool writes through here too.
 */

type SessionRow = typeof trainingSessions.$inferSelect;

export function toSessionDto(row: SessionRow) {
  return {
    id: row.id,
    date: row.date,
    type: row.type,
    duration_min: row.durationMin,
    rpe: row.rpe,
    mood: row.mood,
    notes: row.notes,
    reps: row.reps?.map(toRepSetDto) ?? null,
    /** Foster session RPE load: RPE × minutes (PRODUCT 4.2). */
    load: row.rpe * row.durationMin,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
export type SessionDto = ReturnType<typeof toSessionDto>;

function toRepSetDto(set: RepDetail) {
  return {
    reps: set.reps,
    distance_m: set.distanceM ?? null,
    times_s: set.timesS ?? null,
    rest_s: set.restS ?? null,
    note: set.note ?? null,
  };
}

function toRepDetails(sets: readonly RepSetInput[] | null | undefined): RepDetail[] | null {
  if (!sets || sets.length === 0) return null;
  return sets.map((set) => ({
    reps: set.reps,
    ...(set.distance_m !== undefined ? { distanceM: set.distance_m } : {}),
    ...(set.times_s !== undefined ? { timesS: set.times_s } : {}),
    ...(set.rest_s !== undefined ? { restS: set.rest_s } : {}),
    ...(set.note ? { note: set.note } : {}),
  }));
}

/** Rows of `userColumn` the viewer may read: their own and their linked athletes'. */
function visibleTo(userColumn: PgColumn, viewerId: string, db: Database): SQL | undefined {
  return or(
    eq(userColumn, viewerId),
    inArray(
      userColumn,
      db.select({ id: coachAthletes.athleteId }).from(coachAthletes).where(eq(coachAthletes.coachId, viewerId)),
    ),
  );
}

export async function createSession(db: Database, userId: string, input: SessionInput): Promise<SessionDto> {
  const [row] = await db
    .insert(trainingSessions)
    .values({
      userId,
      date: input.date,
      type: input.type,
      durationMin: input.duration_min,
      rpe: input.rpe,
      mood: input.mood ?? null,
      notes: input.notes ?? null,
      reps: toRepDetails(input.reps),
    })
    .returning();
  if (!row) throw new Error("insert returned no session");
  await invalidate.sessionWritten(userId);
  return toSessionDto(row);
}

/** The athlete's sessions, newest first (by date, then by when they were logged). */
export async function listSessions(db: Database, userId: string, query: ListQuery): Promise<SessionDto[]> {
  const rows = await db
    .select()
    .from(trainingSessions)
    .where(
      and(
        eq(trainingSessions.userId, userId),
        query.from ? gte(trainingSessions.date, query.from) : undefined,
        query.to ? lte(trainingSessions.date, query.to) : undefined,
      ),
    )
    .orderBy(desc(trainingSessions.date), desc(trainingSessions.createdAt), desc(trainingSessions.id))
    .limit(query.limit);
  return rows.map(toSessionDto);
}

/** One session the viewer may read (their own or a linked athlete's); anything else is 404, never 403. */
export async function getSession(db: Database, viewerId: string, id: string): Promise<SessionDto> {
  const [row] = await db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.id, id), visibleTo(trainingSessions.userId, viewerId, db)))
    .limit(1);
  if (!row) throw errors.notFound("session");
  return toSessionDto(row);
}

export async function updateSession(
  db: Database,
  userId: string,
  id: string,
  input: SessionUpdate,
  now = new Date(),
): Promise<SessionDto> {
  const [row] = await db
    .update(trainingSessions)
    .set({
      ...(input.date !== undefined ? { date: input.date } : {}),
      ...(input.type !== undefined ? { type: input.type } : {}),
      ...(input.duration_min !== undefined ? { durationMin: input.duration_min } : {}),
      ...(input.rpe !== undefined ? { rpe: input.rpe } : {}),
      ...(input.mood !== undefined ? { mood: input.mood } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.reps !== undefined ? { reps: toRepDetails(input.reps) } : {}),
      updatedAt: now,
    })
    .where(and(eq(trainingSessions.id, id), eq(trainingSessions.userId, userId)))
    .returning();
  if (!row) throw errors.notFound("session");
  await invalidate.sessionWritten(userId);
  return toSessionDto(row);
}

export async function deleteSession(db: Database, userId: string, id: string): Promise<void> {
  const deleted = await db
    .delete(trainingSessions)
    .where(and(eq(trainingSessions.id, id), eq(trainingSessions.userId, userId)))
    .returning({ id: trainingSessions.id });
  if (deleted.length === 0) throw errors.notFound("session");
  await invalidate.sessionWritten(userId);
}
