import { and, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { coachAthletes, type RepDetail, trainingSessions } from "@/db/schema";
import { chunked, withinDates } from "@/db/sql";
import { invalidate } from "@/lib/cache";
import { errors } from "@/lib/core/errors";
import type { ListQuery } from "@/lib/core/validation";
import type { SessionResponse } from "./responses";
import type { RepSetInput, SessionInput, SessionUpdate } from "./schemas";

/**
 * Training sessions: the athlete writes their own; they and their linked coaches read them. Every committed write
 * clears the athlete's cached reads that depend on sessions (PRODUCT 5). New sessions have one write path,
 * `insertSessions`: the API's create, the CSV import and Aria's logging tool all go through it (STYLE 10).
 */

type SessionRow = typeof trainingSessions.$inferSelect;

export function toSessionDto(row: SessionRow): SessionResponse {
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

/** Stored rep detail as the input schema reads it (absent fields left out, not null), so an export imports back. */
export function toRepSetInputs(sets: readonly RepDetail[] | null): RepSetInput[] | null {
  if (!sets || sets.length === 0) return null;
  return sets.map((set) => ({
    reps: set.reps,
    ...(set.distanceM !== undefined ? { distance_m: set.distanceM } : {}),
    ...(set.timesS !== undefined ? { times_s: set.timesS } : {}),
    ...(set.restS !== undefined ? { rest_s: set.restS } : {}),
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

/**
 * The one write path for new sessions: inputs the API's schema has validated in, stored rows out, in input order.
 * Every row is stored in one transaction or none is; the athlete's cached reads are cleared once it commits.
 */
export async function insertSessions(
  db: Database,
  userId: string,
  inputs: readonly SessionInput[],
): Promise<SessionDto[]> {
  if (inputs.length === 0) return [];
  const values = inputs.map((input) => ({
    userId,
    date: input.date,
    type: input.type,
    durationMin: input.duration_min,
    rpe: input.rpe,
    mood: input.mood ?? null,
    notes: input.notes ?? null,
    reps: toRepDetails(input.reps),
  }));
  const rows = await db.transaction(async (tx) => {
    const stored: SessionRow[] = [];
    for (const chunk of chunked(values)) stored.push(...(await tx.insert(trainingSessions).values(chunk).returning()));
    return stored;
  });
  if (rows.length !== inputs.length) throw new Error("insert returned fewer sessions than it was given");
  await invalidate.sessionWritten(userId);
  return rows.map(toSessionDto);
}

/** `POST /api/v1/sessions`. */
export async function createSession(db: Database, userId: string, input: SessionInput): Promise<SessionDto> {
  const [session] = await insertSessions(db, userId, [input]);
  return session!;
}

/** The athlete's sessions, newest first (by date, then by when they were logged). */
export async function listSessions(db: Database, userId: string, query: ListQuery): Promise<SessionDto[]> {
  const rows = await db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.userId, userId), withinDates(trainingSessions.date, query)))
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
