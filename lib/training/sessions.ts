import { and, desc, eq, inArray, ne, or, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { coachAthletes, plannedSessions, type RepDetail, trainingSessions } from "@/db/schema";
import { chunked, jsonRows, withinDates } from "@/db/sql";
import { invalidate } from "@/lib/cache";
import { errors } from "@/lib/core/errors";
import type { ListQuery } from "@/lib/core/validation";
import type { SessionResponse } from "./responses";
import type { RepSetInput, SessionInput, SessionUpdate } from "./schemas";

/**
 * Training sessions: the athlete writes their own; they and their linked coaches read them. Every committed write
 * clears the athlete's cached reads that depend on sessions (PRODUCT 5). New sessions have one write path,
 * `insertSessions`: the API's create, the CSV import and Aria's logging tool all go through it (STYLE 10), and it
 * links each new session to the day's plan (PRODUCT 4.10) in the same transaction.
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
    await linkToPlans(tx, userId, stored);
    return stored;
  });
  if (rows.length !== inputs.length) throw new Error("insert returned fewer sessions than it was given");
  await invalidate.sessionWritten(userId);
  return rows.map(toSessionDto);
}

/**
 * Links new sessions to the athlete's plans of their dates that are not done yet (PRODUCT 4.10), by the rule of
 * `matchSessionsToPlans` (lib/analysis/compliance.ts), for a whole batch in one statement: on each date, one plan to
 * one session, same type first (the k-th plan of a type, in the order planned, to the k-th session of that type, in
 * the order given), then the plans and sessions left over in the same order. A session with no plan left on its
 * day stays extra. A plan another write has linked meanwhile is left as it is.
 */
async function linkToPlans(tx: Database, userId: string, sessions: readonly SessionRow[]): Promise<void> {
  if (sessions.length === 0) return;
  const batch = sessions.map((s, ord) => ({ id: s.id, date: s.date, type: s.type, ord }));
  await tx.execute(sql`
    with s as (
      select id, date, type, ord from ${jsonRows(batch, "id uuid, date date, type text, ord int", "s")}
    ),
    p as (
      select id, date, type, created_at from planned_sessions
      where user_id = ${userId} and session_id is null and date in (select date from s)
    ),
    same_type as (
      select p.id as plan_id, s.id as session_id
      from (select id, date, type, row_number() over (partition by date, type order by created_at, id) as k from p) p
      join (select id, date, type, row_number() over (partition by date, type order by ord) as k from s) s
        on s.date = p.date and s.type = p.type and s.k = p.k
    ),
    other_type as (
      select p.id as plan_id, s.id as session_id
      from (
        select id, date, row_number() over (partition by date order by created_at, id) as k
        from p where id not in (select plan_id from same_type)
      ) p
      join (
        select id, date, row_number() over (partition by date order by ord) as k
        from s where id not in (select session_id from same_type)
      ) s
        on s.date = p.date and s.k = p.k
    )
    update planned_sessions set session_id = pairs.session_id, updated_at = now()
    from (select plan_id, session_id from same_type union all select plan_id, session_id from other_type) as pairs
    where planned_sessions.id = pairs.plan_id and planned_sessions.session_id is null
  `);
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
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
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
    if (!updated) throw errors.notFound("session");
    if (input.date !== undefined) await relinkMoved(tx, updated);
    return updated;
  });
  await invalidate.sessionWritten(userId);
  return toSessionDto(row);
}

/**
 * A session whose date is edited no longer fulfils the plan of the day it left, and may fulfil one on its new day
 * (a plan is only ever linked to a session of its own date, so once unlinked the session is free to link again).
 */
async function relinkMoved(tx: Database, session: SessionRow): Promise<void> {
  await tx
    .update(plannedSessions)
    .set({ sessionId: null, updatedAt: sql`now()` })
    .where(and(eq(plannedSessions.sessionId, session.id), ne(plannedSessions.date, session.date)));
  const [linked] = await tx
    .select({ id: plannedSessions.id })
    .from(plannedSessions)
    .where(eq(plannedSessions.sessionId, session.id))
    .limit(1);
  if (!linked) await linkToPlans(tx, session.userId, [session]);
}

export async function deleteSession(db: Database, userId: string, id: string): Promise<void> {
  const deleted = await db
    .delete(trainingSessions)
    .where(and(eq(trainingSessions.id, id), eq(trainingSessions.userId, userId)))
    .returning({ id: trainingSessions.id });
  if (deleted.length === 0) throw errors.notFound("session");
  await invalidate.sessionWritten(userId);
}
