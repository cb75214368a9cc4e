import { addDays } from "@/lib/core/dates";
import type { SessionType } from "@/lib/core/domain";
import { athleteWithoutHistory } from "./athlete-input";
import type {
  AthleteInput,
  InjuryInput,
  MetricInput,
  PainLogInput,
  SessionInput,
  Suggestion,
  WellnessInput,
} from "./types";

/** Builders for the analysis tests: an athlete as of a fixed Tuesday, with rows placed by "days ago". */

/** A Tuesday. */
export const AS_OF = "2026-11-24";

/** The date `days` days before AS_OF (0 is AS_OF itself). */
export function ago(days: number, asOf: string = AS_OF): string {
  return addDays(asOf, -days);
}

export function athlete(overrides: Partial<AthleteInput> = {}): AthleteInput {
  return {
    ...athleteWithoutHistory({ userId: "athlete-1", timezone: "UTC", experienceYears: 4, birthDate: null, sex: null }),
    ...overrides,
  };
}

export function session(
  daysAgo: number,
  fields: Partial<Omit<SessionInput, "date">> & { type?: SessionType } = {},
): SessionInput {
  return { date: ago(daysAgo), type: "tempo", durationMin: 60, rpe: 5, mood: 4, ...fields };
}

/** `count` sessions, one a day, from `first` days ago towards as-of. */
export function dailySessions(first: number, count: number, fields: Partial<SessionInput> = {}): SessionInput[] {
  return Array.from({ length: count }, (_, i) => session(first - i, fields));
}

export function injury(fields: Partial<InjuryInput> & { onsetDaysAgo?: number } = {}): InjuryInput {
  const { onsetDaysAgo = 3, ...rest } = fields;
  return {
    id: "injury-1",
    bodyPart: "hamstring",
    side: "right",
    severity: "moderate",
    status: "active",
    onsetDate: ago(onsetDaysAgo),
    resolvedDate: null,
    ...rest,
  };
}

/** Pain logs for one injury, given as [days ago, level] pairs. */
export function pain(injuryId: string, logs: readonly [number, number][]): PainLogInput[] {
  return logs.map(([daysAgo, level]) => ({ injuryId, level, date: ago(daysAgo) }));
}

export function metric(daysAgo: number, fields: Partial<Omit<MetricInput, "date">> = {}): MetricInput {
  return { metric: "100m", value: 11.2, unit: "s", timing: "fat", windMps: 0.5, date: ago(daysAgo), ...fields };
}

export function wellness(daysAgo: number, values: [number, number, number, number]): WellnessInput {
  const [sleep, stress, fatigue, soreness] = values;
  return { date: ago(daysAgo), sleep, stress, fatigue, soreness };
}

export function types(suggestions: readonly Suggestion[]): string[] {
  return suggestions.map((s) => s.type);
}

/** A plain week of training that raises nothing: 4 varied sessions a week for 8 weeks, a metric last week. */
export function steadyAthlete(overrides: Partial<AthleteInput> = {}): AthleteInput {
  const week: SessionType[] = ["acceleration", "strength", "tempo", "max_velocity"];
  const sessions: SessionInput[] = [];
  for (let w = 0; w < 8; w++) {
    week.forEach((type, i) => {
      sessions.push(session(w * 7 + [6, 4, 2, 1][i]!, { type, durationMin: 60, rpe: 6, mood: 4 }));
    });
  }
  return athlete({ sessions, metrics: [metric(5)], ...overrides });
}
