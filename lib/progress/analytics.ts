import {
  isLowerBetter,
  isWindAided,
  type PersonalBest,
  personalBests,
  roundTo,
  stillAirTime,
  toFatEquivalent,
} from "@/lib/analysis/sprint";
import { ageGradedBests } from "@/lib/analysis/wma-factors";
import { ageOn } from "@/lib/core/dates";
import type { Timing } from "@/lib/core/domain";

/**
 * Progress analytics from an athlete's logged marks: pure, so the same rows and as-of date always give the same
 * answer. Bests come from every mark ever logged (a personal best is a lifetime figure); the list, the latest mark,
 * the trend and the count come from the requested window.
 */

/** Aria: a trend compares the mean of up to the last 3 legal marks with the mean of up to the 3 before them. */
export const TREND_MARKS = 3;
/**
 * Aria: a change under 0.3 % either way is "steady". Hopkins, Hawley & Burke (1999) put the smallest worthwhile
 * change in sprint performance at about 0.3 of the athlete's ~1 % race-to-race variability.
 */
export const TREND_STEADY_PCT = 0.3;
/** WMA age grading is for masters: athletes aged 35 and over. */
export const MASTERS_MIN_AGE = 35;
const TIME_DECIMALS = 2;

export interface MetricRow {
  id: string;
  metric: string;
  value: number;
  unit: string;
  timing: Timing | null;
  windMps: number | null;
  date: string;
  notes: string | null;
  createdAt: Date;
}

export type Trend = "improving" | "declining" | "steady";

export interface MetricDto {
  id: string;
  metric: string;
  value: number;
  unit: string;
  timing: Timing | null;
  wind_mps: number | null;
  date: string;
  notes: string | null;
  /** The FAT equivalent of a time (a hand time converted); null for distances and loads. */
  fat_equivalent: number | null;
  /**
   * The still-air equivalent of a time (Moinat et al. 2018) for the 100 m, 200 m and sprint hurdles, to 0.01 s;
   * the time itself for events without a wind model; null for those events with no wind reading, and for
   * distances and loads.
   */
  still_air: number | null;
  wind_aided: boolean;
  /** The athlete's legal lifetime best for this metric (one mark per metric; ties go to the earliest). */
  is_pb: boolean;
}

export interface MetricSummary {
  unit: string;
  /** The legal lifetime best as it compares (FAT equivalent for times), or null when every mark is wind-aided. */
  best: number | null;
  best_date: string | null;
  /** The window's latest mark, as it compares (FAT equivalent for times). */
  latest: number;
  latest_date: string;
  trend: Trend | null;
  /** Marks in the window. */
  count: number;
}

export interface ProgressAnalytics {
  as_of: string;
  from: string;
  metrics: MetricDto[];
  summary: Record<string, MetricSummary>;
  age_graded?: Record<string, number>;
}

export interface AthleteFacts {
  sex: string | null;
  birthDate: string | null;
}

const byLogOrder = (a: MetricRow, b: MetricRow) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.createdAt.getTime() - b.createdAt.getTime();

/** What a mark compares as: the FAT equivalent of a time, the value itself for a distance or a load. */
export function comparableValue(row: Pick<MetricRow, "metric" | "unit" | "value" | "timing">): number {
  return isLowerBetter(row.metric, row.unit) ? toFatEquivalent(row.value, row.timing, row.metric) : row.value;
}

/** The id of the row that holds each metric's legal best, keyed by metric (the rule of `personalBests`). */
function bestRows(rows: readonly MetricRow[], bests: readonly PersonalBest[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const best of bests) {
    const mark = best.best;
    if (!mark) continue;
    const holder = rows
      .filter(
        (r) =>
          r.metric === best.metric &&
          r.unit === best.unit &&
          r.date === mark.date &&
          r.value === mark.value &&
          !isWindAided(r.metric, r.windMps) &&
          comparableValue(r) === mark.comparable,
      )
      .sort(byLogOrder)[0];
    if (holder && !ids.has(best.metric)) ids.set(best.metric, holder.id);
  }
  return ids;
}

