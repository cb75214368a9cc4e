/** What a message to aria-local can ask for: the intents its classifier tells apart (intents.ts). */
export const INTENTS = [
  "log_session",
  "coach",
  "training_summary",
  "injury",
  "readiness",
  "todays_session",
  "week_plan",
  "goals",
  "drills",
  "sprint_profile",
  "mental",
  "define",
  "greeting",
  "unknown",
] as const;
export type Intent = (typeof INTENTS)[number];
