import { and, asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { coachAthletes, users } from "@/db/schema";
import type { Compliance } from "@/lib/analysis/compliance";
import { figuresWithPainHistory } from "@/lib/analysis/figures";
import { type Readiness, readinessFromFigures } from "@/lib/analysis/readiness";
import { suggestionsFromFigures } from "@/lib/analysis/suggestions";
import { addDays, daysBetween, isoDate, todayIn } from "@/lib/core/dates";
import { uuidField } from "@/lib/core/validation";
import { loadAthleteFeatures } from "@/lib/insights/athlete-features";
import { loadAthleteInputs } from "@/lib/insights/athlete-inputs";
import type { PlannedSessionDto } from "@/lib/plans/responses";
import { athleteComplianceOver, listPlans, planForDay, toPlannedInput } from "@/lib/plans/service";
import { isWellnessStale } from "./roster-view";
import { COACH_FLAG_LABELS, type TriageFlag, triage } from "./triage";

/**
 * The one read model of the coach's side: each athlete's current flags, injuries, wellness, load and today's verdict,
 * computed from current data (not from the last scheduled run). The roster, the squad view's counts and the top of
 * the drill-down all read these rows, so the three never disagree. A bounded number of queries: the links, then the
 * analysis inputs and features of every athlete at once.
 */
async function rosterRows(db: Database, coachId: string, athleteId: string | null, now: Date) {
  const linked = await db
    .select({ id: users.id, name: users.name, timezone: users.timezone })
    .from(coachAthletes)
    .innerJoin(users, eq(users.id, coachAthletes.athleteId))
    .where(
      athleteId === null
        ? eq(coachAthletes.coachId, coachId)
        : and(eq(coachAthletes.coachId, coachId), eq(coachAthletes.athleteId, athleteId)),
    )
    .orderBy(asc(users.name));
  const ids = linked.map((a) => a.id);
  // Each athlete's today is within a day of the UTC date: their plans for it come in one query for the squad.
  // The figures come from the same features query as every analysis, each athlete as of their own today.
  const [inputs, features, plans, compliance] = await Promise.all([
    loadAthleteInputs(db, ids, isoDate(now)),
    loadAthleteFeatures(
      db,
      linked.map((a) => ({ userId: a.id, asOf: todayIn(a.timezone, now) })),
    ),
    listPlans(db, ids, { from: addDays(isoDate(now), -1), to: addDays(isoDate(now), 1) }),
    athleteComplianceOver(db, ids, [COMPLIANCE_SHORT_DAYS, COMPLIANCE_LONG_DAYS], now),
  ]);
  const athletes = linked.map((athlete) => {
    const asOf = todayIn(athlete.timezone, now);
    const input = inputs.get(athlete.id);
    const f = features.get(athlete.id);
    const figures = input && f ? figuresWithPainHistory(f, input.painLogs) : null;
    const suggestions = figures ? suggestionsFromFigures(figures) : [];
    const flags: TriageFlag[] = suggestions.map((s) => ({
      type: s.type,
      priority: s.priority,
      title: COACH_FLAG_LABELS[s.type],
    }));
    // Recovering injuries are listed too: the engine still reads them (pain_improving), so the card must show them.
    const open = (figures?.injuries ?? [])
      .filter((i) => i.injury.status !== "resolved")
      .sort((a, b) => Number(b.injury.status === "active") - Number(a.injury.status === "active"));
    const lastSessionDate = figures?.lastSession?.date ?? null;
    const wellness = figures?.latestWellness ?? null;
    const wellnessDaysAgo = wellness ? daysBetween(wellness.date, asOf) : null;
    const nextCompetition = input?.calendar
      .filter((event) => event.type === "competition" && event.startsAt >= now)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
    return {
      id: athlete.id,
      name: athlete.name,
      timezone: athlete.timezone,
      as_of: asOf,
      last_session_date: lastSessionDate,
      days_since_last_session: lastSessionDate ? daysBetween(lastSessionDate, asOf) : null,
      acwr: figures?.load.acwr === null || !figures ? null : Math.round(figures.load.acwr * 100) / 100,
      acwr_zone: figures?.load.acwrZone ?? null,
      today:
        input && figures
          ? pickToday(readinessFromFigures(input, figures, plannedToday(plans, athlete.id, asOf)))
          : null,
      compliance_7d: pickCompliance(compliance.get(athlete.id)?.[0]),
      compliance_28d: pickCompliance(compliance.get(athlete.id)?.[1]),
      active_injuries: open.filter((i) => i.injury.status === "active").length,
      injuries: open.map((i) => ({
        id: i.injury.id,
        status: i.injury.status as "active" | "recovering",
        body_part: i.injury.bodyPart,
        side: i.injury.side,
        latest_pain: i.pain[0]?.level ?? null,
        latest_pain_date: i.pain[0]?.date ?? null,
      })),
      latest_wellness:
        wellness && wellnessDaysAgo !== null
          ? {
              date: wellness.date,
              hooper: wellness.hooper,
              days_ago: wellnessDaysAgo,
              stale: isWellnessStale(wellnessDaysAgo),
            }
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

/** The roster's compliance windows (PRODUCT 4.10): the week the coach planned, and the four weeks before today. */
const COMPLIANCE_SHORT_DAYS = 7;
const COMPLIANCE_LONG_DAYS = 28;

const pickCompliance = (c: Compliance | undefined) =>
  c ? { planned: c.planned, done: c.done, ratio: c.ratio } : { planned: 0, done: 0, ratio: null };

/** Today's plan as the athlete's own dashboard reads it, so the roster's verdict is the same verdict. */
function plannedToday(plans: readonly PlannedSessionDto[], athleteId: string, asOf: string) {
  const plan = planForDay(
    plans.filter((p) => p.athlete_id === athleteId),
    asOf,
  );
  return plan ? toPlannedInput(plan) : null;
}

/** The coach's whole squad, in triage order. */
export function squadRoster(db: Database, coachId: string, now = new Date()) {
  return rosterRows(db, coachId, null, now);
}

/** One athlete's row, as the roster shows it; null when the athlete is not linked to this coach. */
export async function rosterRow(db: Database, coachId: string, athleteId: string, now = new Date()) {
  if (!uuidField.safeParse(athleteId).success) return null;
  const [row] = await rosterRows(db, coachId, athleteId, now);
  return row ?? null;
}

export type SquadAthlete = Awaited<ReturnType<typeof squadRoster>>[number];
