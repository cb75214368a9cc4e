import { describe, expect, it } from "vitest";
import {
  addDays,
  dayLabel,
  daysBetween,
  dayTicks,
  formatDate,
  parseIsoDate,
  timeOfDay,
  timeZoneCity,
  timeZoneLabel,
  todayIn,
  utcOffsetLabel,
  weekdayOf,
  zonedTimeToUtc,
} from "@/lib/core/dates";

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

describe("dates in words", () => {
  const now = new Date("2026-11-24T12:00:00Z");

  it("names a calendar day the same in every zone: a date-only string never shifts", () => {
    expect(formatDate("2026-12-01", { now })).toBe("Tue 1 Dec");
    for (const timeZone of ["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Tokyo"]) {
      expect(formatDate("2026-12-01", { timeZone, now })).toBe("Tue 1 Dec");
    }
  });

  it("shows an instant on the wall clock of the athlete's zone", () => {
    // 03:30 UTC on 2 December is still the evening of 1 December in New York.
    const instant = "2026-12-02T03:30:00.000Z";
    expect(formatDate(instant, { timeZone: "UTC", now })).toBe("Wed 2 Dec");
    expect(formatDate(instant, { timeZone: "America/New_York", now })).toBe("Tue 1 Dec");
    expect(formatDate(new Date(instant), { timeZone: "America/New_York", time: true, now })).toBe("Tue 1 Dec, 22:30");
    expect(formatDate(instant, { timeZone: "Asia/Kolkata", time: true, now })).toBe("Wed 2 Dec, 09:00");
    expect(formatDate("2026-12-01T19:00:00Z", { time: true, now })).toBe("Tue 1 Dec, 19:00");
  });

  it("tells the time of day on the athlete's wall clock, 24-hour", () => {
    expect(timeOfDay("2026-12-02T03:30:00Z", "America/New_York")).toBe("22:30");
    expect(timeOfDay(new Date("2026-12-02T00:05:00Z"))).toBe("00:05");
    expect(() => timeOfDay("later")).toThrow(RangeError);
  });

  it("adds the time only to an instant: a calendar day has none", () => {
    expect(formatDate("2026-12-01", { time: true, now })).toBe("Tue 1 Dec");
  });

  it("adds the year only when it is not this year, in the athlete's zone", () => {
    expect(formatDate("2027-01-04", { now })).toBe("Mon 4 Jan 2027");
    expect(formatDate("2025-12-31", { now })).toBe("Wed 31 Dec 2025");
    expect(formatDate("2028-01-04T10:00:00Z", { time: true, now })).toBe("Tue 4 Jan 2028, 10:00");
    // New Year's Eve in London is already New Year's Day in Sydney.
    const newYear = new Date("2026-12-31T20:00:00Z");
    expect(formatDate("2027-01-01", { timeZone: "Europe/London", now: newYear })).toBe("Fri 1 Jan 2027");
    expect(formatDate("2027-01-01", { timeZone: "Australia/Sydney", now: newYear })).toBe("Fri 1 Jan");
    expect(formatDate("2020-02-29", { now: null })).toBe("Sat 29 Feb");
  });

  it("keeps the words of messages free of the year", () => {
    expect(dayLabel("2026-11-24")).toBe("Tue 24 Nov");
    expect(dayLabel("1999-12-31")).toBe("Fri 31 Dec");
  });

  it("refuses what is not a date", () => {
    expect(() => formatDate("soon", { now })).toThrow(RangeError);
    expect(() => formatDate(new Date(Number.NaN), { now })).toThrow(RangeError);
  });

  it("spreads the ticks of a time axis over whole days", () => {
    expect(dayTicks("2026-11-01", "2026-11-01")).toEqual(["2026-11-01"]);
    expect(dayTicks("2026-11-01", "2026-11-03")).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(dayTicks("2026-10-01", "2026-11-30", 4)).toEqual(["2026-10-01", "2026-10-21", "2026-11-10", "2026-11-30"]);
    expect(dayTicks("2026-11-30", "2026-11-01")).toEqual(["2026-11-30"]);
  });
});

describe("time zones in words", () => {
  const winter = new Date("2026-12-01T12:00:00Z");
  const summer = new Date("2026-07-01T12:00:00Z");

  it("names a zone by its city", () => {
    expect(timeZoneCity("America/New_York")).toBe("New York");
    expect(timeZoneCity("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
    expect(timeZoneCity("UTC")).toBe("UTC");
  });

  it("gives the offset in force, with daylight saving and half hours", () => {
    expect(utcOffsetLabel("America/New_York", winter)).toBe("UTC−5");
    expect(utcOffsetLabel("America/New_York", summer)).toBe("UTC−4");
    expect(utcOffsetLabel("Europe/London", winter)).toBe("UTC+0");
    expect(utcOffsetLabel("Europe/London", summer)).toBe("UTC+1");
    expect(utcOffsetLabel("Asia/Kolkata", winter)).toBe("UTC+5:30");
    expect(utcOffsetLabel("Asia/Kathmandu", winter)).toBe("UTC+5:45");
    expect(utcOffsetLabel("America/St_Johns", winter)).toBe("UTC−3:30");
  });

  it("labels a zone for the picker, never as its IANA id", () => {
    expect(timeZoneLabel("America/New_York", winter)).toBe("New York (UTC−5)");
    expect(timeZoneLabel("Europe/London", winter)).toBe("London (UTC+0)");
    expect(timeZoneLabel("UTC", winter)).toBe("UTC");
  });
});
