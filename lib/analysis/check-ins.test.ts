import { describe, expect, it } from "vitest";
import { addDays, weekdayOf, zonedTimeToUtc } from "@/lib/core/dates";
import { isKnownTimeZone, scheduleCheckIns } from "./check-ins";
import { AS_OF, injury, session } from "./test-support";

const iso = (d: Date) => d.toISOString();
const plan = (
  asOf: string,
  timeZone: string,
  data: Partial<Parameters<typeof scheduleCheckIns>[0]> = {},
): [string, string][] =>
  scheduleCheckIns({ sessions: [], injuries: [], ...data }, asOf, timeZone).map((c) => [c.type, iso(c.scheduledFor)]);

describe("zonedTimeToUtc (Intl only)", () => {
  it.each([
    // Europe/London: BST from 01:00 UTC on Sun 29 Mar 2026 to 01:00 UTC on Sun 25 Oct 2026.
    ["Europe/London", "2026-03-28", 7, "2026-03-28T07:00:00.000Z"],
    ["Europe/London", "2026-03-29", 7, "2026-03-29T06:00:00.000Z"],
    ["Europe/London", "2026-10-24", 7, "2026-10-24T06:00:00.000Z"],
    ["Europe/London", "2026-10-25", 7, "2026-10-25T07:00:00.000Z"],
    // America/New_York: EDT from Sun 8 Mar 2026 to Sun 1 Nov 2026.
    ["America/New_York", "2026-03-07", 7, "2026-03-07T12:00:00.000Z"],
    ["America/New_York", "2026-03-08", 7, "2026-03-08T11:00:00.000Z"],
    ["America/New_York", "2026-10-31", 19, "2026-10-31T23:00:00.000Z"],
    ["America/New_York", "2026-11-01", 19, "2026-11-02T00:00:00.000Z"],
    // Australia/Sydney: AEDT (+11) until Sun 5 Apr 2026, AEST (+10) until Sun 4 Oct 2026.
    ["Australia/Sydney", "2026-04-04", 7, "2026-04-03T20:00:00.000Z"],
    ["Australia/Sydney", "2026-04-05", 7, "2026-04-04T21:00:00.000Z"],
    ["Australia/Sydney", "2026-10-03", 7, "2026-10-02T21:00:00.000Z"],
    ["Australia/Sydney", "2026-10-04", 7, "2026-10-03T20:00:00.000Z"],
    // Zones with half- and quarter-hour offsets and no daylight saving.
    ["Asia/Kolkata", "2026-06-01", 7, "2026-06-01T01:30:00.000Z"],
    ["Asia/Kathmandu", "2026-06-01", 7, "2026-06-01T01:15:00.000Z"],
    ["UTC", "2026-06-01", 19, "2026-06-01T19:00:00.000Z"],
  ])("%s %s at %i:00 is %s", (zone, date, hour, expected) => {
    expect(iso(zonedTimeToUtc(date, hour, 0, zone))).toBe(expected);
  });

  it("moves a skipped wall time forward by the gap and takes the first of a repeated one", () => {
    expect(iso(zonedTimeToUtc("2026-03-29", 1, 30, "Europe/London"))).toBe("2026-03-29T01:30:00.000Z");
    expect(iso(zonedTimeToUtc("2026-10-25", 1, 30, "Europe/London"))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(zonedTimeToUtc("2026-03-08", 2, 30, "America/New_York"))).toBe("2026-03-08T07:30:00.000Z");
    expect(iso(zonedTimeToUtc("2026-11-01", 1, 30, "America/New_York"))).toBe("2026-11-01T05:30:00.000Z");
  });

  it("reads the weekday of a calendar date", () => {
    expect(weekdayOf("2026-11-22")).toBe(0);
    expect(weekdayOf(AS_OF)).toBe(2);
  });
});

