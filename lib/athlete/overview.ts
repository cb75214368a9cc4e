import type { Database } from "@/db/client";
import { loadAthleteInputs } from "@/db/queries/athlete-inputs";
import { computeFigures } from "@/lib/analysis/figures";
import { painZone } from "@/lib/analysis/sprint";
import { generateSuggestions } from "@/lib/analysis/suggestions";
import { isoDate, todayIn } from "@/lib/dates";

/** What the athlete's dashboard shows, computed from current data as of today in the athlete's own zone. */
export async function athleteOverview(db: Database, user: { id: string; timezone: string }, now = new Date()) {
  const asOf = todayIn(user.timezone, now);
  const input = (await loadAthleteInputs(db, [user.id], isoDate(now))).get(user.id);
  if (!input) return null;
  const figures = computeFigures(input, asOf);
  const upcoming = input.calendar
    .filter((event) => event.startsAt >= now)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .slice(0, 3);
  return {
    asOf,
    suggestions: generateSuggestions(input, asOf),
    week: {
      sessions: figures.last7.length,
      minutes: figures.last7.reduce((total, s) => total + s.durationMin, 0),
      averageRpe: figures.averageRpe7,
      sessionsPerWeek: figures.sessionsPerWeek,
    },
    load: figures.load,
    lastSession: figures.lastSession,
    injuries: figures.injuries
      .filter((i) => i.injury.status !== "resolved")
      .map((i) => ({
        ...i.injury,
        latestPain: i.pain[0] ?? null,
        zone: i.pain[0] ? painZone(i.pain[0].level) : null,
      })),
    upcoming,
    hasHistory: input.sessions.length > 0,
  };
}
