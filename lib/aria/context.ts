import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { athleteProfiles, mentalExercises, users } from "@/db/schema";
import { figuresWithPainHistory } from "@/lib/analysis/figures";
import { readinessFromFigures } from "@/lib/analysis/readiness";
import { personalBests } from "@/lib/analysis/sprint";
import { notesForAthlete } from "@/lib/coach/notes";
import { addDays, isoDate } from "@/lib/core/dates";
import { analyzeOne } from "@/lib/insights/one";
import { listPlans, planForDay, toPlannedInput, weekPlans } from "@/lib/plans/service";
import type { AthleteContext } from "./context-types";
import { athleteSprintProfiles, sprintProfileBrief } from "./sprint-profile";

/**
 * The compact, current summary of an athlete that every prompt carries: the analysis engine's view (nine bounded
 * queries, as the dashboard) plus the athlete's name and events, three mental exercises, their coaches' latest
 * notes and their plans around today (four more queries), and the reading of their sprint profiles with the drills
 * for its focus (two more). Today's readiness is judged from the same input, figures and plans: no query of its own.
 */

const PAIN_TREND_POINTS = 7;
const DRILLS = 4;
const EXERCISES = 3;
const COACH_NOTES = 3;
/** The week of the athlete's today, whichever side of the UTC date it falls, lies within this many days of it. */
const WEEK_REACH_DAYS = 7;
const round = (value: number | null, digits = 2) =>
  value === null || !Number.isFinite(value) ? null : Math.round(value * 10 ** digits) / 10 ** digits;

export async function buildAthleteContext(db: Database, userId: string, now = new Date()): Promise<AthleteContext> {
  const utcToday = isoDate(now);
  const [{ asOf, input, features, analysis }, [person], notes, plans] = await Promise.all([
    analyzeOne(db, userId),
    db
      .select({ name: users.name, timezone: users.timezone, events: athleteProfiles.events })
      .from(users)
      .leftJoin(athleteProfiles, eq(athleteProfiles.userId, users.id))
      .where(eq(users.id, userId))
      .limit(1),
    notesForAthlete(db, userId),
    listPlans(db, [userId], { from: addDays(utcToday, -WEEK_REACH_DAYS), to: addDays(utcToday, WEEK_REACH_DAYS) }),
  ]);
  const todaysPlan = planForDay(plans, asOf);
  const figures = figuresWithPainHistory(features, input.painLogs);
  const level = analysis.drills.experience_level;
  const hurting = figures.injuries.some((i) => i.injury.status !== "resolved");
  const [exercises, sprint] = await Promise.all([
    db
      .select({
        slug: mentalExercises.slug,
        name: mentalExercises.name,
        type: mentalExercises.type,
        durationMin: mentalExercises.durationMin,
      })
      .from(mentalExercises)
      .where(
        inArray(
          mentalExercises.difficulty,
          level === "beginner" ? ["beginner"] : level === "intermediate" ? ["beginner", "intermediate"] : [level],
        ),
      )
      .orderBy(asc(mentalExercises.type), asc(mentalExercises.name))
      .limit(30),
    athleteSprintProfiles(db, input, asOf),
  ]);
  const goalReports = new Map(analysis.goals.goals.map((g) => [g.id, g]));
  const nextCompetition = input.calendar
    .filter((event) => event.type === "competition" && event.startsAt >= now)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];

  return {
    name: person?.name ?? "athlete",
    as_of: asOf,
    timezone: person?.timezone ?? input.timezone,
    experience_level: level,
    events: person?.events ?? [],
    week: {
      sessions: figures.last7.length,
      minutes: figures.last7.reduce((total, s) => total + s.durationMin, 0),
      average_rpe: round(figures.averageRpe7, 1),
      sessions_per_week_28d: round(figures.sessionsPerWeek, 1) ?? 0,
    },
    last_session: figures.lastSession
      ? {
          date: figures.lastSession.date,
          type: figures.lastSession.type,
          duration_min: figures.lastSession.durationMin,
          rpe: figures.lastSession.rpe,
        }
      : null,
    load: {
      acute: Math.round(figures.load.acute),
      chronic: Math.round(figures.load.chronic),
      acwr: round(figures.load.acwr),
      zone: figures.load.acwrZone,
      monotony: round(figures.load.monotony),
    },
    suggestions: analysis.suggestions
      .slice(0, 5)
      .map(({ type, priority, title, message }) => ({ type, priority, title, message })),
    injuries: figures.injuries
      .filter((i) => i.injury.status === "active" || i.injury.status === "recovering")
      .map((i) => ({
        body_part: i.injury.bodyPart,
        side: i.injury.side,
        status: i.injury.status as "active" | "recovering",
        onset_date: i.injury.onsetDate,
        latest_pain: i.pain[0] ? { level: i.pain[0].level, date: i.pain[0].date } : null,
        pain_trend: i.pain
          .slice(0, PAIN_TREND_POINTS)
          .reverse()
          .map((p) => p.level),
      })),
    goals: input.goals
      .filter((g) => g.status === "active")
      .sort((a, b) => a.targetDate.localeCompare(b.targetDate))
      .map((g) => ({
        title: g.title,
        metric: g.metric,
        progress_pct: goalReports.get(g.id)?.progress_pct ?? 0,
        target_date: g.targetDate,
        behind_schedule: goalReports.get(g.id)?.behind_schedule ?? false,
      })),
    personal_bests: personalBests(input.metrics)
      .filter((pb) => pb.best)
      .map((pb) => ({ metric: pb.metric, value: pb.best!.value, unit: pb.unit, date: pb.best!.date })),
    next_competition: nextCompetition
      ? { title: nextCompetition.title, date: nextCompetition.startsAt.toISOString().slice(0, 10) }
      : null,
    recommended_drills: analysis.drills.drills
      .slice(0, DRILLS)
      .map((d) => ({ slug: d.slug, name: d.name, reason: d.reason })),
    mental_exercises: pickExercises(exercises, hurting).map((e) => ({
      slug: e.slug,
      name: e.name,
      type: e.type,
      duration_min: e.durationMin,
    })),
    coach_notes: notes.slice(0, COACH_NOTES).map((n) => ({
      coach: n.coach.name,
      about:
        n.target_type === "session"
          ? `your session, ${n.target_label}`
          : n.target_type === "suggestion"
            ? `Aria's suggestion ${n.target_label}`
            : "your training in general",
      body: n.body,
      date: n.created_at.slice(0, 10),
    })),
    plan_this_week: weekPlans(plans, asOf).map((p) => ({
      date: p.date,
      type: p.type,
      duration_min: p.duration_min,
      rpe: p.rpe,
      reps: p.reps,
      done: p.session_id !== null,
    })),
    today: readinessFromFigures(input, figures, todaysPlan ? toPlannedInput(todaysPlan) : null),
    sprint_profile: sprintProfileBrief(sprint),
  };
}

/** Three exercises of different types where possible (imagery first while injured: it keeps skills warm). */
function pickExercises<T extends { type: string }>(rows: readonly T[], hurting: boolean): T[] {
  const ordered = hurting
    ? [...rows].sort((a, b) => Number(b.type === "visualization") - Number(a.type === "visualization"))
    : [...rows];
  const picked: T[] = [];
  const types = new Set<string>();
  for (const row of ordered) {
    if (picked.length >= EXERCISES) break;
    if (types.has(row.type)) continue;
    types.add(row.type);
    picked.push(row);
  }
  for (const row of ordered) {
    if (picked.length >= EXERCISES) break;
    if (!picked.includes(row)) picked.push(row);
  }
  return picked;
}
