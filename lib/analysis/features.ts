import { addDays, weekdayOf } from "@/lib/core/dates";
import type { SessionType } from "@/lib/core/domain";
import { compareText } from "./format";
import { loadSummary } from "./load";
import { hooperIndex } from "./sprint";
import {
  ACUTE_WINDOW_DAYS,
  CHRONIC_WINDOW_DAYS,
  HIGH_RPE,
  METRICS_WINDOW_DAYS,
  NEGATIVE_MOOD_MAX,
  PAIN_TREND_LOGS,
  VARIETY_WINDOW_DAYS,
} from "./thresholds";
import type {
  AchievementInput,
  AthleteInput,
  GoalInput,
  InjuryInput,
  LoadSummary,
  MetricInput,
  SessionInput,
  WellnessInput,
} from "./types";
import { inWindow, lastDays, previousDays } from "./windows";

/**
 * An athlete's analysis features as of a date: the numbers the rules of PRODUCT 4.1–4.5 read, plus the few recent
 * rows their messages cite. The batch computes them in the database, one row per athlete (lib/insights/
 * athlete-features.ts); `featuresFromInput` is the same computation over rows in memory, the reference the property
 * test holds the SQL to. Every window is inclusive and ends on as-of; nothing dated after as-of counts.
 */

export interface PainPoint {
  date: string;
  level: number;
}

export type MetricFeature = Pick<MetricInput, "metric" | "value" | "unit" | "date">;

export interface InjuryFeatures {
  injury: InjuryInput;
  /** The latest PAIN_TREND_LOGS days with a pain log (each day's highest level), newest first. */
  pain: PainPoint[];
}

export interface AthleteFeatures {
  asOf: string;
  /**
   * The evidence rows: every session of the last 14 days, and those of the last 28 with a mood of NEGATIVE_MOOD_MAX
   * or lower, in `bySessionOrder`. Bounded by what an athlete can log in four weeks.
   */
  recentSessions: SessionInput[];
  /** The most recent session on or before as-of, if any (in the loaded history). */
  lastSession: SessionInput | null;
  sessions7: number;
  sessionsPrevious7: number;
  sessions14: number;
  sessions28: number;
  /** Sessions in each complete Monday–Sunday week inside the 28-day window, oldest first (always three weeks). */
  weekSessions28: number[];
  /** Sessions of each type in the last 14 days; types with none are left out. */
  typeCounts14: Partial<Record<SessionType, number>>;
  highRpe7: number;
  averageRpe7: number | null;
  averageRpePrevious7: number | null;
  negativeMoods28: number;
  load: LoadSummary;
  /** Progress metrics in the last 30 days. */
  metrics30: number;
  /** The most recent progress metric on or before as-of, if any. */
  lastMetric: MetricFeature | null;
  /** Injuries not resolved that had begun by as-of, sorted by onset then id. */
  injuries: InjuryFeatures[];
  /** The latest wellness log on or before as-of (the worst index if a day has two). */
  latestWellness: (WellnessInput & { hooper: number }) | null;
  /** Goals sorted by id, achievements by goal then milestone: goal progress is computed from them (goals.ts). */
  goals: GoalInput[];
  achievements: AchievementInput[];
}

export const bySessionOrder = (a: SessionInput, b: SessionInput) =>
  compareText(a.date, b.date) ||
  compareText(a.type, b.type) ||
  a.rpe - b.rpe ||
  a.durationMin - b.durationMin ||
  (a.mood ?? 0) - (b.mood ?? 0) ||
  compareText(a.id ?? "", b.id ?? "");

export const byInjuryOrder = (a: InjuryInput, b: InjuryInput) =>
  compareText(a.onsetDate, b.onsetDate) || compareText(a.id, b.id);

export const byGoalOrder = (a: GoalInput, b: GoalInput) => compareText(a.id, b.id);

export const byAchievementOrder = (a: AchievementInput, b: AchievementInput) =>
  compareText(a.goalId, b.goalId) || a.milestone - b.milestone;

/** Whether a session is evidence (see `recentSessions`), for a session on or before as-of. */
export function isEvidenceSession(session: SessionInput, asOf: string): boolean {
  if (session.date >= lastDays(asOf, VARIETY_WINDOW_DAYS).from) return true;
  return (
    session.date >= lastDays(asOf, CHRONIC_WINDOW_DAYS).from &&
    session.mood != null &&
    session.mood <= NEGATIVE_MOOD_MAX
  );
}

/**
 * The first Monday on or after the 28-day window's first day: complete weeks start there. Weekday 0 is Sunday, so
 * (8 − weekday) mod 7 is the days to the next Monday, 0 on a Monday.
 */
export function firstMondayOf28(asOf: string): string {
  const from = lastDays(asOf, CHRONIC_WINDOW_DAYS).from;
  return addDays(from, (8 - weekdayOf(from)) % 7);
}

/** The complete weeks of the 28-day window: their Sunday is before as-of, which holds for exactly three. */
export const COMPLETE_WEEKS_IN_28 = 3;

const average = (total: number, n: number) => (n === 0 ? null : total / n);

type FortnightFigures = Pick<
  AthleteFeatures,
  "sessions7" | "sessionsPrevious7" | "sessions14" | "typeCounts14" | "highRpe7" | "averageRpe7" | "averageRpePrevious7"
>;

/**
 * The figures of the last 14 days: counts, types and RPE of the last week and the one before. Sessions outside the
 * 14 days (or after as-of) are passed over, so the evidence rows, which hold every session of those days, give the
 * same figures as the whole history: the batch works them out (and the week's load, load.ts weekLoad) from the rows
 * its statement returns (lib/insights/athlete-features.ts), the reference from everything.
 */
