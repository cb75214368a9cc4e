import { describe, expect, it } from "vitest";
import { SeededRandom } from "./random";

describe("SeededRandom", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const draw = (seed: string) => {
      const random = new SeededRandom(seed);
      return [random.float(), random.int(1, 6), random.uuid()];
    };
    expect(draw("jordan")).toEqual(draw("jordan"));
    expect(draw("jordan")).not.toEqual(draw("amara"));
  });

  it("keeps integers within both bounds and floats within [0, 1)", () => {
    const random = new SeededRandom(7);
    const ints = Array.from({ length: 2000 }, () => random.int(3, 5));
    expect(new Set(ints)).toEqual(new Set([3, 4, 5]));
    for (let i = 0; i < 2000; i++) {
      const x = random.float();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it("draws version-4 UUIDs", () => {
    expect(new SeededRandom(1).uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("refuses to pick from an empty list", () => {
    expect(() => new SeededRandom(1).pick([])).toThrow();
  });
});
