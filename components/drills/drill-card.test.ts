import { describe, expect, it } from "vitest";
import { categoryLabel, pickedFor } from "@/components/drills/drill-card";

describe("a drill's category beside its difficulty badge", () => {
  it("names the category in words in the filters", () => {
    expect(categoryLabel("technique-beginner")).toBe("Technique (beginner)");
    expect(categoryLabel("core-stability")).toBe("Core & stability");
    expect(categoryLabel("advanced")).toBe("Advanced");
  });

  it("does not say the level twice beside the badge", () => {
    expect(categoryLabel("advanced", "advanced")).toBeNull();
    expect(categoryLabel("technique-beginner", "beginner")).toBe("Technique");
    expect(categoryLabel("technique-beginner", "intermediate")).toBe("Technique (beginner)");
    expect(categoryLabel("speed", "advanced")).toBe("Speed");
  });
});

describe("pickedFor", () => {
  it("says what a recommended list was picked for, with the right article", () => {
    expect(pickedFor("advanced")).toBe("Picked for an advanced sprinter, your injuries and your last two weeks.");
    expect(pickedFor("beginner")).toBe("Picked for a beginner sprinter, your injuries and your last two weeks.");
  });
});
