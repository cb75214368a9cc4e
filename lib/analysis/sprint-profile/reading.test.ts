import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/core/dates";
import {
  MAC_CHANGE_PCT,
  MSS_CHANGE_PCT,
  type ProfilePoint,
  QUICK_TAU_S,
  readSprintProfiles,
  SEASON_DAYS,
  SLOW_TAU_S,
} from "./reading";

const point = (date: string, mss: number, mac: number, extra: Partial<ProfilePoint> = {}): ProfilePoint => ({
  date,
  mss,
  mac,
  tau: mss / mac,
  start: "standing",
  time_correction_s: 0,
  ...extra,
});

describe("readSprintProfiles (PRODUCT 4.9: 'your acceleration improved, top speed did not')", () => {
  it("has nothing to read without a profile", () => {
    expect(readSprintProfiles([])).toBeNull();
  });

  it("with one profile gives the levels, asks for another, and a focus from the shape", () => {
    const reading = readSprintProfiles([point("2026-11-10", 9, 9)])!;
    expect(reading.since).toBeNull();
    expect(reading.mss).toBeNull();
    expect(reading.summary).toBe(
      "Top speed 9.00 m/s, acceleration 9.00 m/s² on Tue 10 Nov. One more profile, measured the same way, shows the trend.",
    );
    expect(reading.focus).toBe("both");
  });

  it("says which moved: acceleration up 4 % (the threshold), top speed within 2 %", () => {
    const reading = readSprintProfiles([
      point("2026-10-12", 9, 8),
      point("2026-11-10", 9.1, 8 * (1 + MAC_CHANGE_PCT / 100)),
    ])!;
    expect(reading.mac!.direction).toBe("up");
    expect(reading.mss!.direction).toBe("flat");
    expect(reading.summary).toMatch(/^Your acceleration improved 4\.0 % since Mon 12 Oct; top speed has not moved\./);
    expect(reading.focus).toBe("top_speed");
    expect(reading.focusReason).toBe("your top speed has not moved since Mon 12 Oct while acceleration rose");
  });

  it("counts a change just under each threshold as no change", () => {
    const reading = readSprintProfiles([
      point("2026-10-12", 9, 8),
      point("2026-11-10", 9 * (1 + (MSS_CHANGE_PCT - 0.01) / 100), 8 * (1 - (MAC_CHANGE_PCT - 0.01) / 100)),
    ])!;
    expect(reading.mss!.direction).toBe("flat");
    expect(reading.mac!.direction).toBe("flat");
  });

  it("top speed up 2 % exactly and acceleration down 4 %: work on acceleration", () => {
    const reading = readSprintProfiles([
      point("2026-10-12", 9, 8),
      point("2026-11-10", 9 * (1 + MSS_CHANGE_PCT / 100), 8 * (1 - MAC_CHANGE_PCT / 100)),
    ])!;
    expect(reading.mss!.direction).toBe("up");
    expect(reading.mac!.direction).toBe("down");
    expect(reading.focus).toBe("acceleration");
    expect(reading.summary).toMatch(/^Your acceleration dropped 4\.0 % since Mon 12 Oct; top speed improved 2\.0 %\./);
  });

  it("compares only profiles measured the same way (start and time correction) within the season", () => {
    const latest = point("2026-11-10", 9.5, 9);
    const reading = readSprintProfiles([
      point(addDays(latest.date, -SEASON_DAYS - 1), 8, 7),
      point("2026-09-01", 8.5, 7, { start: "block" }),
      point("2026-09-15", 8.6, 7, { time_correction_s: 0.3 }),
      point(addDays(latest.date, -SEASON_DAYS), 9, 9),
      latest,
    ])!;
    expect(reading.since!.date).toBe(addDays(latest.date, -SEASON_DAYS));
    expect(reading.mss!.pct).toBeCloseTo(5.556, 3);
  });

  it("when both move together the shape decides: TAU above the slow limit is acceleration, below the quick one speed", () => {
    const withTau = (tau: number) => [
      point("2026-10-01", 9, 9 / tau, { tau }),
      point("2026-11-01", 9, 9 / tau, { tau }),
    ];
    const slow = readSprintProfiles(withTau(SLOW_TAU_S + 0.01))!;
    expect([slow.mss!.direction, slow.mac!.direction]).toEqual(["flat", "flat"]);
    expect(slow.focus).toBe("acceleration");
    expect(slow.focusReason).toMatch(/^you build up speed slowly \(TAU 1\.26 s\)/);
    expect(readSprintProfiles(withTau(SLOW_TAU_S))!.focus).toBe("both");
    expect(readSprintProfiles(withTau(QUICK_TAU_S))!.focus).toBe("both");
    expect(readSprintProfiles(withTau(QUICK_TAU_S - 0.01))!.focus).toBe("top_speed");
  });
});
