import { describe, expect, it } from "vitest";
import { generateSuggestions } from "@/lib/analysis/suggestions";
import { AS_OF, athlete, injury, pain, types } from "@/lib/analysis/test-support";
import { JORDAN } from "@/lib/aria/local/fixtures";
import { injuryAnswer } from "./injury";

const atPain = (level: number) => ({
  ...JORDAN,
  injuries: [{ ...JORDAN.injuries[0]!, latest_pain: { level, date: "2026-11-23" } }],
});

const engineRaisesPainHigh = (level: number) =>
  types(
    generateSuggestions(athlete({ injuries: [injury()], painLogs: pain("injury-1", [[1, level]]) }), AS_OF),
  ).includes("pain_high");

describe("injuryAnswer against the Silbernagel pain zones of the engine", () => {
  it.each([
    [0, "in the 0–3 safe zone"],
    [3, "in the 0–3 safe zone"],
    [4, "in the 4–5 zone, which is acceptable with care"],
    [5, "in the 4–5 zone, which is acceptable with care"],
    [6, "above 5, which is not acceptable"],
    [10, "above 5, which is not acceptable"],
  ])("words a pain of %i as %s", (level, words) => {
    expect(injuryAnswer(atPain(level), "pain?")).toContain(`${level}/10 on Mon 23 Nov, ${words}`);
  });

  it.each([5, 6])(
    "tells the athlete to stop loading at a pain of %i exactly when the engine raises pain_high",
    (level) => {
      const stop = injuryAnswer(atPain(level), "pain?").includes("stop loading that area and see a physio");
      expect(stop).toBe(engineRaisesPainHigh(level));
    },
  );

  it("gives the general rule with the engine's bands", () => {
    expect(injuryAnswer(null, "pain?")).toContain(
      "0–3 is safe, 4–5 is acceptable if it settles by the next morning, and above 5 is not acceptable",
    );
  });
});
