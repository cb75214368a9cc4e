import { desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { achievements, athleteProfiles, goals, progressMetrics, trainingSessions, users } from "@/db/schema";
import { figuresWithPainHistory } from "@/lib/analysis/figures";
import { loadSeries } from "@/lib/analysis/load";
import { readinessFromFigures } from "@/lib/analysis/readiness";
import { painZone } from "@/lib/analysis/sprint";
import { ACUTE_WINDOW_DAYS } from "@/lib/analysis/thresholds";
import { addDays, daysBetween } from "@/lib/core/dates";
import { MILESTONES } from "@/lib/core/domain";
import { analyzeOne } from "@/lib/insights/one";
import { byPriority, storeSuggestions } from "@/lib/insights/suggestions";
import { dueCheckIns } from "@/lib/notifications/check-ins";
import { planForDay, toPlannedInput } from "@/lib/plans/service";
import { athletePlanWeek } from "@/lib/plans/week";

/**
 * Everything the athlete's dashboard shows, as of today in the athlete's own zone, in a bounded number of
 * queries whatever the history length: the analysis inputs (nine), the drill library, the suggestion refresh
 * (a few statements), recent achievements, due check-ins, the first steps and the week's plan with its compliance.
 */

const CHART_DAYS = 42;

/**
 * PRODUCT 4.1: a brand-new account gets a welcome and a first-steps checklist, never a warning. Each step is done or
 * not from the athlete's own profile and data, over their whole history; the welcome shows until every step is done
 * or the first session is a week old.
 */
export interface FirstSteps {
  show: boolean;
  events: boolean;
  experience: boolean;
  session: boolean;
  /** A logged mark (the first is a personal best) or a best declared from before Aria. */
  pb: boolean;
}

interface FirstStepsRow {
  events: string[] | null;
  experienceYears: number | null;
  personalBests: Record<string, unknown> | null;
  firstSession: string | null;
  hasMark: boolean;
}

export function firstStepsFrom(row: FirstStepsRow | undefined, asOf: string): FirstSteps {
  const steps = {
    events: (row?.events?.length ?? 0) > 0,
    experience: row?.experienceYears != null,
    session: row?.firstSession != null,
    pb: Boolean(row?.hasMark) || Object.keys(row?.personalBests ?? {}).length > 0,
  };
  const weekOfHistory = row?.firstSession != null && daysBetween(row.firstSession, asOf) >= ACUTE_WINDOW_DAYS;
  return { show: !Object.values(steps).every(Boolean) && !weekOfHistory, ...steps };
}

/** One cheap statement: the profile row and two index lookups over the athlete's whole history. */
function loadFirstSteps(db: Database, userId: string) {
  return db
    .select({
      events: athleteProfiles.events,
      experienceYears: athleteProfiles.experienceYears,
      personalBests: athleteProfiles.personalBests,
      firstSession: sql<string | null>`(select min(${trainingSessions.date})::text from ${trainingSessions}
        where ${trainingSessions.userId} = ${users.id})`,
      hasMark: sql<boolean>`exists (select 1 from ${progressMetrics} where ${progressMetrics.userId} = ${users.id})`,
    })
    .from(users)
    .leftJoin(athleteProfiles, eq(athleteProfiles.userId, users.id))
    .where(eq(users.id, userId));
}

export async function athleteOverview(db: Database, userId: string, now = new Date()) {
  const { asOf, input, features, analysis } = await analyzeOne(db, userId);
  const figures = figuresWithPainHistory(features, input.painLogs);
  const [stored, recentAchievements, dueCheckInList, [firstStepsRow], plan] = await Promise.all([
    // Reading the dashboard refreshes the stored suggestions, so what it shows can be dismissed and is current.
    storeSuggestions(db, [{ userId, suggestions: analysis.suggestions }], now),
    db
      .select({ milestone: achievements.milestone, awardedAt: achievements.awardedAt, goalTitle: goals.title })
      .from(achievements)
      .innerJoin(goals, eq(goals.id, achievements.goalId))
      .where(eq(achievements.userId, userId))
      .orderBy(desc(achievements.awardedAt))
      .limit(5),
    dueCheckIns(db, userId, now),
    loadFirstSteps(db, userId),
    athletePlanWeek(db, userId, asOf),
  ]);
  const planned = planForDay(plan.week, asOf);
  const chartFrom = addDays(asOf, -(CHART_DAYS - 1));
  const awarded = new Map<string, number[]>();
  for (const a of input.achievements) awarded.set(a.goalId, [...(awarded.get(a.goalId) ?? []), a.milestone]);
  const goalReports = new Map(analysis.goals.goals.map((g) => [g.id, g]));

  return {
    asOf,
    // Today first (PRODUCT 4.8): the verdict, its reasons and the day's session, from the same figures.
    today: { ...readinessFromFigures(input, figures, planned ? toPlannedInput(planned) : null), planned },
    plan,
    suggestions: (stored.get(userId) ?? []).sort(byPriority),
    dueCheckIns: dueCheckInList,
    week: {
      sessions: figures.last7.length,
      minutes: figures.last7.reduce((total, s) => total + s.durationMin, 0),
      averageRpe: figures.averageRpe7,
      sessionsPerWeek: figures.sessionsPerWeek,
      negativeMoods: figures.negativeMoods28.length,
    },
    load: figures.load,
    chart: loadSeries(input.sessions, asOf).filter((point) => point.date >= chartFrom),
    lastSession: figures.lastSession,
    goals: input.goals
      .filter((g) => g.status !== "abandoned")
      .map((g) => ({
        ...g,
        progressPct: goalReports.get(g.id)?.progress_pct ?? 0,
        behindSchedule: goalReports.get(g.id)?.behind_schedule ?? false,
        milestones: MILESTONES.map((m) => ({ milestone: m, reached: (awarded.get(g.id) ?? []).includes(m) })),
      }))
      .sort((a, b) => a.targetDate.localeCompare(b.targetDate)),
    injuries: figures.injuries
      .filter((i) => i.injury.status !== "resolved")
      .map((i) => ({
        ...i.injury,
        // Oldest first, for the sparkline.
        pain: [...i.pain].reverse().slice(-14),
        latestPain: i.pain[0] ?? null,
        zone: i.pain[0] ? painZone(i.pain[0].level) : null,
      })),
    upcoming: input.calendar
      .filter((event) => event.startsAt >= now)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .slice(0, 4),
    drills: analysis.drills.drills.slice(0, 4),
    experienceLevel: analysis.drills.experience_level,
    recentAchievements,
    hasHistory: input.sessions.length > 0,
    firstSteps: firstStepsFrom(firstStepsRow, asOf),
  };
}

export type AthleteOverview = Awaited<ReturnType<typeof athleteOverview>>;