/** The id of the mark holding each metric's legal lifetime best, keyed by metric. */
export function personalBestIds(rows: readonly MetricRow[]): Map<string, string> {
  return bestRows(rows, personalBests(rows));
}

export function toMetricDto(row: MetricRow, isPb: boolean): MetricDto {
  const time = isLowerBetter(row.metric, row.unit);
  const fat = time ? toFatEquivalent(row.value, row.timing, row.metric) : null;
  const stillAir = fat === null ? null : stillAirTime(row.metric, fat, row.windMps);
  return {
    id: row.id,
    metric: row.metric,
    value: row.value,
    unit: row.unit,
    timing: row.timing,
    wind_mps: row.windMps,
    date: row.date,
    notes: row.notes,
    fat_equivalent: fat,
    still_air: stillAir === null ? null : roundTo(stillAir, TIME_DECIMALS),
    wind_aided: isWindAided(row.metric, row.windMps),
    is_pb: isPb,
  };
}

/**
 * Improving, declining or steady: the mean of the last k legal marks against the mean of the k before them, with
 * k = min(3, ⌊n/2⌋) for n legal marks, so two marks already give a (one against one) trend and six or more give the
 * full three against three. Null with fewer than two legal marks. Wind-aided marks never count.
 */
export function metricTrend(legalInOrder: readonly number[], lowerIsBetter: boolean): Trend | null {
  const k = Math.min(TREND_MARKS, Math.floor(legalInOrder.length / 2));
  if (k < 1) return null;
  const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const recent = mean(legalInOrder.slice(-k));
  const previous = mean(legalInOrder.slice(-2 * k, -k));
  const gainPct = ((lowerIsBetter ? previous - recent : recent - previous) / previous) * 100;
  if (Math.abs(gainPct) < TREND_STEADY_PCT) return "steady";
  return gainPct > 0 ? "improving" : "declining";
}

/**
 * The analytics of `GET /api/v1/progress/{user_id}`: `rows` is every mark the athlete logged (of the requested
 * metric, or all), the window is `from`…`asOf` inclusive. Marks are listed oldest first (chart order).
 */
export function buildProgressAnalytics(
  rows: readonly MetricRow[],
  window: { from: string; asOf: string },
  athlete: AthleteFacts,
): ProgressAnalytics {
  const bests = personalBests(rows);
  const pbIds = bestRows(rows, bests);
  const inWindow = rows.filter((r) => r.date >= window.from && r.date <= window.asOf).sort(byLogOrder);

  const byMetric = new Map<string, MetricRow[]>();
  for (const row of inWindow) byMetric.set(row.metric, [...(byMetric.get(row.metric) ?? []), row]);

  const summary: Record<string, MetricSummary> = {};
  for (const [metric, marks] of [...byMetric.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const latest = marks[marks.length - 1]!;
    // One unit per metric is enforced on entry; should older data mix units, the latest mark's unit decides.
    const best = bests.find((b) => b.metric === metric && b.unit === latest.unit);
    const sameUnit = marks.filter((m) => m.unit === latest.unit);
    const lowerIsBetter = isLowerBetter(metric, latest.unit);
    summary[metric] = {
      unit: latest.unit,
      best: best?.best?.comparable ?? null,
      best_date: best?.best?.date ?? null,
      latest: comparableValue(latest),
      latest_date: latest.date,
      trend: metricTrend(sameUnit.filter((m) => !isWindAided(m.metric, m.windMps)).map(comparableValue), lowerIsBetter),
      count: marks.length,
    };
  }

  const result: ProgressAnalytics = {
    as_of: window.asOf,
    from: window.from,
    metrics: inWindow.map((row) => toMetricDto(row, pbIds.get(row.metric) === row.id)),
    summary,
  };
  const { sex, birthDate } = athlete;
  if ((sex === "female" || sex === "male") && birthDate && ageOn(birthDate, window.asOf) >= MASTERS_MIN_AGE) {
    const listed = bests.filter((b) => summary[b.metric]?.unit === b.unit);
    result.age_graded = Object.fromEntries(ageGradedBests(listed, sex, birthDate).map((g) => [g.metric, g.pct]));
  }
  return result;
}
