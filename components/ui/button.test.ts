import { describe, expect, it } from "vitest";
import { type ButtonSize, buttonClass } from "./button";

/** The padding utilities of a class list, by the side they set: "x", "y" or both ("xy" for p-*). */
function paddings(classes: string): string[] {
  return classes
    .split(/\s+/)
    .filter((c) => /^p[xy]?-/.test(c))
    .map((c) => (c.startsWith("px-") ? "x" : c.startsWith("py-") ? "y" : "xy"));
}

describe("buttonClass", () => {
  const sizes: ButtonSize[] = ["regular", "compact", "tight", "icon"];

  it.each(sizes)("sets each side's padding once at size %s, so no padding class overrides another", (size) => {
    const sides = paddings(buttonClass("ghost", "w-full", size)).flatMap((s) => s.split(""));
    expect(sides.sort()).toEqual(["x", "y"]);
  });

  it("keeps every size at least 44 px high and wide", () => {
    for (const size of sizes) expect(buttonClass("primary", "", size)).toMatch(/\bmin-h-11\b.*\bmin-w-11\b/);
  });

  it("gives a tight button less padding than a compact one, and a compact one less than the regular", () => {
    expect(buttonClass("ghost", "", "tight")).toContain("px-2");
    expect(buttonClass("ghost", "", "compact")).toContain("px-3");
    expect(buttonClass("ghost")).toContain("px-4");
  });
});
