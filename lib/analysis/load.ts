import { daysBetween } from "@/lib/core/dates";
import {
  ACUTE_EWMA_LAMBDA,
  ACUTE_WINDOW_DAYS,
  ACWR_DANGER,
  ACWR_MIN_HISTORY_DAYS,
  ACWR_SWEET_SPOT_HIGH,
  ACWR_SWEET_SPOT_LOW,
  CHRONIC_EWMA_LAMBDA,
  CHRONIC_WINDOW_DAYS,
  WEEKS_IN_CHRONIC_WINDOW,
} from "./thresholds";
import type { AcwrZone, DailyLoadPoint, LoadSummary, SessionInput } from "./types";
import { datesFrom, lastDays } from "./windows";

/**
 * Training load (PRODUCT 4.2). Session load is Foster's session-RPE: RPE × minutes, in arbitrary units (AU).
 *
 * Choices the product leaves open:
 * - `acute` is the 7-day sum and `chronic` the 28-day sum ÷ 4, so both are weekly loads in the same unit and a
 *   coach can read them side by side.
 * - ACWR is the ratio of exponentially weighted moving averages (Williams et al. 2017) of the daily loads, with
 *   rest days as 0. Both averages start at 0 before the first logged day: before it the athlete is taken to have
 *   done nothing we know of, and since a 0 average fed zeros stays 0, starting earlier gives the same numbers.
 * - Starting from 0 inflates the ratio while the chronic average is still filling, so a brand-new athlete's first
 *   week would always read as a spike. ACWR is therefore null until the history (first logged day to as-of)
 *   spans the 28-day chronic window, and whenever the chronic average is 0. It is never NaN or Infinity.
 */

/** Foster sRPE of one session; a non-finite or negative figure counts as 0 so that one bad row cannot poison a sum. */
export function sessionLoad(session: Pick<SessionInput, "rpe" | "durationMin">): number {
  const load = session.rpe * session.durationMin;
  return Number.isFinite(load) && load > 0 ? load : 0;
}

/** The load of every day from `from` to `to`: several sessions on one day are summed, a rest day is 0. */
export function dailyLoads(
  sessions: readonly SessionInput[],
  from: string,
  to: string,
): { date: string; load: number }[] {
  const byDate = new Map<string, number>();
  for (const session of sessions) {
    if (session.date < from || session.date > to) continue;
    byDate.set(session.date, (byDate.get(session.date) ?? 0) + sessionLoad(session));
  }
  return datesFrom(from, to).map((date) => ({ date, load: byDate.get(date) ?? 0 }));
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Sum of the loads of the last 7 days (as_of−6 … as_of). */
export function acuteLoad(sessions: readonly SessionInput[], asOf: string): number {
  const window = lastDays(asOf, ACUTE_WINDOW_DAYS);
  return sum(dailyLoads(sessions, window.from, window.to).map((d) => d.load));
}

/** The last 28 days' loads ÷ 4: the average weekly load over the chronic window. */
export function chronicLoad(sessions: readonly SessionInput[], asOf: string): number {
  const window = lastDays(asOf, CHRONIC_WINDOW_DAYS);
  return sum(dailyLoads(sessions, window.from, window.to).map((d) => d.load)) / WEEKS_IN_CHRONIC_WINDOW;
}

function firstLoggedDate(sessions: readonly SessionInput[], asOf: string): string | null {
  let first: string | null = null;
  for (const session of sessions) {
    if (session.date <= asOf && (first === null || session.date < first)) first = session.date;
  }
  return first;
}

/**
 * The daily series for the load chart, oldest first: from the first logged day (or 28 days before as-of, if
 * that is earlier, so the chart always shows at least a month) to as-of, with both EWMAs and the ACWR.
 */
export function loadSeries(sessions: readonly SessionInput[], asOf: string): DailyLoadPoint[] {
  const first = firstLoggedDate(sessions, asOf);
  const monthAgo = lastDays(asOf, CHRONIC_WINDOW_DAYS).from;
  const from = first !== null && first < monthAgo ? first : monthAgo;
  let acute = 0;
  let chronic = 0;
  return dailyLoads(sessions, from, asOf).map(({ date, load }) => {
    acute = load * ACUTE_EWMA_LAMBDA + (1 - ACUTE_EWMA_LAMBDA) * acute;
    chronic = load * CHRONIC_EWMA_LAMBDA + (1 - CHRONIC_EWMA_LAMBDA) * chronic;
    const enoughHistory = first !== null && daysBetween(first, date) + 1 >= ACWR_MIN_HISTORY_DAYS;
    const ratio = enoughHistory && chronic > 0 ? acute / chronic : null;
    return {
      date,
      load,
      acuteEwma: acute,
      chronicEwma: chronic,
      acwr: ratio !== null && Number.isFinite(ratio) ? ratio : null,
    };
  });
}

/** PRODUCT 4.2 bands: under 0.8 low, 0.8–1.3 sweet spot (both ends included), up to 1.5 elevated, above danger. */
export function acwrZone(acwr: number | null): AcwrZone | null {
  if (acwr === null || !Number.isFinite(acwr)) return null;
  if (acwr < ACWR_SWEET_SPOT_LOW) return "low";
  if (acwr <= ACWR_SWEET_SPOT_HIGH) return "sweet_spot";
  if (acwr <= ACWR_DANGER) return "elevated";
  return "danger";
}

/** Foster monotony: mean daily load ÷ population standard deviation; null when the loads do not vary. */
export function monotonyOf(loads: readonly number[]): number | null {
  if (loads.length === 0) return null;
  const mean = sum(loads) / loads.length;
  const variance = sum(loads.map((load) => (load - mean) ** 2)) / loads.length;
  const sd = Math.sqrt(variance);
  return sd > 0 ? mean / sd : null;
}

/** The last 7 days' load (the acute load) and Foster monotony, as of a date. */
export function weekLoad(sessions: readonly SessionInput[], asOf: string): Pick<LoadSummary, "acute" | "monotony"> {
  const week = lastDays(asOf, ACUTE_WINDOW_DAYS);
  const weekLoads = dailyLoads(sessions, week.from, week.to).map((d) => d.load);
  return { acute: sum(weekLoads), monotony: monotonyOf(weekLoads) };
}

/** Acute and chronic loads, EWMA ratio and band, monotony and strain over the last 7 days, as of a date. */
export function loadSummary(sessions: readonly SessionInput[], asOf: string): LoadSummary {
  const series = loadSeries(sessions, asOf);
  const today = series[series.length - 1];
  const { acute: weekly, monotony } = weekLoad(sessions, asOf);
  const acwr = today?.acwr ?? null;
  return {
    acute: weekly,
    chronic: chronicLoad(sessions, asOf),
    acuteEwma: today?.acuteEwma ?? 0,
    chronicEwma: today?.chronicEwma ?? 0,
    acwr,
    acwrZone: acwrZone(acwr),
    monotony,
    strain: monotony === null ? null : weekly * monotony,
  };
}