export function fortnightFigures(sessions: readonly SessionInput[], asOf: string): FortnightFigures {
  const last7 = lastDays(asOf, ACUTE_WINDOW_DAYS);
  const previous7 = previousDays(asOf, ACUTE_WINDOW_DAYS);
  const last14 = lastDays(asOf, VARIETY_WINDOW_DAYS);
  const counts = { s7: 0, p7: 0, s14: 0, high7: 0, rpe7: 0, rpeP7: 0 };
  const typeCounts14: Partial<Record<SessionType, number>> = {};
  for (const s of sessions) {
    if (!inWindow(s.date, last14)) continue;
    counts.s14++;
    typeCounts14[s.type] = (typeCounts14[s.type] ?? 0) + 1;
    if (inWindow(s.date, last7)) {
      counts.s7++;
      counts.rpe7 += s.rpe;
      if (s.rpe >= HIGH_RPE) counts.high7++;
    } else if (inWindow(s.date, previous7)) {
      counts.p7++;
      counts.rpeP7 += s.rpe;
    }
  }
  return {
    sessions7: counts.s7,
    sessionsPrevious7: counts.p7,
    sessions14: counts.s14,
    typeCounts14,
    highRpe7: counts.high7,
    averageRpe7: average(counts.rpe7, counts.s7),
    averageRpePrevious7: average(counts.rpeP7, counts.p7),
  };
}

/** The reference computation of the features from rows in memory. */
export function featuresFromInput(
  input: Pick<AthleteInput, "sessions" | "injuries" | "painLogs" | "metrics" | "wellness" | "goals" | "achievements">,
  asOf: string,
): AthleteFeatures {
  const last28 = lastDays(asOf, CHRONIC_WINDOW_DAYS);
  const monday = firstMondayOf28(asOf);
  const weekSessions28 = Array.from({ length: COMPLETE_WEEKS_IN_28 }, () => 0);

  const sessions = input.sessions.filter((s) => s.date <= asOf);
  const counts = { s28: 0, moods28: 0 };
  const recentSessions: SessionInput[] = [];
  let lastSession: SessionInput | null = null;
  for (const s of sessions) {
    if (lastSession === null || bySessionOrder(s, lastSession) > 0) lastSession = s;
    if (isEvidenceSession(s, asOf)) recentSessions.push(s);
    if (inWindow(s.date, last28)) {
      counts.s28++;
      if (s.mood != null && s.mood <= NEGATIVE_MOOD_MAX) counts.moods28++;
      for (let k = 0; k < COMPLETE_WEEKS_IN_28; k++) {
        if (s.date >= addDays(monday, 7 * k) && s.date <= addDays(monday, 7 * k + 6)) weekSessions28[k]!++;
      }
    }
  }

  const metricsWindow = lastDays(asOf, METRICS_WINDOW_DAYS);
  let metrics30 = 0;
  let lastMetric: MetricFeature | null = null;
  for (const m of input.metrics) {
    if (m.date > asOf) continue;
    if (inWindow(m.date, metricsWindow)) metrics30++;
    if (
      lastMetric === null ||
      (compareText(m.date, lastMetric.date) ||
        compareText(m.metric, lastMetric.metric) ||
        m.value - lastMetric.value ||
        compareText(m.unit, lastMetric.unit)) > 0
    ) {
      lastMetric = { metric: m.metric, value: m.value, unit: m.unit, date: m.date };
    }
  }

  const injuries = input.injuries
    .filter((injury) => injury.status !== "resolved" && injury.onsetDate <= asOf)
    .sort(byInjuryOrder)
    .map((injury) => ({ injury, pain: painPoints(input.painLogs, injury.id, asOf).slice(0, PAIN_TREND_LOGS) }));

  let latestWellness: AthleteFeatures["latestWellness"] = null;
  for (const w of input.wellness) {
    if (w.date > asOf) continue;
    const candidate = {
      date: w.date,
      sleep: w.sleep,
      stress: w.stress,
      fatigue: w.fatigue,
      soreness: w.soreness,
      hooper: hooperIndex(w),
    };
    if (latestWellness === null || compareWellness(candidate, latestWellness) < 0) latestWellness = candidate;
  }

  return {
    asOf,
    recentSessions: recentSessions.sort(bySessionOrder),
    lastSession,
    ...fortnightFigures(sessions, asOf),
    sessions28: counts.s28,
    weekSessions28,
    negativeMoods28: counts.moods28,
    load: loadSummary(sessions, asOf),
    metrics30,
    lastMetric,
    injuries,
    latestWellness,
    goals: [...input.goals].sort(byGoalOrder),
    achievements: [...input.achievements].sort(byAchievementOrder),
  };
}

/** Newest first: the latest date, then the worst index and the worst single answers. */
function compareWellness(a: WellnessInput & { hooper: number }, b: WellnessInput & { hooper: number }): number {
  return (
    compareText(b.date, a.date) ||
    b.hooper - a.hooper ||
    b.sleep - a.sleep ||
    b.stress - a.stress ||
    b.fatigue - a.fatigue ||
    b.soreness - a.soreness
  );
}

/** One point per day with a pain log for the injury (the day's highest level: when unsure, assume more pain), newest first, up to as-of. */
export function painPoints(logs: AthleteInput["painLogs"], injuryId: string, asOf: string): PainPoint[] {
  const highest = new Map<string, number>();
  for (const log of logs) {
    if (log.injuryId !== injuryId || log.date > asOf || !Number.isFinite(log.level)) continue;
    highest.set(log.date, Math.max(log.level, highest.get(log.date) ?? log.level));
  }
  return [...highest].map(([date, level]) => ({ date, level })).sort((a, b) => compareText(b.date, a.date));
}
