import { describe, expect, it } from "vitest";
import { AS_OF, ago } from "./test-support";
import { assertAsOf, datesFrom, daysAgo, inWindow, lastDays, previousDays, within } from "./windows";

describe("lastDays", () => {
  it("ends on as-of and starts N−1 days before it", () => {
    expect(lastDays("2026-11-24", 7)).toEqual({ from: "2026-11-18", to: "2026-11-24" });
    expect(lastDays("2026-11-24", 28)).toEqual({ from: "2026-10-28", to: "2026-11-24" });
    expect(lastDays("2026-03-01", 30)).toEqual({ from: "2026-01-31", to: "2026-03-01" });
  });

  it.each([
    [0, true],
    [6, true],
    [7, false],
    [-1, false],
  ])("puts the day %i days ago in the 7-day window: %s", (days, inside) => {
    expect(inWindow(ago(days), lastDays(AS_OF, 7))).toBe(inside);
  });

  it.each([
    [14, 13, true],
    [14, 14, false],
    [28, 27, true],
    [28, 28, false],
    [30, 29, true],
    [30, 30, false],
  ])("in the last %i days, puts day −%i inside: %s", (size, days, inside) => {
    expect(inWindow(ago(days), lastDays(AS_OF, size))).toBe(inside);
  });

  it("crosses a leap day", () => {
    expect(lastDays("2028-03-01", 2)).toEqual({ from: "2028-02-29", to: "2028-03-01" });
  });
});

describe("previousDays", () => {
  it("is the 7 days before the last 7: days −13 … −7", () => {
    expect(previousDays(AS_OF, 7)).toEqual({ from: ago(13), to: ago(7) });
  });
});

describe("within, datesFrom, daysAgo", () => {
  it("keeps only rows inside the window", () => {
    const rows = [0, 6, 7, -1].map((d) => ({ date: ago(d), d }));
    expect(within(rows, lastDays(AS_OF, 7)).map((r) => r.d)).toEqual([0, 6]);
  });

  it("lists every date of a range, both ends included, and none when reversed", () => {
    expect(datesFrom("2026-02-27", "2026-03-02")).toEqual(["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(datesFrom("2026-03-02", "2026-03-01")).toEqual([]);
  });

  it("counts whole days back to as-of", () => {
    expect(daysAgo(ago(6), AS_OF)).toBe(6);
    expect(daysAgo(AS_OF, AS_OF)).toBe(0);
  });
});

describe("assertAsOf", () => {
  it.each(["2026-11-24", "2028-02-29"])("accepts the real date %s", (value) => {
    expect(() => assertAsOf(value)).not.toThrow();
  });

  it.each(["2026-02-30", "24/11/2026", "2026-11-24T00:00:00Z", "", "2027-02-29"])("rejects %j", (value) => {
    expect(() => assertAsOf(value)).toThrow(RangeError);
  });
});
