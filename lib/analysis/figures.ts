import { addDays } from "@/lib/core/dates";
import type { SessionType } from "@/lib/core/domain";
import {
  type AthleteFeatures,
  bySessionOrder,
  COMPLETE_WEEKS_IN_28,
  featuresFromInput,
  firstMondayOf28,
  type InjuryFeatures,
  type MetricFeature,
  type PainPoint,
  painPoints,
} from "./features";
import {
  ACUTE_WINDOW_DAYS,
  CHRONIC_WINDOW_DAYS,
  HIGH_RPE,
  METRICS_WINDOW_DAYS,
  NEGATIVE_MOOD_MAX,
  PAIN_TREND_LOGS,
  VARIETY_WINDOW_DAYS,
  WEEKS_IN_CHRONIC_WINDOW,
} from "./thresholds";
import type { AthleteInput, LoadSummary, SessionInput, WellnessInput } from "./types";
import { type DayWindow, lastDays, previousDays, within } from "./windows";

export type { PainPoint } from "./features";

/**
 * The facts the rules of PRODUCT 4.1, 4.2 and 4.8 read, for one athlete and as-of date: the features (features.ts),
 * with the evidence rows split by window. Lists are sorted, so that the same data in any order gives the same figures.
 */

export interface InjuryFigures extends InjuryFeatures {
  /** Sessions other than `recovery` in the last 7 days dated after the onset day (that day's session is where it happened). */
  loadedSessions: SessionInput[];
}

export interface Figures {
  asOf: string;
  windows: { last7: DayWindow; previous7: DayWindow; last14: DayWindow; last28: DayWindow; metrics30: DayWindow };
  /** Sessions of each window, oldest first. */
  last7: SessionInput[];
  last14: SessionInput[];
  /** How many sessions the last 28 days hold. */
  sessions28: number;
  /** The complete Monday–Sunday weeks of the 28-day window, with their session counts. */
  weeks28: { from: string; to: string; sessions: number }[];
  /** The most recent session on or before as-of, if any. */
  lastSession: SessionInput | null;
  sessionsPerWeek: number;
  highRpe7: SessionInput[];
  averageRpe7: number | null;
  averageRpePrevious7: number | null;
  negativeMoods28: SessionInput[];
  /** Distinct session types of the last 14 days, sorted, and how many sessions of each. */
  types14: SessionType[];
  typeCounts14: Partial<Record<SessionType, number>>;
  load: LoadSummary;
  /** Progress metrics in the last 30 days. */
  metrics30: number;
  /** The most recent progress metric on or before as-of, if any. */
  lastMetric: MetricFeature | null;
  /** Injuries not resolved that had begun by as-of, sorted by onset then id. */
  injuries: InjuryFigures[];
  /** The latest wellness log on or before as-of (the worst index if a day has two). */
  latestWellness: (WellnessInput & { hooper: number }) | null;
}

/**
 * The figures of an athlete's rows in memory. Their pain lists hold every logged day (the dashboard draws the trend);
 * the rules read the latest three.
 */
export function computeFigures(input: AthleteInput, asOf: string): Figures {
  return figuresWithPainHistory(featuresFromInput(input, asOf), input.painLogs);
}

/**
 * The figures of features (from the database or the reference) with each open injury's every logged pain day from
 * the rows a page loaded, where the features keep the latest three.
 */
export function figuresWithPainHistory(features: AthleteFeatures, painLogs: AthleteInput["painLogs"]): Figures {
  const figures = figuresFromFeatures(features);
  for (const i of figures.injuries) i.pain = painPoints(painLogs, i.injury.id, features.asOf);
  return figures;
}

/** The figures of features, whether the database or `featuresFromInput` computed them. */
export function figuresFromFeatures(features: AthleteFeatures): Figures {
  const { asOf } = features;
  const windows = {
    last7: lastDays(asOf, ACUTE_WINDOW_DAYS),
    previous7: previousDays(asOf, ACUTE_WINDOW_DAYS),
    last14: lastDays(asOf, VARIETY_WINDOW_DAYS),
    last28: lastDays(asOf, CHRONIC_WINDOW_DAYS),
    metrics30: lastDays(asOf, METRICS_WINDOW_DAYS),
  };
  const recent = [...features.recentSessions].sort(bySessionOrder);
  const last7 = within(recent, windows.last7);
  const last14 = within(recent, windows.last14);
  const monday = firstMondayOf28(asOf);
  const weeks28 = Array.from({ length: COMPLETE_WEEKS_IN_28 }, (_, k) => ({
    from: addDays(monday, 7 * k),
    to: addDays(monday, 7 * k + 6),
    sessions: features.weekSessions28[k] ?? 0,
  }));
  const typeCounts14 = features.typeCounts14;
  return {
    asOf,
    windows,
    last7,
    last14,
    sessions28: features.sessions28,
    weeks28,
    lastSession: features.lastSession,
    sessionsPerWeek: features.sessions28 / WEEKS_IN_CHRONIC_WINDOW,
    highRpe7: last7.filter((s) => s.rpe >= HIGH_RPE),
    averageRpe7: features.averageRpe7,
    averageRpePrevious7: features.averageRpePrevious7,
    negativeMoods28: within(recent, windows.last28).filter((s) => s.mood != null && s.mood <= NEGATIVE_MOOD_MAX),
    types14: (Object.keys(typeCounts14) as SessionType[]).filter((t) => (typeCounts14[t] ?? 0) > 0).sort(),
    typeCounts14,
    load: features.load,
    metrics30: features.metrics30,
    lastMetric: features.lastMetric,
    injuries: features.injuries.map((i) => ({
      injury: i.injury,
      pain: i.pain,
      loadedSessions: last7.filter((s) => s.type !== "recovery" && s.date > i.injury.onsetDate),
    })),
    latestWellness: features.latestWellness,
  };
}

/** The pain levels an injury's trend rule reads: the latest three, newest first. */
export function latestPain(figures: { pain: readonly PainPoint[] }): PainPoint[] {
  return figures.pain.slice(0, PAIN_TREND_LOGS);
}
