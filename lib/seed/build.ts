import type {
  achievements,
  athleteProfiles,
  calendarEvents,
  coachAthletes,
  goals,
  injuries,
  nutritionLogs,
  painLogs,
  plannedSessions,
  progressMetrics,
  trainingSessions,
  users,
  wellnessLogs,
} from "@/db/schema";
import { matchSessionsToPlans, mondayOf } from "@/lib/analysis/compliance";
import { addDays, daysBetween } from "@/lib/core/dates";
import { SeededRandom } from "@/lib/core/random";
import { daysToSaturdayFrom, type LocalCalendar, localCalendar } from "@/lib/seed/clock";
import { DEMO_COACH } from "@/lib/seed/coach";
import { DEMO_SQUAD } from "@/lib/seed/demo";
import { evaluateGoal } from "@/lib/seed/goals";
import { DEMO_HISTORY_DAYS } from "@/lib/seed/history";
import { dayOfMeals, NUTRITION_DAYS } from "@/lib/seed/nutrition";
import type { AthletePlan, EventPlan, SquadMember } from "@/lib/seed/plan-types";
import { sprintTestInputs } from "@/lib/seed/sprint-tests";
import type { SprintProfileInputBody } from "@/lib/sprint-profiles/schemas";

/**
 * Turns the squad's plans into rows. Pure and deterministic: the same instant and password hash always give the
 * same rows, ids included. Each person's days are counted back from their own local date at `now`, and every
 * time of day is placed through their zone.
 */

export interface DemoData {
  users: (typeof users.$inferInsert)[];
  athleteProfiles: (typeof athleteProfiles.$inferInsert)[];
  coachAthletes: (typeof coachAthletes.$inferInsert)[];
  trainingSessions: (typeof trainingSessions.$inferInsert)[];
  plannedSessions: (typeof plannedSessions.$inferInsert)[];
  wellnessLogs: (typeof wellnessLogs.$inferInsert)[];
  progressMetrics: (typeof progressMetrics.$inferInsert)[];
  goals: (typeof goals.$inferInsert)[];
  achievements: (typeof achievements.$inferInsert)[];
  injuries: (typeof injuries.$inferInsert)[];
  painLogs: (typeof painLogs.$inferInsert)[];
  calendarEvents: (typeof calendarEvents.$inferInsert)[];
  nutritionLogs: (typeof nutritionLogs.$inferInsert)[];
  /**
   * Not rows: each athlete's timed sprints as the sprint profile service takes them, which fits the model and
   * stores the profiles (the one write path of that table).
   */
  sprintTests: { userId: string; inputs: SprintProfileInputBody[] }[];
}

/** Row ids come from one sequence, so a given instant always yields the same ids. */
const ID_SEED = 0x0a21a5ed;
const HOUR_MS = 3_600_000;

/** The person the rows being built belong to: their id, their calendar, and the shared id sequence. */
interface Owner {
  userId: string;
  calendar: LocalCalendar;
  ids: SeededRandom;
}

export function buildDemoData(now: Date, passwordHash: string): DemoData {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new Error("the demo squad is seeded as of a valid instant");
  }
  const ids = new SeededRandom(ID_SEED);
  const data: DemoData = {
    users: [],
    athleteProfiles: [],
    coachAthletes: [],
    trainingSessions: [],
    plannedSessions: [],
    wellnessLogs: [],
    progressMetrics: [],
    goals: [],
    achievements: [],
    injuries: [],
    painLogs: [],
    calendarEvents: [],
    nutritionLogs: [],
    sprintTests: [],
  };
  const coach: Owner = { userId: ids.uuid(), calendar: localCalendar(DEMO_COACH.timezone, now), ids };
  data.users.push(coachRow(coach, passwordHash));
  data.calendarEvents.push(...eventRows(coach, DEMO_COACH.calendar));
  for (const member of DEMO_SQUAD) addAthlete(data, member, coach.userId, now, passwordHash, ids);
  return data;
}

function coachRow({ userId, calendar }: Owner, passwordHash: string): typeof users.$inferInsert {
  const { lastActive } = DEMO_COACH;
  return {
    id: userId,
    email: DEMO_COACH.email,
    name: DEMO_COACH.name,
    passwordHash,
    role: "coach",
    timezone: DEMO_COACH.timezone,
    active: true,
    lastActiveAt: calendar.logged(lastActive.d, lastActive.hh, lastActive.mm),
    createdAt: calendar.logged(DEMO_COACH.createdD, 10, 0),
  };
}

