import { computeFigures, type Figures } from "@/lib/analysis/figures";
import type { AthleteInput } from "@/lib/analysis/types";
import { assertAsOf } from "@/lib/analysis/windows";
import { daySession } from "./day-session";
import { competitionReasons, headline, injuryReasons, loadReasons, wellnessReasons, yesterdayReasons } from "./reasons";
import { type PlannedSessionInput, type Readiness, SEVERITY, type Verdict } from "./types";

export type { DaySession, PlannedSessionInput, Readiness, ReadinessReason, ReadinessRule, Verdict } from "./types";
export { READINESS_REASON_LABELS } from "./types";

/**
 * Today (PRODUCT 4.8): "what should I do today, and is it safe?" — a verdict for a date, every reason with its rule
 * and evidence, and one concrete session. The strictest reason wins: rest over modify over go. Pure: the same data,
 * plan and date give the same answer.
 */
export function readiness(input: AthleteInput, asOf: string, planned: PlannedSessionInput | null = null): Readiness {
  assertAsOf(asOf);
  return readinessFromFigures(input, computeFigures(input, asOf), planned);
}

/** The same, from figures already counted (the scheduled analyses count them once for every rule). */
export function readinessFromFigures(input: AthleteInput, f: Figures, planned: PlannedSessionInput | null): Readiness {
  const reasons = [
    ...injuryReasons(f),
    ...wellnessReasons(f),
    ...loadReasons(f),
    ...yesterdayReasons(f),
    ...competitionReasons(input, f.asOf),
  ].sort((a, b) => SEVERITY[b.verdict] - SEVERITY[a.verdict]);
  const verdict = reasons.reduce<Verdict>(
    (worst, r) => (SEVERITY[r.verdict] > SEVERITY[worst] ? r.verdict : worst),
    "go",
  );
  return {
    date: f.asOf,
    verdict,
    headline: headline(verdict, reasons),
    reasons,
    session: daySession(input, f, reasons, verdict, planned),
    logged: f.last7
      .filter((s) => s.date === f.asOf)
      .map((s) => ({ type: s.type, duration_min: s.durationMin, rpe: s.rpe })),
  };
}