describe("scheduleCheckIns", () => {
  it("schedules the morning motivation at 07:00 local every day", () => {
    expect(plan(AS_OF, "Europe/London")).toEqual([["morning_motivation", "2026-11-24T07:00:00.000Z"]]);
    expect(plan(AS_OF, "America/New_York")).toEqual([["morning_motivation", "2026-11-24T12:00:00.000Z"]]);
    // 07:00 in Sydney (AEDT, +11) is still the previous day in UTC.
    expect(plan(AS_OF, "Australia/Sydney")).toEqual([["morning_motivation", "2026-11-23T20:00:00.000Z"]]);
  });

  it.each([
    ["RPE 8 yesterday", 1, 8, true],
    ["RPE 10 yesterday", 1, 10, true],
    ["RPE 7 yesterday", 1, 7, false],
    ["RPE 9 two days ago", 2, 9, false],
    ["RPE 9 today", 0, 9, false],
  ] as const)("schedules a 09:00 recovery check after %s: %s", (_, daysAgo, rpe, expected) => {
    const result = plan(AS_OF, "Europe/London", { sessions: [session(daysAgo, { rpe })] });
    expect(result.some(([type, at]) => type === "recovery_check" && at === "2026-11-24T09:00:00.000Z")).toBe(expected);
    expect(result.filter(([type]) => type === "recovery_check").length).toBe(expected ? 1 : 0);
  });

  it("schedules the weekly review at 18:00 on a Sunday in the athlete's zone, and not on a Saturday", () => {
    expect(plan("2026-11-22", "Australia/Sydney")).toEqual([
      ["morning_motivation", "2026-11-21T20:00:00.000Z"],
      ["weekly_review", "2026-11-22T07:00:00.000Z"],
    ]);
    expect(plan("2026-11-21", "Australia/Sydney").map(([type]) => type)).toEqual(["morning_motivation"]);
  });

  it.each([
    ["an active injury", injury({ status: "active" }), true],
    ["a recovering injury", injury({ status: "recovering" }), false],
    ["a resolved injury", injury({ status: "resolved" }), false],
    ["an active injury that starts after as-of", injury({ onsetDaysAgo: -1 }), false],
  ])("schedules the 19:00 injury status check with %s: %s", (_, hurt, expected) => {
    const result = plan(AS_OF, "America/New_York", { injuries: [hurt] });
    expect(result.some(([type, at]) => type === "injury_status" && at === "2026-11-25T00:00:00.000Z")).toBe(expected);
  });

  it("follows the clocks through a daylight-saving week (London, Mon 23 to Sun 29 Mar 2026)", () => {
    const week = Array.from({ length: 7 }, (_, i) => addDays("2026-03-23", i));
    const schedule = week.map((day) =>
      plan(day, "Europe/London", { injuries: [{ ...injury(), onsetDate: "2026-03-01" }] }),
    );
    for (let i = 0; i < 6; i++) {
      expect(schedule[i]).toEqual([
        ["morning_motivation", `${week[i]}T07:00:00.000Z`],
        ["injury_status", `${week[i]}T19:00:00.000Z`],
      ]);
    }
    expect(schedule[6]).toEqual([
      ["morning_motivation", "2026-03-29T06:00:00.000Z"],
      ["weekly_review", "2026-03-29T17:00:00.000Z"],
      ["injury_status", "2026-03-29T18:00:00.000Z"],
    ]);
  });

  it("gives the same list every time, sorted by time", () => {
    const data = { sessions: [{ ...session(0, { rpe: 9 }), date: "2026-11-21" }], injuries: [injury()] };
    const first = scheduleCheckIns(data, "2026-11-22", "Europe/London");
    expect(scheduleCheckIns(data, "2026-11-22", "Europe/London")).toEqual(first);
    expect(first.map((c) => c.type)).toEqual([
      "morning_motivation",
      "recovery_check",
      "weekly_review",
      "injury_status",
    ]);
  });

  it("reads an unknown time zone as UTC", () => {
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isKnownTimeZone("Europe/London")).toBe(true);
    expect(plan(AS_OF, "Mars/Olympus_Mons")).toEqual([["morning_motivation", "2026-11-24T07:00:00.000Z"]]);
  });
});
