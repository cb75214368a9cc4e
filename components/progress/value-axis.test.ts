import { describe, expect, it } from "vitest";
import { valueAxis } from "./value-axis";

describe("valueAxis", () => {
  it("writes times with two decimals and jumps or lifts with as many as the marks use", () => {
    expect(valueAxis([12.58, 12.9], "s").decimals).toBe(2);
    expect(valueAxis([2.4, 2.52], "m").decimals).toBe(2);
    expect(valueAxis([184, 190], "kg").decimals).toBe(0);
    expect(valueAxis([6.5, 6.8], "m").decimals).toBe(1);
  });

  it("puts round ticks around the marks, at most four gaps apart", () => {
    expect(valueAxis([12.45, 13.05], "s").ticks).toEqual([12.4, 12.6, 12.8, 13, 13.2]);
    expect(valueAxis([2.4, 2.52], "m").ticks).toEqual([2.4, 2.45, 2.5, 2.55]);
    expect(valueAxis([26.18, 26.6], "s").ticks).toEqual([26, 26.2, 26.4, 26.6]);
    expect(valueAxis([184, 190], "kg").ticks).toEqual([184, 186, 188, 190]);
  });

  it("ends the domain on the first and last tick", () => {
    const axis = valueAxis([12.45, 13.05], "s");
    expect(axis.domain).toEqual([axis.ticks[0], axis.ticks.at(-1)]);
  });

  it("keeps a single mark's axis close around it rather than spanning whole units", () => {
    expect(valueAxis([3.38], "s")).toMatchObject({ domain: [3.3, 3.45], ticks: [3.3, 3.35, 3.4, 3.45] });
  });

  it("gives equal whole-number marks room on each side", () => {
    expect(valueAxis([184, 184], "kg").domain).toEqual([180, 188]);
    expect(valueAxis([1, 1], "kg").domain).toEqual([0, 2]);
  });
});
