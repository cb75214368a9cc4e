import { describe, expect, it } from "vitest";
import { addDays, daysBetween, parseIsoDate, todayIn, weekdayOf, zonedTimeToUtc } from "@/lib/core/dates";

describe("calendar dates", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-11-24", 0)).toBe("2026-11-24");
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(addDays("2026-11-24", -120)).toBe("2026-07-27");
  });

  it("counts whole days either way", () => {
    expect(daysBetween("2026-11-24", "2026-11-24")).toBe(0);
    expect(daysBetween("2026-11-17", "2026-11-24")).toBe(7);
    expect(daysBetween("2026-11-24", "2026-11-17")).toBe(-7);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  it("gives the same answers when asked again (the conversions are remembered)", () => {
    const first = Array.from({ length: 400 }, (_, i) => addDays("2026-01-01", i));
    const again = Array.from({ length: 400 }, (_, i) => addDays("2026-01-01", i));
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(400);
    expect(parseIsoDate("2026-11-24").toISOString()).toBe("2026-11-24T00:00:00.000Z");
    // A Date handed out is the caller's own: changing it changes nothing for the next caller.
    parseIsoDate("2026-11-24").setUTCFullYear(1999);
    expect(parseIsoDate("2026-11-24").getUTCFullYear()).toBe(2026);
  });

  it("refuses what is not a date, every time", () => {
    expect(() => addDays("2026-13-01", 1)).toThrow(RangeError);
    expect(() => addDays("2026-13-01", 1)).toThrow(RangeError);
    expect(() => addDays("yesterday", 0)).toThrow(RangeError);
    expect(daysBetween("nope", "2026-11-24")).toBeNaN();
  });

  it("knows the weekday of a date", () => {
    expect(weekdayOf("2026-11-22")).toBe(0); // a Sunday
    expect(weekdayOf("2026-11-24")).toBe(2);
  });
});

describe("time zones", () => {
  it("tells the athlete's own today", () => {
    const now = new Date("2026-11-24T23:30:00Z");
    expect(todayIn("UTC", now)).toBe("2026-11-24");
    expect(todayIn("Australia/Sydney", now)).toBe("2026-11-25");
    expect(todayIn("America/New_York", now)).toBe("2026-11-24");
    expect(() => todayIn("Mars/Olympus", now)).toThrow(RangeError);
  });

  it("finds the instant of a local time, across daylight-saving changes", () => {
    expect(zonedTimeToUtc("2026-11-24", 7, 0, "Europe/London").toISOString()).toBe("2026-11-24T07:00:00.000Z");
    expect(zonedTimeToUtc("2026-07-01", 7, 0, "Europe/London").toISOString()).toBe("2026-07-01T06:00:00.000Z");
    // 01:30 does not exist in London on 29 March 2026: it moves forward by the hour skipped.
    expect(zonedTimeToUtc("2026-03-29", 1, 30, "Europe/London").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // 01:30 happens twice on 25 October 2026: the first one counts.
    expect(zonedTimeToUtc("2026-10-25", 1, 30, "Europe/London").toISOString()).toBe("2026-10-25T00:30:00.000Z");
    const again = zonedTimeToUtc("2026-07-01", 7, 0, "Europe/London");
    again.setTime(0);
    expect(zonedTimeToUtc("2026-07-01", 7, 0, "Europe/London").toISOString()).toBe("2026-07-01T06:00:00.000Z");
  });
});
