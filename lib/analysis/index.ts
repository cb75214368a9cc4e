/** The analysis engine (PRODUCT.md section 4): pure functions of an athlete's data and an as-of date. */

export { isKnownTimeZone, scheduleCheckIns } from "./check-ins";
export { analyzeAthlete } from "./comprehensive";
export {
  activeLowerBodyInjuries,
  allowedDifficulties,
  experienceLevel,
  isLowerBodyPart,
  recommendDrills,
} from "./drills";
export { computeFigures, type Figures } from "./figures";
export { analyzeGoals, goalProgress, isBehindSchedule, newMilestones } from "./goals";
export {
  acuteLoad,
  acwrZone,
  chronicLoad,
  dailyLoads,
  loadSeries,
  loadSummary,
  monotonyOf,
  sessionLoad,
} from "./load";
export { analyzePatterns, patternsFromFigures, rpeTrend } from "./patterns";
export {
  hooperIndex,
  isHooperHigh,
  isLowerBetter,
  isWindAided,
  type Mark,
  normalizeMetric,
  type PainZone,
  type PersonalBest,
  painZone,
  personalBests,
  raceDistanceM,
  stillAirTime,
  toFatEquivalent,
} from "./sprint";
export { comparePriority, generateSuggestions, SUGGESTION_PRIORITIES, suggestionsFromFigures } from "./suggestions";
export type * from "./types";
export { type DayWindow, inWindow, lastDays } from "./windows";
export {
  type AgeGradedBest,
  ageGradedBests,
  ageGradePct,
  WMA_AGE_FACTORS_2023,
  WMA_EVENTS,
  WMA_OPEN_STANDARDS_2023,
} from "./wma-factors";
