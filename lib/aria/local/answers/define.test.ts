import { describe, expect, it } from "vitest";
import { stillAirTime, toFatEquivalent } from "@/lib/analysis/sprint";
import { JORDAN } from "@/lib/aria/local/fixtures";
import { defineAnswer } from "./define";

describe("defineAnswer's worked examples", () => {
  it("converts the hand time as the engine converts a real mark", () => {
    expect(toFatEquivalent(10.5, "hand", "100m")).toBe(10.74);
    expect(defineAnswer(null, "x", "fat")).toContain("a hand-timed 10.5 is about 10.74 FAT");
  });

  it("gives the still-air time the engine computes, PRODUCT's worked example", () => {
    expect(stillAirTime("100m", 10, 2)?.toFixed(2)).toBe("10.08");
    expect(defineAnswer(null, "x", "wind")).toContain("10.00 s with +2.0 m/s is worth about 10.08 s in still air");
  });

  it("calls a monotony of exactly 2.0 fine and above it high", () => {
    const at = (monotony: number) => defineAnswer({ ...JORDAN, load: { ...JORDAN.load, monotony } }, "x", "monotony");
    expect(at(2.0)).toContain("which is fine");
    expect(at(2.01)).toContain("which is high");
  });
});
