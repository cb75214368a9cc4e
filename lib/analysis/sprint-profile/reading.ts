import { addDays, dayLabel } from "@/lib/core/dates";

/**
 * A sprint profile read in plain words (PRODUCT 4.9): how top speed (MSS) and acceleration (MAC) moved since the
 * start of the season, and which of the two to work on. One reading for the Sprint profile page, the coach's squad
 * comparison and Aria, so that all three say the same thing.
 *
 * Thresholds are Aria's choices, set above the noise of the measurement: split times from timing gates repeat to
 * about 1 % and the fitted parameters less well, MAC worse than MSS (Haugen & Buchheit 2016, Sports Med 46:641–656;
 * Edwards et al. 2021 on the repeatability of the mono-exponential parameters, ~2–5 %).
 */

/** Aria: a change in MSS smaller than this is within the noise of timing gates. */
export const MSS_CHANGE_PCT = 2;
/** Aria: MAC is fitted less precisely than MSS, so it must move further to count. */
export const MAC_CHANGE_PCT = 4;
/** Aria: the season the trend is read over: profiles up to this many days before the latest. */
export const SEASON_DAYS = 182;
/**
 * Aria: TAU (the time to reach 63 % of top speed) above this is a slow build-up, below the other a quick one, for a
 * profile from a standing or crouch start without time correction or from blocks. Trained sprinters fit about
 * 0.9–1.3 s ({shorts} examples; Samozino et al. 2016 report 1.0–1.3 s for their sprinters).
 */
export const SLOW_TAU_S = 1.25;
export const QUICK_TAU_S = 0.95;

export interface ProfilePoint {
  date: string;
  mss: number;
  mac: number;
  tau: number;
  start: string;
  time_correction_s: number;
}

export type Direction = "up" | "down" | "flat";

export interface Change {
  /** Relative change from the earlier profile, per cent (positive is better for both MSS and MAC). */
  pct: number;
  direction: Direction;
}

export type SprintFocus = "acceleration" | "top_speed" | "both";

export interface SprintReading {
  latest: ProfilePoint;
  /** The season's first profile measured the same way (start and time correction), when there is one. */
  since: ProfilePoint | null;
  mss: Change | null;
  mac: Change | null;
  focus: SprintFocus;
  /** Why that focus, in one clause: "your acceleration has not moved since Mon 12 Oct while top speed rose". */
  focusReason: string;
  /** The reading in one or two sentences, for a person. */
  summary: string;
}

/** Rounding slack, so that a change of exactly the threshold counts whatever the floating point makes of it. */
const EPSILON_PCT = 1e-9;

function change(from: number, to: number, threshold: number): Change {
  const pct = ((to - from) / from) * 100;
  const direction = pct >= threshold - EPSILON_PCT ? "up" : pct <= -threshold + EPSILON_PCT ? "down" : "flat";
  return { pct, direction };
}

const comparable = (a: ProfilePoint, b: ProfilePoint) =>
  a.start === b.start && Math.abs(a.time_correction_s - b.time_correction_s) < 1e-9;

function changeWords(quality: string, c: Change, since: string): string {
  const pct = `${Math.abs(c.pct).toFixed(Math.abs(c.pct) < 10 ? 1 : 0)} %`;
  if (c.direction === "up") return `${quality} improved ${pct} since ${since}`;
  if (c.direction === "down") return `${quality} dropped ${pct} since ${since}`;
  return `${quality} has not moved since ${since}`;
}

function focusFromShape(latest: ProfilePoint): { focus: SprintFocus; reason: string } {
  const tau = latest.tau.toFixed(2);
  if (latest.tau > SLOW_TAU_S) {
    return {
      focus: "acceleration",
      reason: `you build up speed slowly (TAU ${tau} s): the first 20 m hold the most time`,
    };
  }
  if (latest.tau < QUICK_TAU_S) {
    return {
      focus: "top_speed",
      reason: `you reach your top speed early (TAU ${tau} s): raising it is where the time is`,
    };
  }
  return { focus: "both", reason: `your build-up is typical for a sprinter (TAU ${tau} s): keep both in the plan` };
}

function focusOf(latest: ProfilePoint, mss: Change | null, mac: Change | null, since: string) {
  if (mss && mac && mss.direction !== mac.direction) {
    const rank = { down: 0, flat: 1, up: 2 } as const;
    const lagging = rank[mac.direction] < rank[mss.direction] ? "acceleration" : "top_speed";
    const other = lagging === "acceleration" ? mss : mac;
    const laggingChange = lagging === "acceleration" ? mac : mss;
    const name = lagging === "acceleration" ? "acceleration" : "top speed";
    const otherName = lagging === "acceleration" ? "top speed" : "acceleration";
    const moved = laggingChange.direction === "down" ? "has dropped" : "has not moved";
    const otherMoved = other.direction === "up" ? "rose" : "held";
    return {
      focus: lagging as SprintFocus,
      reason: `your ${name} ${moved} since ${since} while ${otherName} ${otherMoved}`,
    };
  }
  const shape = focusFromShape(latest);
  return { focus: shape.focus, reason: shape.reason };
}

/**
 * The reading of an athlete's profiles (any order): the latest against the season's first comparable one. Null
 * without a profile.
 */
export function readSprintProfiles(profiles: readonly ProfilePoint[]): SprintReading | null {
  if (profiles.length === 0) return null;
  const ordered = [...profiles].sort((a, b) => a.date.localeCompare(b.date));
  const latest = ordered[ordered.length - 1]!;
  const seasonStart = addDays(latest.date, -SEASON_DAYS);
  const since =
    ordered.find((p) => p !== latest && p.date >= seasonStart && p.date < latest.date && comparable(p, latest)) ?? null;
  const levels = `Top speed ${latest.mss.toFixed(2)} m/s, acceleration ${latest.mac.toFixed(2)} m/s²`;

  if (!since) {
    const shape = focusFromShape(latest);
    return {
      latest,
      since: null,
      mss: null,
      mac: null,
      focus: shape.focus,
      focusReason: shape.reason,
      summary: `${levels} on ${dayLabel(latest.date)}. One more profile, measured the same way, shows the trend.`,
    };
  }
  const sinceWords = dayLabel(since.date);
  const mss = change(since.mss, latest.mss, MSS_CHANGE_PCT);
  const mac = change(since.mac, latest.mac, MAC_CHANGE_PCT);
  const { focus, reason } = focusOf(latest, mss, mac, sinceWords);
  const macWords = changeWords("Your acceleration", mac, sinceWords);
  const mssWords = changeWords("top speed", mss, sinceWords).replace(` since ${sinceWords}`, "");
  return {
    latest,
    since,
    mss,
    mac,
    focus,
    focusReason: reason,
    summary: `${macWords}; ${mssWords}. ${levels} on ${dayLabel(latest.date)}.`,
  };
}
