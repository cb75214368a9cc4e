import { describe, expect, it } from "vitest";
import { computeFigures } from "@/lib/analysis/figures";
import { acwrZone } from "@/lib/analysis/load";
import { suggestionsFromFigures } from "@/lib/analysis/suggestions";
import { AS_OF, steadyAthlete, types } from "@/lib/analysis/test-support";
import { JORDAN } from "@/lib/aria/local/fixtures";
import { bySuggestionPriority, describeAcwr } from "./phrasing";

const WORDS = {
  low: "below the 0.8–1.3 sweet spot",
  sweet_spot: "inside the 0.8–1.3 sweet spot",
  elevated: "above the 0.8–1.3 sweet spot, though still under the 1.5 danger line",
  danger: "above the 1.5 danger line",
} as const;

describe("describeAcwr", () => {
  it.each([0.79, 0.8, 1.0, 1.3, 1.31, 1.5, 1.51])("words %f in the engine's zone", (acwr) => {
    const zone = acwrZone(acwr)!;
    expect(describeAcwr(acwr)).toContain(WORDS[zone]);
  });

  it("calls an ACWR of exactly 1.5 elevated and 1.51 danger, where the engine starts raising overtraining", () => {
    const figures = computeFigures(steadyAthlete(), AS_OF);
    const engineRaises = (acwr: number) =>
      types(suggestionsFromFigures({ ...figures, load: { ...figures.load, acwr } })).includes("overtraining");
    expect(describeAcwr(1.5)).toContain(WORDS.elevated);
    expect(engineRaises(1.5)).toBe(false);
    expect(describeAcwr(1.51)).toContain(WORDS.danger);
    expect(engineRaises(1.51)).toBe(true);
  });

  it("keeps the zone the engine put in the context", () => {
    expect(describeAcwr(1.0, "danger")).toContain(WORDS.danger);
  });

  it("quotes the bare value for a ratio the engine cannot place", () => {
    expect(describeAcwr(Number.NaN)).toBe("NaN");
  });
});

describe("bySuggestionPriority", () => {
  it("puts critical first, then high, medium and low, as the engine orders them", () => {
    expect(bySuggestionPriority(JORDAN).map((s) => s.priority)).toEqual(["critical", "high", "low"]);
  });
});
