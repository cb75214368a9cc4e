import { describe, expect, it } from "vitest";
import { computeFigures } from "@/lib/analysis/figures";
import { patternsFromFigures } from "@/lib/analysis/patterns";
import { suggestionsFromFigures } from "@/lib/analysis/suggestions";
import { AS_OF, steadyAthlete, types } from "@/lib/analysis/test-support";
import { SAM } from "@/lib/aria/local/fixtures";
import { trainingSummaryAnswer } from "./training-summary";

const figures = computeFigures(steadyAthlete(), AS_OF);
const withLoad = (load: Partial<typeof SAM.load>) => ({ ...SAM, load: { ...SAM.load, zone: null, ...load } });

describe("trainingSummaryAnswer against the engine's thresholds", () => {
  it.each([
    [1.5, false],
    [1.51, true],
  ])("at an ACWR of %f names the danger line: %s, as the engine raises overtraining", (acwr, danger) => {
    const raised = types(suggestionsFromFigures({ ...figures, load: { ...figures.load, acwr } }));
    expect(raised.includes("overtraining")).toBe(danger);
    expect(trainingSummaryAnswer(withLoad({ acwr })).includes("above the 1.5 danger line")).toBe(danger);
  });

  it.each([
    [2.0, false],
    [2.01, true],
  ])("at a monotony of %f calls the days too alike: %s, as the engine raises monotony_high", (monotony, high) => {
    const raised = types(suggestionsFromFigures({ ...figures, load: { ...figures.load, monotony } }));
    expect(raised.includes("monotony_high")).toBe(high);
    expect(trainingSummaryAnswer(withLoad({ monotony })).includes("your days look too alike")).toBe(high);
  });

  it.each([2.99, 3, 6, 6.01])("at %f sessions a week agrees with the engine's 3–6 optimal range", (perWeek) => {
    const optimal = patternsFromFigures({ ...figures, sessionsPerWeek: perWeek }).in_optimal_range;
    const answer = trainingSummaryAnswer({ ...SAM, week: { ...SAM.week, sessions_per_week_28d: perWeek } });
    expect(answer.includes("inside the 3–6 range")).toBe(optimal);
  });
});
