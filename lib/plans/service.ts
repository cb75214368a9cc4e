import { and, asc, eq, gte, inArray, lte, or, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { coachAthletes, plannedSessions, trainingSessions, users } from "@/db/schema";
import { anyUuid, withinDates } from "@/db/sql";
import { type Compliance, compliance, mondayOf } from "@/lib/analysis/compliance";
import type { PlannedSessionInput } from "@/lib/analysis/readiness";
import { addDays, isoDate, todayIn } from "@/lib/core/dates";
import type { Principal } from "@/lib/core/domain";
import { errors } from "@/lib/core/errors";
import { type ListQuery, uuidField } from "@/lib/core/validation";
import { type PlannedSessionDto, toPlannedSessionDto } from "./responses";
import {
  type CopyWeekInput,
  type PlanFields,
  type PlanInput,
  type PlanTarget,
  type PlanUpdate,
  SQUAD,
} from "./schemas";

/**
 * Plans (PRODUCT 4.10). A coach plans sessions for the athletes linked to them, one at a time or the whole squad
 * at once; an athlete plans their own. Everyone who may read an athlete's sessions may read their plans; only
 * whoever planned a session may change or remove it, and a coach only while still linked to the athlete. Logging a
 * session links it to the day's plan: that happens in the sessions' one write path (lib/training/sessions.ts).
 */

type Caller = Pick<Principal, "userId" | "role">;
type PlanRow = typeof plannedSessions.$inferSelect;

// ---------------------------------------------------------------- whom a plan is for

async function linkedAthleteIds(db: Database, coachId: string, athleteId?: string): Promise<string[]> {
  const rows = await db
    .select({ id: coachAthletes.athleteId })
    .from(coachAthletes)
    .where(and(eq(coachAthletes.coachId, coachId), athleteId ? eq(coachAthletes.athleteId, athleteId) : undefined))
    .orderBy(asc(coachAthletes.createdAt), asc(coachAthletes.athleteId));
  return rows.map((row) => row.id);
}

/**
 * The athletes `athlete_id` names for this caller, or 400/403: an athlete plans only for themself; a coach for one
 * linked athlete or `squad`, every athlete linked to them (none linked is a 400 that says how to link one).
 */
async function planAthletes(db: Database, caller: Caller, target: PlanTarget): Promise<string[]> {
  const own = target === "me" || target === caller.userId;
  if (caller.role === "athlete") {
    if (own) return [caller.userId];
    throw errors.forbidden(
      target === SQUAD ? "Only a coach can plan for a squad." : "You can only plan your own sessions.",
    );
  }
  if (own) {
    throw errors.validation({
      athlete_id: "must be one of your athletes' ids, or 'squad': a coach plans for athletes",
    });
  }
  if (target === SQUAD) {
    const squad = await linkedAthleteIds(db, caller.userId);
    if (squad.length === 0) {
      throw errors.validation({ athlete_id: "no athlete is linked to you yet: share an invite code first" });
    }
    return squad;
  }
  if ((await linkedAthleteIds(db, caller.userId, target)).length === 0) {
    throw errors.forbidden("You can only plan for athletes linked to you.");
  }
  return [target];
}

const planValues = (input: PlanFields) => ({
  date: input.date,
  type: input.type,
  durationMin: input.duration_min ?? null,
  rpe: input.rpe ?? null,
  reps: input.reps ?? null,
  notes: input.notes ?? null,
});

// ---------------------------------------------------------------- writes

/** `POST /api/v1/plans`: one planned session for each athlete named, in one transaction and one INSERT. */
export async function createPlans(db: Database, caller: Caller, input: PlanInput): Promise<PlannedSessionDto[]> {
  return db.transaction(async (tx) => {
    const athleteIds = await planAthletes(tx, caller, input.athlete_id);
    const rows = await tx
      .insert(plannedSessions)
      .values(athleteIds.map((userId) => ({ userId, plannedBy: caller.userId, ...planValues(input) })))
      .returning();
    return rows.map(toPlannedSessionDto);
  });
}

/**
 * `POST /api/v1/plans/copy-week`: the caller's plans of the week starting `week_start` (a Monday) for the athletes
 * named, copied seven days on, not done yet. A plan already there (same athlete, day, type and planner) is not
 * copied again, so copying twice adds nothing. Only the caller's own plans are copied: an athlete's own extra
 * session is not the coach's to repeat.
 */
export async function copyWeek(db: Database, caller: Caller, input: CopyWeekInput): Promise<PlannedSessionDto[]> {
  return db.transaction(async (tx) => {
    const athleteIds = await planAthletes(tx, caller, input.athlete_id);
    const from = input.week_start;
    const rows = await tx
      .select()
      .from(plannedSessions)
      .where(
        and(
          anyUuid(plannedSessions.userId, athleteIds),
          eq(plannedSessions.plannedBy, caller.userId),
          withinDates(plannedSessions.date, { from, to: addDays(from, 13) }),
        ),
      )
      .orderBy(asc(plannedSessions.date), asc(plannedSessions.createdAt), asc(plannedSessions.id));
    const key = (userId: string, date: string, type: string) => `${userId} ${date} ${type}`;
    const nextWeek = addDays(from, 7);
    const already = new Set(rows.filter((r) => r.date >= nextWeek).map((r) => key(r.userId, r.date, r.type)));
    const copies = rows
      .filter((r) => r.date < nextWeek)
      .map((r) => ({ ...r, date: addDays(r.date, 7) }))
      .filter((r) => {
        const k = key(r.userId, r.date, r.type);
        if (already.has(k)) return false;
        already.add(k);
        return true;
      })
      .map((r) => ({
        userId: r.userId,
        plannedBy: caller.userId,
        date: r.date,
        type: r.type,
        durationMin: r.durationMin,
        rpe: r.rpe,
        reps: r.reps,
        notes: r.notes,
      }));
    if (copies.length === 0) return [];
    return (await tx.insert(plannedSessions).values(copies).returning()).map(toPlannedSessionDto);
  });
}

/**
 * The plan the caller may change: 404 when they cannot see it (not theirs, not a linked athlete's, not an id),
 * 403 when they can see it but someone else planned it.
 */
async function editablePlan(db: Database, caller: Caller, id: string): Promise<PlanRow> {
  if (!uuidField.safeParse(id).success) throw errors.notFound("planned session");
  const [row] = await db
    .select()
    .from(plannedSessions)
    .where(and(eq(plannedSessions.id, id), visibleTo(caller.userId, db)))
    .limit(1);
  if (!row) throw errors.notFound("planned session");
  if (row.plannedBy !== caller.userId) {
    throw errors.forbidden(
      row.userId === caller.userId
        ? "Your coach planned this session: only they can change or remove it."
        : "Only whoever planned this session can change or remove it.",
    );
  }
  return row;
}

/** `PATCH /api/v1/plans/items/{id}`. Moving a done plan to another day unlinks its session, which stays where it was. */
export async function updatePlan(
  db: Database,
  caller: Caller,
  id: string,
  input: PlanUpdate,
  now = new Date(),
): Promise<PlannedSessionDto> {
  const plan = await editablePlan(db, caller, id);
  const moved = input.date !== undefined && input.date !== plan.date;
  const [row] = await db
    .update(plannedSessions)
    .set({
      ...(input.date !== undefined ? { date: input.date } : {}),
      ...(input.type !== undefined ? { type: input.type } : {}),
      ...(input.duration_min !== undefined ? { durationMin: input.duration_min } : {}),
      ...(input.rpe !== undefined ? { rpe: input.rpe } : {}),
      ...(input.reps !== undefined ? { reps: input.reps } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(moved ? { sessionId: null } : {}),
      updatedAt: now,
    })
    .where(and(eq(plannedSessions.id, plan.id), eq(plannedSessions.plannedBy, caller.userId)))
    .returning();
  if (!row) throw errors.notFound("planned session");
  return toPlannedSessionDto(row);
}

/** `DELETE /api/v1/plans/items/{id}`: a session linked to it stays, now extra. */
export async function deletePlan(db: Database, caller: Caller, id: string): Promise<void> {
  const plan = await editablePlan(db, caller, id);
  const deleted = await db
    .delete(plannedSessions)
    .where(and(eq(plannedSessions.id, plan.id), eq(plannedSessions.plannedBy, caller.userId)))
    .returning({ id: plannedSessions.id });
  if (deleted.length === 0) throw errors.notFound("planned session");
}

// ---------------------------------------------------------------- reads

/** Plans of athletes the viewer may read: their own and their linked athletes'. */
function visibleTo(viewerId: string, db: Database): SQL | undefined {
  return or(
    eq(plannedSessions.userId, viewerId),
    inArray(
      plannedSessions.userId,
      db.select({ id: coachAthletes.athleteId }).from(coachAthletes).where(eq(coachAthletes.coachId, viewerId)),
    ),
  );
}

const byDate = [asc(plannedSessions.date), asc(plannedSessions.createdAt), asc(plannedSessions.id)];

/**
 * `GET /api/v1/plans/{user_id}`: the plans of one athlete or several (a coach's week view of the squad) in one
 * query, oldest first; `from` and `to` are inclusive. Whether the caller may read them is decided before.
 */
export async function listPlans(
  db: Database,
  userIds: readonly string[],
  query: Partial<Pick<ListQuery, "from" | "to" | "limit">>,
): Promise<PlannedSessionDto[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select()
    .from(plannedSessions)
    .where(and(anyUuid(plannedSessions.userId, userIds), withinDates(plannedSessions.date, query)))
    .orderBy(...byDate)
    .limit(query.limit ?? 500);
  return rows.map(toPlannedSessionDto);
}

/**
 * The one plan readiness follows on a day (PRODUCT 4.8): the first planned that is not done yet, or else the
 * first planned. Null on a day with nothing planned.
 */
export function planForDay(plans: readonly PlannedSessionDto[], date: string): PlannedSessionDto | null {
  const day = plans.filter((p) => p.date === date);
  return day.find((p) => p.session_id === null) ?? day[0] ?? null;
}

/** A planned session as the readiness rules take it. */
export function toPlannedInput(plan: PlannedSessionDto): PlannedSessionInput {
  return { type: plan.type, durationMin: plan.duration_min, rpe: plan.rpe, reps: plan.reps, notes: plan.notes };
}

/** The Monday–Sunday week of `date`, as readiness and Aria see it: its plans with whether each is done. */
export function weekPlans(plans: readonly PlannedSessionDto[], date: string): PlannedSessionDto[] {
  const monday = mondayOf(date);
  const sunday = addDays(monday, 6);
  return plans.filter((p) => p.date >= monday && p.date <= sunday);
}

/**
 * Compliance (PRODUCT 4.10) of many athletes at once, each over the last `days` days ending on today in their own
 * zone: one query for their zones, their plans and the sessions linked to them.
 */
export async function athleteCompliance(
  db: Database,
  userIds: readonly string[],
  days: number,
  now: Date = new Date(),
): Promise<Map<string, Compliance>> {
  const result = new Map<string, Compliance>();
  for (const [userId, [figures]] of await athleteComplianceOver(db, userIds, [days], now)) {
    if (figures) result.set(userId, figures);
  }
  return result;
}

/**
 * Compliance of many athletes over several windows at once (the roster's 7 and 28 days), each window ending on
 * today in the athlete's own zone: one query over the longest window, every figure from the one rule
 * (`compliance`). Each athlete's figures come in the order of `windows`.
 */
export async function athleteComplianceOver(
  db: Database,
  userIds: readonly string[],
  windows: readonly number[],
  now: Date = new Date(),
): Promise<Map<string, Compliance[]>> {
  const result = new Map<string, Compliance[]>();
  if (userIds.length === 0 || windows.length === 0) return result;
  const longest = Math.max(...windows);
  // Each athlete's today is within a day of the UTC date.
  const utcToday = isoDate(now);
  const rows = await db
    .select({
      userId: users.id,
      timezone: users.timezone,
      date: plannedSessions.date,
      durationMin: plannedSessions.durationMin,
      rpe: plannedSessions.rpe,
      sessionId: trainingSessions.id,
      sessionMinutes: trainingSessions.durationMin,
      sessionRpe: trainingSessions.rpe,
    })
    .from(users)
    .leftJoin(
      plannedSessions,
      and(
        eq(plannedSessions.userId, users.id),
        gte(plannedSessions.date, addDays(utcToday, -longest)),
        lte(plannedSessions.date, addDays(utcToday, 1)),
      ),
    )
    .leftJoin(trainingSessions, eq(trainingSessions.id, plannedSessions.sessionId))
    .where(anyUuid(users.id, userIds));
  const byUser = new Map<string, typeof rows>();
  for (const row of rows) {
    const own = byUser.get(row.userId);
    if (own) own.push(row);
    else byUser.set(row.userId, [row]);
  }
  for (const [userId, own] of byUser) {
    const asOf = todayIn(own[0]!.timezone, now);
    const planned = own.filter((r) => r.date !== null);
    const plans = planned.map((r) => ({
      date: r.date!,
      durationMin: r.durationMin,
      rpe: r.rpe,
      sessionId: r.sessionId,
    }));
    const sessions = planned
      .filter((r) => r.sessionId !== null)
      .map((r) => ({ id: r.sessionId!, durationMin: r.sessionMinutes!, rpe: r.sessionRpe! }));
    result.set(
      userId,
      windows.map((days) => compliance(plans, sessions, asOf, days)),
    );
  }
  return result;
}

/** `GET /api/v1/plans/{user_id}/compliance`: one athlete's, once the caller may read them. */
export async function complianceOf(db: Database, userId: string, days: number, now = new Date()): Promise<Compliance> {
  const found = (await athleteCompliance(db, [userId], days, now)).get(userId);
  if (!found) throw errors.notFound("athlete");
  return found;
}
