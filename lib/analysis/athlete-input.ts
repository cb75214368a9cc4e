import type { AthleteInput } from "./types";

type AthleteProfile = Pick<AthleteInput, "userId" | "timezone" | "experienceYears" | "birthDate" | "sex">;

/** An athlete with no history yet: the loaders fill the lists in, and tests start from it. */
export function athleteWithoutHistory(profile: AthleteProfile): AthleteInput {
  return {
    ...profile,
    sessions: [],
    injuries: [],
    painLogs: [],
    metrics: [],
    wellness: [],
    goals: [],
    achievements: [],
    calendar: [],
  };
}
