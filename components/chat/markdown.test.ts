import { describe, expect, it } from "vitest";
import { blocksOf } from "./markdown";

describe("chat markdown blocks", () => {
  it("splits a lead-in line from the list that follows it", () => {
    expect(blocksOf("What you can do instead:\n- Dead bug\n- Pallof press\n\nKeep going.")).toEqual([
      { kind: "paragraph", lines: ["What you can do instead:"] },
      { kind: "list", ordered: false, items: ["Dead bug", "Pallof press"] },
      { kind: "paragraph", lines: ["Keep going."] },
    ]);
  });

  it("keeps numbered lists ordered and joins wrapped paragraph lines", () => {
    expect(blocksOf("1. Warm up\n2. Flys\nLine one\nline two")).toEqual([
      { kind: "list", ordered: true, items: ["Warm up", "Flys"] },
      { kind: "paragraph", lines: ["Line one", "line two"] },
    ]);
  });
});