function addAthlete(
  data: DemoData,
  member: SquadMember,
  coachId: string,
  now: Date,
  passwordHash: string,
  ids: SeededRandom,
): void {
  const plan = member.plan();
  const owner: Owner = { userId: ids.uuid(), calendar: localCalendar(plan.timezone, now), ids };
  // Birth date and meals draw from their own sequence, so they never shift the plan's jitter.
  const extras = new SeededRandom(`${member.athlete.email}:extras`);
  data.users.push(athleteRow(owner, member, plan, passwordHash));
  data.athleteProfiles.push(profileRow(owner, plan, extras));
  data.coachAthletes.push({
    coachId,
    athleteId: owner.userId,
    createdAt: owner.calendar.logged(DEMO_HISTORY_DAYS, 12, 0),
  });
  const sessions = sessionRows(owner, plan);
  data.trainingSessions.push(...sessions);
  data.plannedSessions.push(...plannedRows(owner, plan, coachId, sessions, member.athlete.email));
  data.wellnessLogs.push(...wellnessRows(owner, plan));
  data.progressMetrics.push(...metricRows(owner, plan));
  const goalsAndMilestones = goalRows(owner, plan);
  data.goals.push(...goalsAndMilestones.goals);
  data.achievements.push(...goalsAndMilestones.achievements);
  const injuriesAndPain = injuryRows(owner, plan);
  data.injuries.push(...injuriesAndPain.injuries);
  data.painLogs.push(...injuriesAndPain.painLogs);
  data.calendarEvents.push(...eventRows(owner, plan.calendar));
  if (plan.nutritionScale !== null) data.nutritionLogs.push(...nutritionRows(owner, plan, plan.nutritionScale, extras));
  data.sprintTests.push({
    userId: owner.userId,
    inputs: sprintTestInputs(plan.sprintTests, owner.calendar, member.athlete.email),
  });
}

function athleteRow(
  { userId, calendar }: Owner,
  member: SquadMember,
  plan: AthletePlan,
  passwordHash: string,
): typeof users.$inferInsert {
  return {
    id: userId,
    email: member.athlete.email,
    name: member.athlete.name,
    passwordHash,
    role: "athlete",
    timezone: plan.timezone,
    active: true,
    lastActiveAt: calendar.logged(plan.lastActiveD, 20, 30),
    createdAt: calendar.logged(DEMO_HISTORY_DAYS + 2, 19, 0),
  };
}

const DAYS_PER_YEAR = 365.25;

function profileRow(
  { userId, calendar }: Owner,
  plan: AthletePlan,
  extras: SeededRandom,
): typeof athleteProfiles.$inferInsert {
  // A birthday somewhere in the year, so that the age is `ageYears` today.
  const ageDays = Math.round((plan.ageYears + 0.1 + 0.8 * extras.float()) * DAYS_PER_YEAR);
  return {
    userId,
    events: plan.events,
    experienceYears: plan.experienceYears,
    birthDate: calendar.day(ageDays),
    sex: plan.sex,
    personalBests: Object.fromEntries(
      Object.entries(plan.personalBests).map(([metric, best], i) => [
        metric,
        { ...best, date: calendar.day(200 + 45 * i) },
      ]),
    ),
  };
}

/** Newest first, and by type within a day, so that ids follow one fixed order. */
function sessionRows({ userId, calendar, ids }: Owner, plan: AthletePlan): (typeof trainingSessions.$inferInsert)[] {
  const byType = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...plan.sessions]
    .sort((a, b) => b.d - a.d || byType(a.type, b.type))
    .map((s) => ({
      id: ids.uuid(),
      userId,
      date: calendar.day(s.d),
      type: s.type,
      durationMin: s.min,
      rpe: s.rpe,
      mood: s.mood,
      notes: s.notes,
      reps: s.reps ?? null,
      createdAt: calendar.logged(s.d, 19, 0),
    }));
}

const WEEK_DAYS = 7;
/** The coach plans each week on the Sunday evening before it. */
const PLANNING_HOUR = 18;

/**
 * Last week's and this week's plan (Monday to Sunday in the athlete's zone) from the coach's routine and changes,
 * each day that has passed linked to that day's sessions by the engine's own rule: the story's sessions make the
 * gaps (a planned day with no session is missed; a session on an unplanned day is extra). Ids come from their own
 * sequence, so that adding plans never moved the other rows' ids.
 */
function plannedRows(
  { userId, calendar }: Owner,
  plan: AthletePlan,
  coachId: string,
  sessions: readonly (typeof trainingSessions.$inferInsert)[],
  email: string,
): (typeof plannedSessions.$inferInsert)[] {
  const ids = new SeededRandom(`${email}:plans`);
  const lastMonday = addDays(mondayOf(calendar.today), -WEEK_DAYS);
  const rows: (typeof plannedSessions.$inferInsert & { id: string })[] = [];
  for (let offset = 0; offset < 2 * WEEK_DAYS; offset++) {
    const date = addDays(lastMonday, offset);
    const d = daysBetween(date, calendar.today);
    const change = plan.planned.changes?.[d];
    const slot = change !== undefined ? change : plan.planned.routine[(((6 - d) % WEEK_DAYS) + WEEK_DAYS) % WEEK_DAYS];
    if (!slot) continue;
    const plannedOn = daysBetween(addDays(mondayOf(date), -1), calendar.today);
    rows.push({
      id: ids.uuid(),
      userId,
      date,
      type: slot.type,
      durationMin: slot.min,
      rpe: slot.rpe,
      reps: slot.reps,
      notes: slot.notes ?? null,
      plannedBy: coachId,
      sessionId: null,
      createdAt: calendar.logged(plannedOn, PLANNING_HOUR, 0),
    });
  }
  // On a day with several sessions, they pair in the order `sessionRows` gives them (by type).
  const logged = sessions.map((s) => ({ id: s.id!, date: s.date, type: s.type }));
  const links = matchSessionsToPlans(
    rows.filter((r) => r.date <= calendar.today),
    logged,
  );
  return rows.map((row) => ({ ...row, sessionId: links.get(row.id) ?? null }));
}

