import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { achievements, goals } from "@/db/schema";
import { computeFigures } from "@/lib/analysis/figures";
import { loadSeries } from "@/lib/analysis/load";
import { readinessFromFigures } from "@/lib/analysis/readiness";
import { painZone } from "@/lib/analysis/sprint";
import { addDays } from "@/lib/core/dates";
import { MILESTONES } from "@/lib/core/domain";
import { analyzeOne } from "@/lib/insights/one";
import { byPriority, storeSuggestions } from "@/lib/insights/suggestions";
import { dueCheckIns } from "@/lib/notifications/check-ins";

/**
 * Everything the athlete's dashboard shows, as of today in the athlete's own zone, in a bounded number of
 * queries whatever the history length: the analysis inputs (nine), the drill library, the suggestion refresh
 * (a few statements), recent achievements and due check-ins.
 */

const CHART_DAYS = 42;

export async function athleteOverview(db: Database, userId: string, now = new Date()) {
  const { asOf, input, analysis } = await analyzeOne(db, userId);
  const figures = computeFigures(input, asOf);
  const [stored, recentAchievements, dueCheckInList] = await Promise.all([
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
  ]);
  const chartFrom = addDays(asOf, -(CHART_DAYS - 1));
  const awarded = new Map<string, number[]>();
  for (const a of input.achievements) awarded.set(a.goalId, [...(awarded.get(a.goalId) ?? []), a.milestone]);
  const goalReports = new Map(analysis.goals.goals.map((g) => [g.id, g]));

  return {
    asOf,
    // Today first (PRODUCT 4.8): the verdict, its reasons and the day's session, from the same figures.
    today: readinessFromFigures(input, figures, null),
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
  };
}

export type AthleteOverview = Awaited<ReturnType<typeof athleteOverview>>;
