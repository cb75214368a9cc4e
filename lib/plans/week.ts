import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { coachAthletes, plannedSessions, trainingSessions, users } from "@/db/schema";
import { anyUuid, withinDates } from "@/db/sql";
import { type Compliance, compliance, mondayOf } from "@/lib/analysis/compliance";
import { addDays, daysBetween, todayIn } from "@/lib/core/dates";
import { type PlannedSessionDto, toPlannedSessionDto } from "./responses";

/**
 * A week of plans as people read it (PRODUCT 4.10): the athlete's dashboard card and calendar, and the coach's
 * week view. Weeks run Monday to Sunday; "today" is the athlete's own.
 */

export type PlanStatus = "done" | "missed" | "today" | "upcoming";

/**
 * Where a plan stands on `today`: done once a session is linked to it, missed when its day passed without one, else
 * due today or still to come.
 */
export function planStatus(plan: Pick<PlannedSessionDto, "date" | "session_id">, today: string): PlanStatus {
  if (plan.session_id !== null) return "done";
  if (plan.date < today) return "missed";
  return plan.date === today ? "today" : "upcoming";
}

export interface PlannedDay extends PlannedSessionDto {
  status: PlanStatus;
  /** Who planned it, by name; the athlete's own name when they planned it themself. */
  planned_by_name: string;
}

export interface AthletePlanWeek {
  /** The Monday of the week shown. */
  monday: string;
  /** The plans of the athlete's week, Monday to Sunday, oldest first. */
  week: PlannedDay[];
  /** Monday to today: what the week's plan asked so far against what was done. */
  thisWeek: Compliance;
  compliance7: Compliance;
  compliance28: Compliance;
}

const COMPLIANCE_LONG_DAYS = 28;
const COMPLIANCE_SHORT_DAYS = 7;

const plannedColumns = {
  plan: plannedSessions,
  plannerName: users.name,
  sessionMinutes: trainingSessions.durationMin,
  sessionRpe: trainingSessions.rpe,
};

const byDate = [asc(plannedSessions.date), asc(plannedSessions.createdAt), asc(plannedSessions.id)];

/**
 * One athlete's plan for the week of `asOf` and their compliance over that week, 7 and 28 days, in one query: the
 * plans from 28 days back to the week's Sunday, with who planned them and the sessions that fulfilled them.
 * The figures come from the same rule as `athleteCompliance` (lib/analysis/compliance.ts).
 */
export async function athletePlanWeek(db: Database, userId: string, asOf: string): Promise<AthletePlanWeek> {
  const monday = mondayOf(asOf);
  const sunday = addDays(monday, 6);
  const from = addDays(asOf, -(COMPLIANCE_LONG_DAYS - 1));
  const rows = await db
    .select(plannedColumns)
    .from(plannedSessions)
    .innerJoin(users, eq(users.id, plannedSessions.plannedBy))
    .leftJoin(trainingSessions, eq(trainingSessions.id, plannedSessions.sessionId))
    .where(
      and(
        eq(plannedSessions.userId, userId),
        withinDates(plannedSessions.date, { from: from < monday ? from : monday, to: sunday }),
      ),
    )
    .orderBy(...byDate);
  const plans = rows.map((row) => ({
    date: row.plan.date,
    durationMin: row.plan.durationMin,
    rpe: row.plan.rpe,
    sessionId: row.plan.sessionId,
  }));
  const sessions = rows.flatMap((row) =>
    row.plan.sessionId !== null && row.sessionMinutes !== null && row.sessionRpe !== null
      ? [{ id: row.plan.sessionId, durationMin: row.sessionMinutes, rpe: row.sessionRpe }]
      : [],
  );
  return {
    monday,
    week: rows
      .filter((row) => row.plan.date >= monday)
      .map((row) => {
        const dto = toPlannedSessionDto(row.plan);
        return { ...dto, status: planStatus(dto, asOf), planned_by_name: row.plannerName };
      }),
    thisWeek: compliance(plans, sessions, asOf, daysBetween(monday, asOf) + 1),
    compliance7: compliance(plans, sessions, asOf, COMPLIANCE_SHORT_DAYS),
    compliance28: compliance(plans, sessions, asOf, COMPLIANCE_LONG_DAYS),
  };
}

export interface SquadPlanAthlete {
  id: string;
  name: string;
  /** Today in the athlete's own zone, which decides whether a plan of theirs is missed or still due. */
  today: string;
  plans: PlannedDay[];
}

/**
 * A coach's week view: every athlete linked to them, by name, with their plans from Monday `monday` to Sunday, in
 * one query.
 */
export async function coachPlanWeek(
  db: Database,
  coachId: string,
  monday: string,
  now: Date = new Date(),
): Promise<SquadPlanAthlete[]> {
  const planner = alias(users, "planner");
  const rows = await db
    .select({
      athleteId: users.id,
      athleteName: users.name,
      timezone: users.timezone,
      plan: plannedSessions,
      plannerName: planner.name,
    })
    .from(coachAthletes)
    .innerJoin(users, eq(users.id, coachAthletes.athleteId))
    .leftJoin(
      plannedSessions,
      and(
        eq(plannedSessions.userId, users.id),
        withinDates(plannedSessions.date, { from: monday, to: addDays(monday, 6) }),
      ),
    )
    .leftJoin(planner, eq(planner.id, plannedSessions.plannedBy))
    .where(eq(coachAthletes.coachId, coachId))
    .orderBy(asc(users.name), asc(users.id), ...byDate);
  const athletes = new Map<string, SquadPlanAthlete>();
  for (const row of rows) {
    let athlete = athletes.get(row.athleteId);
    if (!athlete) {
      athlete = { id: row.athleteId, name: row.athleteName, today: todayIn(row.timezone, now), plans: [] };
      athletes.set(row.athleteId, athlete);
    }
    if (row.plan) {
      const dto = toPlannedSessionDto(row.plan);
      athlete.plans.push({ ...dto, status: planStatus(dto, athlete.today), planned_by_name: row.plannerName ?? "" });
    }
  }
  return [...athletes.values()];
}

/** The plans of one athlete for a range of days (the calendar's month), each with whether it is done. */
export async function athletePlansBetween(
  db: Database,
  userId: string,
  range: { from: string; to: string },
  today: string,
): Promise<PlannedDay[]> {
  const rows = await db
    .select({ plan: plannedSessions, plannerName: users.name })
    .from(plannedSessions)
    .innerJoin(users, eq(users.id, plannedSessions.plannedBy))
    .where(and(anyUuid(plannedSessions.userId, [userId]), withinDates(plannedSessions.date, range)))
    .orderBy(...byDate);
  return rows.map((row) => {
    const dto = toPlannedSessionDto(row.plan);
    return { ...dto, status: planStatus(dto, today), planned_by_name: row.plannerName };
  });
}
