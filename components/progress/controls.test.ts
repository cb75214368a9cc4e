import { describe, expect, it } from "vitest";
import { markLabel, markNumber, windLabel } from "./controls";

describe("how a mark is written", () => {
  it("gives times two decimals and other units as many as they use, at most two", () => {
    expect(markNumber(12.5, "s")).toBe("12.50");
    expect(markNumber(2.5, "m")).toBe("2.5");
    expect(markNumber(2.523, "m")).toBe("2.52");
    expect(markNumber(184, "kg")).toBe("184");
    expect(markLabel(12.5, "s")).toBe("12.50 s");
    expect(markLabel(184, "kg")).toBe("184 kg");
  });

  it("signs the wind, still air included", () => {
    expect(windLabel(1.6)).toBe("+1.6 m/s");
    expect(windLabel(-0.4)).toBe("−0.4 m/s");
    expect(windLabel(0)).toBe("±0.0 m/s");
    expect(windLabel(null)).toBe("no wind reading");
  });
});