function wellnessRows({ userId, calendar, ids }: Owner, plan: AthletePlan): (typeof wellnessLogs.$inferInsert)[] {
  return plan.wellness.map((w) => ({
    id: ids.uuid(),
    userId,
    date: calendar.day(w.d),
    sleep: w.sleep,
    stress: w.stress,
    fatigue: w.fatigue,
    soreness: w.soreness,
    notes: w.notes ?? null,
    createdAt: calendar.logged(w.d, 7, 30),
  }));
}

function metricRows({ userId, calendar, ids }: Owner, plan: AthletePlan): (typeof progressMetrics.$inferInsert)[] {
  return [...plan.metrics]
    .sort((a, b) => b.d - a.d)
    .map((m) => ({
      id: ids.uuid(),
      userId,
      metric: m.metric,
      value: m.value,
      unit: m.unit,
      timing: m.timing ?? null,
      windMps: m.wind ?? null,
      date: calendar.day(m.d),
      notes: m.notes ?? null,
      createdAt: calendar.logged(m.d, 20, 0),
    }));
}

function goalRows({ userId, calendar, ids }: Owner, plan: AthletePlan) {
  const rows = { goals: [] as (typeof goals.$inferInsert)[], achievements: [] as (typeof achievements.$inferInsert)[] };
  for (const goal of plan.goals) {
    const goalId = ids.uuid();
    const outcome = evaluateGoal(goal, plan.metrics);
    rows.goals.push({
      id: goalId,
      userId,
      title: goal.title,
      metric: goal.metric,
      baselineValue: goal.baseline,
      targetValue: goal.target,
      currentValue: outcome.currentValue,
      progressPct: outcome.progressPct,
      targetDate: calendar.day(-goal.dueIn),
      status: outcome.status,
      achievedAt: outcome.achievedD === null ? null : calendar.logged(outcome.achievedD, 20, 5),
      createdAt: calendar.logged(goal.setD, 21, 0),
    });
    for (const { milestone, d } of outcome.milestones) {
      rows.achievements.push({ id: ids.uuid(), goalId, userId, milestone, awardedAt: calendar.logged(d, 20, 5) });
    }
  }
  return rows;
}

function injuryRows({ userId, calendar, ids }: Owner, plan: AthletePlan) {
  const rows = { injuries: [] as (typeof injuries.$inferInsert)[], painLogs: [] as (typeof painLogs.$inferInsert)[] };
  for (const injury of plan.injuries) {
    const injuryId = ids.uuid();
    rows.injuries.push({
      id: injuryId,
      userId,
      bodyPart: injury.bodyPart,
      side: injury.side,
      severity: injury.severity,
      status: injury.status,
      onsetDate: calendar.day(injury.onsetD),
      resolvedDate: injury.resolvedD === undefined ? null : calendar.day(injury.resolvedD),
      notes: injury.notes,
      createdAt: calendar.logged(injury.onsetD, 21, 0),
    });
    for (const pain of injury.pain) {
      rows.painLogs.push({
        id: ids.uuid(),
        injuryId,
        userId,
        level: pain.level,
        date: calendar.day(pain.d),
        notes: pain.notes ?? null,
        createdAt: calendar.logged(pain.d, 21, 15),
      });
    }
  }
  return rows;
}

function eventRows({ userId, calendar, ids }: Owner, events: readonly EventPlan[]) {
  return events.map((event): typeof calendarEvents.$inferInsert => {
    const ahead =
      event.at > 0 && event.type === "competition" ? daysToSaturdayFrom(calendar.today, event.at) : event.at;
    const startsAt = calendar.at(-ahead, event.hh);
    return {
      id: ids.uuid(),
      userId,
      title: event.title,
      type: event.type,
      startsAt,
      endsAt: new Date(startsAt.getTime() + event.hours * HOUR_MS),
      location: event.location ?? null,
      notes: event.notes ?? null,
    };
  });
}

function nutritionRows(
  { userId, calendar, ids }: Owner,
  plan: AthletePlan,
  scale: number,
  extras: SeededRandom,
): (typeof nutritionLogs.$inferInsert)[] {
  const trainingDays = new Set(plan.sessions.map((s) => s.d));
  const rows: (typeof nutritionLogs.$inferInsert)[] = [];
  for (let d = NUTRITION_DAYS - 1; d >= 0; d--) {
    for (const { hh, ...entry } of dayOfMeals(scale, trainingDays.has(d), extras)) {
      rows.push({ id: ids.uuid(), userId, date: calendar.day(d), ...entry, createdAt: calendar.logged(d, hh, 0) });
    }
  }
  return rows;
}
