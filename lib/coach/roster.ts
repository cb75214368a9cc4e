import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { coachAthletes, users } from "@/db/schema";
import { computeFigures } from "@/lib/analysis/figures";
import { type Readiness, readinessFromFigures } from "@/lib/analysis/readiness";
import { generateSuggestions } from "@/lib/analysis/suggestions";
import { daysBetween, isoDate, todayIn } from "@/lib/core/dates";
import { loadAthleteInputs } from "@/lib/insights/athlete-inputs";
import { COACH_FLAG_LABELS, type TriageFlag, triage } from "./triage";

/**
 * The coach's squad with each athlete's risk flags, computed from current data (not from the last scheduled run)
 * in a bounded number of queries: the links, then the analysis inputs of every athlete at once.
 */
export async function squadRoster(db: Database, coachId: string, now = new Date()) {
  const linked = await db
    .select({ id: users.id, name: users.name, timezone: users.timezone })
    .from(coachAthletes)
    .innerJoin(users, eq(users.id, coachAthletes.athleteId))
    .where(eq(coachAthletes.coachId, coachId))
    .orderBy(asc(users.name));
  const inputs = await loadAthleteInputs(
    db,
    linked.map((a) => a.id),
    isoDate(now),
  );
  const athletes = linked.map((athlete) => {
    const asOf = todayIn(athlete.timezone, now);
    const input = inputs.get(athlete.id);
    const figures = input ? computeFigures(input, asOf) : null;
    const suggestions = input ? generateSuggestions(input, asOf) : [];
    const flags: TriageFlag[] = suggestions.map((s) => ({
      type: s.type,
      priority: s.priority,
      title: COACH_FLAG_LABELS[s.type],
    }));
    const active = figures?.injuries.filter((i) => i.injury.status === "active") ?? [];
    const lastSessionDate = figures?.lastSession?.date ?? null;
    const nextCompetition = input?.calendar
      .filter((event) => event.type === "competition" && event.startsAt >= now)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
    return {
      id: athlete.id,
      name: athlete.name,
      as_of: asOf,
      last_session_date: lastSessionDate,
      days_since_last_session: lastSessionDate ? daysBetween(lastSessionDate, asOf) : null,
      acwr: figures?.load.acwr === null || !figures ? null : Math.round(figures.load.acwr * 100) / 100,
      acwr_zone: figures?.load.acwrZone ?? null,
      today: input && figures ? pickToday(readinessFromFigures(input, figures, null)) : null,
      active_injuries: active.length,
      injuries: active.map((i) => ({
        body_part: i.injury.bodyPart,
        side: i.injury.side,
        latest_pain: i.pain[0]?.level ?? null,
      })),
      latest_wellness: figures?.latestWellness
        ? { date: figures.latestWellness.date, hooper: figures.latestWellness.hooper }
        : null,
      next_competition: nextCompetition
        ? { title: nextCompetition.title, starts_at: nextCompetition.startsAt.toISOString() }
        : null,
      flags,
    };
  });
  return triage(athletes.map((a) => ({ ...a, acwr: a.acwr, daysSinceLastSession: a.days_since_last_session }))).map(
    ({ daysSinceLastSession: _omit, ...rest }) => rest,
  );
}

const pickToday = ({ verdict, headline }: Readiness) => ({ verdict, headline });

export type SquadAthlete = Awaited<ReturnType<typeof squadRoster>>[number];
