import { describe, expect, it } from "vitest";
import { splitsFromReps } from "./from-session";

describe("splitsFromReps", () => {
  it("takes the best time at each distance, sorted by distance", () => {
    expect(
      splitsFromReps([
        { reps: 3, distanceM: 20, timesS: [3.2, 3.15, 3.18] },
        { reps: 2, distanceM: 10, timesS: [1.95, 1.9] },
        { reps: 2, distanceM: 30, timesS: [4.4, 4.38] },
        { reps: 1, distanceM: 20, timesS: [3.12] },
      ]),
    ).toEqual({ distances_m: [10, 20, 30], times_s: [1.9, 3.12, 4.38] });
  });

  it("needs 3 distances with a time: untimed reps and fewer distances give nothing", () => {
    expect(splitsFromReps(null)).toBeNull();
    expect(
      splitsFromReps([
        { reps: 3, distanceM: 20, timesS: [3.2] },
        { reps: 3, distanceM: 30 },
        { reps: 3, distanceM: 10, timesS: [] },
        { reps: 4, timesS: [5] },
        { reps: 2, distanceM: 40, timesS: [5.5] },
      ]),
    ).toBeNull();
  });
});
