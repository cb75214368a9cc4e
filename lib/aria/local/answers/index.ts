import type { Intent } from "@/lib/aria/local/intents";
import { coachAnswer } from "./coach-notes";
import { defineAnswer } from "./define";
import { drillsAnswer } from "./drills";
import { goalsAnswer } from "./goals";
import { greetingAnswer } from "./greeting";
import { injuryAnswer } from "./injury";
import { mentalAnswer } from "./mental";
import type { Ctx } from "./phrasing";
import { readinessAnswer, todaysSessionAnswer } from "./readiness";
import { sprintProfileAnswer } from "./sprint-profile";
import { trainingSummaryAnswer } from "./training-summary";
import { unknownAnswer } from "./unknown";
import { weekPlanAnswer } from "./week-plan";

/**
 * aria-local's answers, one module per intent. Logging a session is not here: it is a tool call with a
 * confirmation, which the model decides (see `log-session.ts` for its words).
 */

export type TextIntent = Exclude<Intent, "log_session">;

export const ANSWERS: Readonly<Record<TextIntent, (ctx: Ctx, message: string) => string>> = {
  training_summary: trainingSummaryAnswer,
  injury: injuryAnswer,
  readiness: readinessAnswer,
  todays_session: todaysSessionAnswer,
  goals: goalsAnswer,
  coach: coachAnswer,
  drills: drillsAnswer,
  sprint_profile: (ctx) => sprintProfileAnswer(ctx),
  mental: mentalAnswer,
  define: (ctx, message) => defineAnswer(ctx, message),
  greeting: greetingAnswer,
  week_plan: weekPlanAnswer,
  unknown: unknownAnswer,
};

// The zones are the engine's own; they are re-exported here because the answers word them.
export { acwrZone } from "@/lib/analysis/load";
export { painZone } from "@/lib/analysis/sprint";
export { coachAnswer } from "./coach-notes";
export { defineAnswer } from "./define";
export { drillsAnswer } from "./drills";
export { goalsAnswer } from "./goals";
export { greetingAnswer } from "./greeting";
export { injuryAnswer } from "./injury";
export {
  askedForDetails,
  askedToConfirm,
  askMissingAnswer,
  confirmHardSprintAnswer,
  loggedAnswer,
  logWithoutToolAnswer,
  notLoggedAnswer,
} from "./log-session";
export { mentalAnswer, pickMentalExercises } from "./mental";
export { type Ctx, describeAcwr } from "./phrasing";
export { readinessAnswer, todaysSessionAnswer } from "./readiness";
export { sprintProfileAnswer } from "./sprint-profile";
export { trainingSummaryAnswer } from "./training-summary";
export { unknownAnswer } from "./unknown";
export { weekPlanAnswer } from "./week-plan";
