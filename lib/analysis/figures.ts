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
  WEEKS_IN_CHRONIC_WINDOW,
} from "./thresholds";
import type { AthleteInput, InjuryInput, LoadSummary, MetricInput, SessionInput, WellnessInput } from "./types";
import { type DayWindow, lastDays, previousDays, within } from "./windows";

/**
 * The facts the rules of PRODUCT 4.1 and 4.2 read, counted once per athlete and as-of date. Every window is
 * inclusive and ends on as-of; nothing dated after as-of is counted. Lists are sorted, so that the same data in
 * any order gives the same figures.
 */

export interface PainPoint {
  date: string;
  level: number;
}

export interface InjuryFigures {
  injury: InjuryInput;
  /** One point per day (the day's highest level: when unsure, assume more pain), newest first, up to as-of. */
  pain: PainPoint[];
  /** Sessions other than `recovery` in the last 7 days dated after the onset day (that day's session is where it happened). */
  loadedSessions: SessionInput[];
}

export interface Figures {
  asOf: string;
  windows: { last7: DayWindow; previous7: DayWindow; last14: DayWindow; last28: DayWindow; metrics30: DayWindow };
  /** Sessions of each window, oldest first. */
  last7: SessionInput[];
  previous7: SessionInput[];
  last14: SessionInput[];
  last28: SessionInput[];
  /** The most recent session on or before as-of, if any. */
  lastSession: SessionInput | null;
  sessionsPerWeek: number;
  highRpe7: SessionInput[];
  averageRpe7: number | null;
  averageRpePrevious7: number | null;
  negativeMoods28: SessionInput[];
  /** Distinct session types of the last 14 days, sorted. */
  types14: SessionType[];
  load: LoadSummary;
  metricsInWindow: MetricInput[];
  /** The most recent progress metric on or before as-of, if any. */
  lastMetric: MetricInput | null;
  /** Injuries that had begun by as-of, sorted by onset then id. */
  injuries: InjuryFigures[];
  /** The latest wellness log on or before as-of (the worst index if a day has two). */
  latestWellness: (WellnessInput & { hooper: number }) | null;
}

const bySessionOrder = (a: SessionInput, b: SessionInput) =>
  compareText(a.date, b.date) ||
  compareText(a.type, b.type) ||
  a.rpe - b.rpe ||
  a.durationMin - b.durationMin ||
  (a.mood ?? 0) - (b.mood ?? 0) ||
  compareText(a.id ?? "", b.id ?? "");

const average = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((total, value) => total + value, 0) / values.length;

export function computeFigures(input: AthleteInput, asOf: string): Figures {
  const windows = {
    last7: lastDays(asOf, ACUTE_WINDOW_DAYS),
    previous7: previousDays(asOf, ACUTE_WINDOW_DAYS),
    last14: lastDays(asOf, VARIETY_WINDOW_DAYS),
    last28: lastDays(asOf, CHRONIC_WINDOW_DAYS),
    metrics30: lastDays(asOf, METRICS_WINDOW_DAYS),
  };
  const sessions = input.sessions.filter((s) => s.date <= asOf).sort(bySessionOrder);
  const last7 = within(sessions, windows.last7);
  const previous7 = within(sessions, windows.previous7);
  const last14 = within(sessions, windows.last14);
  const last28 = within(sessions, windows.last28);

  const metrics = input.metrics
    .filter((m) => m.date <= asOf)
    .sort(
      (a, b) =>
        compareText(a.date, b.date) ||
        compareText(a.metric, b.metric) ||
        a.value - b.value ||
        compareText(a.unit, b.unit),
    );

  const injuries = input.injuries
    .filter((injury) => injury.onsetDate <= asOf)
    .sort((a, b) => compareText(a.onsetDate, b.onsetDate) || compareText(a.id, b.id))
    .map((injury): InjuryFigures => {
      const highest = new Map<string, number>();
      for (const log of input.painLogs) {
        if (log.injuryId !== injury.id || log.date > asOf || !Number.isFinite(log.level)) continue;
        highest.set(log.date, Math.max(log.level, highest.get(log.date) ?? log.level));
      }
      const pain = [...highest].map(([date, level]) => ({ date, level })).sort((a, b) => compareText(b.date, a.date));
      return {
        injury,
        pain,
        loadedSessions: last7.filter((s) => s.type !== "recovery" && s.date > injury.onsetDate),
      };
    });

  const wellness = input.wellness
    .filter((w) => w.date <= asOf)
    .map((w) => ({ ...pickWellness(w), hooper: hooperIndex(w) }))
    .sort(
      (a, b) =>
        compareText(b.date, a.date) ||
        b.hooper - a.hooper ||
        b.sleep - a.sleep ||
        b.stress - a.stress ||
        b.fatigue - a.fatigue ||
        b.soreness - a.soreness,
    );

  return {
    asOf,
    windows,
    last7,
    previous7,
    last14,
    last28,
    lastSession: sessions[sessions.length - 1] ?? null,
    sessionsPerWeek: last28.length / WEEKS_IN_CHRONIC_WINDOW,
    highRpe7: last7.filter((s) => s.rpe >= HIGH_RPE),
    averageRpe7: average(last7.map((s) => s.rpe)),
    averageRpePrevious7: average(previous7.map((s) => s.rpe)),
    negativeMoods28: last28.filter((s) => s.mood != null && s.mood <= NEGATIVE_MOOD_MAX),
    types14: [...new Set(last14.map((s) => s.type))].sort(),
    load: loadSummary(sessions, asOf),
    metricsInWindow: within(metrics, windows.metrics30),
    lastMetric: metrics[metrics.length - 1] ?? null,
    injuries,
    latestWellness: wellness[0] ?? null,
  };
}

function pickWellness(w: WellnessInput): WellnessInput {
  return { date: w.date, sleep: w.sleep, stress: w.stress, fatigue: w.fatigue, soreness: w.soreness };
}

/** The pain levels an injury's trend rule reads: the latest three, newest first. */
export function latestPain(figures: InjuryFigures): PainPoint[] {
  return figures.pain.slice(0, PAIN_TREND_LOGS);
}
