import { describe, expect, it } from "vitest";
import { dayAtX, dayAxis, dayToX } from "@/components/charts/day-axis";

const DAY_MS = 86_400_000;

describe("a time axis over calendar days", () => {
  it("places each day at its own time, so a gap between days stays a gap", () => {
    expect(dayToX("2026-11-02") - dayToX("2026-11-01")).toBe(DAY_MS);
    expect(dayToX("2026-11-30") - dayToX("2026-11-01")).toBe(29 * DAY_MS);
  });

  it("is a real time axis whose ticks are whole days named in words", () => {
    const axis = dayAxis(["2026-11-30", "2026-10-01", "2026-10-20"], { timeZone: "America/New_York", ticks: 4 });
    expect(axis.props.type).toBe("number");
    expect(axis.props.scale).toBe("time");
    expect(axis.props.ticks).toEqual(["2026-10-01", "2026-10-21", "2026-11-10", "2026-11-30"].map(dayToX));
    // The tick is the calendar day itself, never shifted into the evening before by a zone west of UTC.
    expect(axis.props.tickFormatter(dayToX("2026-12-01")).startsWith("Tue 1 Dec")).toBe(true);
    expect(dayAtX(dayToX("2026-12-01"), "Pacific/Kiritimati").startsWith("Tue 1 Dec")).toBe(true);
  });

  it("spans the data, widened by the padding asked for, and a lone day by a day either side", () => {
    const [low, high] = dayAxis(["2026-11-01", "2026-11-10"], { timeZone: "UTC", padDays: 0.5 }).props.domain;
    expect(low(1000 * DAY_MS)).toBe(999.5 * DAY_MS);
    expect(high(1000 * DAY_MS)).toBe(1000.5 * DAY_MS);
    const lone = dayAxis(["2026-11-01"], { timeZone: "UTC" });
    expect(lone.props.domain[0](10 * DAY_MS)).toBe(9 * DAY_MS);
    expect(lone.props.ticks).toEqual([dayToX("2026-11-01")]);
  });

  it("sizes a bar to most of one day's width", () => {
    // Nine days between the ends plus half a day either side: ten days across the axis.
    expect(dayAxis(["2026-11-01", "2026-11-10"], { timeZone: "UTC", padDays: 0.5 }).barSize).toBe("7.000%");
    expect(dayAxis([], { timeZone: "UTC" }).props.ticks).toEqual([]);
  });
});
