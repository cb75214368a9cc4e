import { acwrZone } from "@/lib/analysis/load";
import {
  ACUTE_WINDOW_DAYS,
  ACWR_SWEET_SPOT_HIGH,
  ACWR_SWEET_SPOT_LOW,
  HIGH_RPE_SESSIONS,
  METRICS_WINDOW_DAYS,
  MIN_SESSIONS_PER_WEEK,
  PAIN_ACCEPTABLE_MAX,
} from "@/lib/analysis/thresholds";
import type { Priority, SuggestionType } from "@/lib/core/domain";

/**
 * The coach's triage queue: critical warnings first, then high ones, then load furthest from the sweet spot, then
 * the longest without a session. Pure, so that the order is testable and the API and the page agree.
 */

/** How each suggestion reads on the coach's side: third person, a few words. */
export const COACH_FLAG_LABELS: Record<SuggestionType, string> = {
  injury_warning: "Training on an active injury",
  pain_high: `Pain above ${PAIN_ACCEPTABLE_MAX}/10`,
  high_rpe: `${HIGH_RPE_SESSIONS}+ hard sessions in ${ACUTE_WINDOW_DAYS} days`,
  overtraining: "Overtraining risk",
  recovery_needed: "Needs an easy day",
  no_training: `No training for ${ACUTE_WINDOW_DAYS}+ days`,
  low_frequency: `Training under ${MIN_SESSIONS_PER_WEEK}× a week`,
  needs_metrics: `No time trial in ${METRICS_WINDOW_DAYS} days`,
  mental_training: "Low mood pattern",
  monotony_high: "Monotonous load",
  wellness_low: "Low wellness",
  low_variety: "Little variety",
  pain_improving: "Pain improving",
};

export interface TriageFlag {
  type: SuggestionType;
  priority: Priority;
  title: string;
}

export interface TriageInput {
  id: string;
  name: string;
  acwr: number | null;
  daysSinceLastSession: number | null;
  flags: readonly TriageFlag[];
}

/** How far an ACWR lies outside the engine's sweet spot; 0 inside it (edges included) and without a ratio. */
export function acwrDistance(acwr: number | null): number {
  const zone = acwrZone(acwr);
  if (acwr === null || zone === null || zone === "sweet_spot") return 0;
  return zone === "low" ? ACWR_SWEET_SPOT_LOW - acwr : acwr - ACWR_SWEET_SPOT_HIGH;
}

const count = (flags: readonly TriageFlag[], priority: Priority) => flags.filter((f) => f.priority === priority).length;
// Never having trained is the longest gap of all.
const gap = (days: number | null) => (days === null ? Number.POSITIVE_INFINITY : days);

export function compareTriage(a: TriageInput, b: TriageInput): number {
  return (
    count(b.flags, "critical") - count(a.flags, "critical") ||
    count(b.flags, "high") - count(a.flags, "high") ||
    acwrDistance(b.acwr) - acwrDistance(a.acwr) ||
    gap(b.daysSinceLastSession) - gap(a.daysSinceLastSession) ||
    // Past the four keys of the queue, ties go to whoever has more left to look at.
    count(b.flags, "medium") - count(a.flags, "medium") ||
    count(b.flags, "low") - count(a.flags, "low") ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id)
  );
}

/** Why an athlete sits where they do in the queue, in a few words. */
export function triageReason(athlete: TriageInput): string {
  const critical = athlete.flags.filter((f) => f.priority === "critical");
  if (critical.length > 0) return `Critical: ${critical.map((f) => f.title).join("; ")}`;
  const high = athlete.flags.filter((f) => f.priority === "high");
  if (high.length > 0) return `High: ${high.map((f) => f.title).join("; ")}`;
  const distance = acwrDistance(athlete.acwr);
  if (athlete.acwr !== null && distance > 0) {
    const side = acwrZone(athlete.acwr) === "low" ? "below" : "above";
    return `ACWR ${athlete.acwr.toFixed(2)}, ${distance.toFixed(2)} ${side} the ${ACWR_SWEET_SPOT_LOW}–${ACWR_SWEET_SPOT_HIGH} sweet spot`;
  }
  if (athlete.daysSinceLastSession === null) return "No sessions logged yet";
  if (athlete.flags.length > 0) return athlete.flags.map((f) => f.title).join("; ");
  return athlete.daysSinceLastSession <= 1
    ? "On track: trained in the last day"
    : `On track: last session ${athlete.daysSinceLastSession} days ago`;
}

export function triage<T extends TriageInput>(athletes: readonly T[]): (T & { reason: string })[] {
  return [...athletes].sort(compareTriage).map((athlete) => ({ ...athlete, reason: triageReason(athlete) }));
}
