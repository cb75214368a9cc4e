import { describe, expect, it } from "vitest";
import { computeFigures } from "@/lib/analysis/figures";
import { sessionLoad } from "@/lib/analysis/load";
import { AS_OF, ago, athlete, injury, pain, session, steadyAthlete, wellness } from "@/lib/analysis/test-support";
import type { AthleteInput } from "@/lib/analysis/types";
import { lastDays, within } from "@/lib/analysis/windows";
import { zonedTimeToUtc } from "@/lib/core/dates";
import { readiness, readinessFromFigures } from "./index";

const _rules = (input: AthleteInput, asOf = AS_OF) => readiness(input, asOf).reasons.map((r) => r.rule);

describe("readiness: injuries and pain (PRODUCT 4.8)", () => {
  it.each([
    ["lower-body injury, latest pain 5", "hamstring", 5, "modify", ["lower_body_injury"]],
    ["lower-body injury, latest pain 6", "hamstring", 6, "rest", ["pain_not_acceptable"]],
    ["upper-body injury, latest pain 5", "shoulder", 5, "go", []],
    ["upper-body injury, latest pain 6", "shoulder", 6, "rest", ["pain_not_acceptable"]],
  ] as const)("%s → %s", (_, bodyPart, level, verdict, expected) => {
    const input = steadyAthlete({ injuries: [injury({ bodyPart })], painLogs: pain("injury-1", [[1, level]]) });
    const result = readiness(input, AS_OF);
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.map((r) => r.rule)).toEqual(expected);
  });

  it("reads the latest pain log, not the worst: 7 then 3 is a modify day", () => {
    const input = steadyAthlete({
      injuries: [injury()],
      painLogs: pain("injury-1", [
        [3, 7],
        [1, 3],
      ]),
    });
    expect(readiness(input, AS_OF).verdict).toBe("modify");
  });

  it("an active lower-body injury without a pain log still means no maximal sprinting", () => {
    const result = readiness(steadyAthlete({ injuries: [injury()] }), AS_OF);
    expect(result.verdict).toBe("modify");
    expect(result.session.type).toBe("strength");
    expect(result.session.source).toBe("injury");
    expect(result.session.avoid[0]?.what).toMatch(/sprinting/);
  });

  it("ignores recovering and resolved injuries, and injuries that begin after the date", () => {
    for (const fields of [{ status: "recovering" as const }, { status: "resolved" as const }, { onsetDaysAgo: -1 }]) {
      const input = steadyAthlete({ injuries: [injury(fields)], painLogs: pain("injury-1", [[0, 8]]) });
      expect(readiness(input, AS_OF).verdict).toBe("go");
    }
  });
});

describe("readiness: today's wellness (Hooper index)", () => {
  it.each([
    [12, "go"],
    [13, "modify"],
    [19, "modify"],
    [20, "rest"],
  ] as const)("a Hooper index of %i today → %s", (hooper, verdict) => {
    const soreness = hooper - 3 * Math.min(6, Math.floor((hooper - 1) / 3));
    const rest = (hooper - soreness) / 3;
    const input = steadyAthlete({ wellness: [wellness(0, [rest, rest, rest, soreness])] });
    expect(readiness(input, AS_OF).verdict).toBe(verdict);
  });

  it("only today's log counts: yesterday's 24 says nothing about today", () => {
    expect(readiness(steadyAthlete({ wellness: [wellness(1, [6, 6, 6, 6])] }), AS_OF).verdict).toBe("go");
  });
});

describe("readiness: load ratio", () => {
  const withAcwr = (acwr: number) => {
    const input = steadyAthlete();
    const figures = computeFigures(input, AS_OF);
    return readinessFromFigures(input, { ...figures, load: { ...figures.load, acwr } }, null);
  };

  it("1.3 is still inside the sweet spot; above it, volume comes down", () => {
    expect(withAcwr(1.3).verdict).toBe("go");
    expect(withAcwr(1.31).verdict).toBe("modify");
    expect(withAcwr(1.31).reasons[0]?.rule).toBe("acwr_high");
  });

  it("a reduced day's load is at most the chronic daily average", () => {
    const input = steadyAthlete();
    const last28 = within(input.sessions, lastDays(AS_OF, 28));
    const chronicDaily = last28.reduce((t, s) => t + sessionLoad(s), 0) / 28;
    const { session: day } = withAcwr(1.6);
    expect(day.duration_min * day.rpe).toBeLessThanOrEqual(chronicDaily);
    expect(day.rpe).toBeLessThanOrEqual(6);
  });
});

describe("readiness: 48 hours between hard sprint sessions", () => {
  it.each([
    ["acceleration at RPE 8 yesterday", 1, "acceleration", 8, "modify"],
    ["special endurance at RPE 9 yesterday", 1, "special_endurance", 9, "modify"],
    ["acceleration at RPE 7 yesterday", 1, "acceleration", 7, "go"],
    ["tempo at RPE 8 yesterday", 1, "tempo", 8, "go"],
    ["acceleration at RPE 8 two days ago", 2, "acceleration", 8, "go"],
  ] as const)("%s → %s", (_, daysAgo, type, rpe, verdict) => {
    const base = athlete({ experienceYears: 4 });
    const input = { ...base, sessions: [session(daysAgo, { type, rpe, durationMin: 50 })] };
    expect(readiness(input, AS_OF).verdict).toBe(verdict);
  });

  it("never prescribes a hard sprint session the day after one", () => {
    const input = athlete({ sessions: [session(1, { type: "max_velocity", rpe: 9 })] });
    const day = readiness(input, AS_OF).session;
    expect(["acceleration", "max_velocity", "speed_endurance", "special_endurance"]).not.toContain(day.type);
  });
});

describe("readiness: what is already logged on the day", () => {
  it("lists the day's sessions, and none from the day before or after", () => {
    const input = athlete({
      sessions: [
        session(1, { type: "acceleration", rpe: 6 }),
        session(0, { type: "tempo", durationMin: 45, rpe: 5 }),
        session(0, { type: "strength", durationMin: 30, rpe: 7 }),
        session(-1, { type: "recovery" }),
      ],
    });
    expect(readiness(input, AS_OF).logged).toEqual([
      { type: "strength", duration_min: 30, rpe: 7 },
      { type: "tempo", duration_min: 45, rpe: 5 },
    ]);
  });

  it("is empty while nothing is logged on the day", () => {
    expect(readiness(athlete({ sessions: [session(1)] }), AS_OF).logged).toEqual([]);
  });
});

describe("readiness: competitions", () => {
  const raceIn = (days: number, input: AthleteInput = steadyAthlete()) => ({
    ...input,
    calendar: [
      {
        title: "County champs",
        type: "competition" as const,
        startsAt: zonedTimeToUtc(ago(-days), 14, 0, input.timezone),
      },
    ],
  });

  it.each([
    [0, "go", "competition_today", "race_day"],
    [1, "modify", "competition_soon", "taper"],
    [2, "modify", "competition_soon", "taper"],
  ] as const)("a race in %i days → %s", (days, verdict, rule, source) => {
    const result = readiness(raceIn(days), AS_OF);
    expect(result.verdict).toBe(verdict);
    expect(result.reasons.map((r) => r.rule)).toEqual([rule]);
    expect(result.session.source).toBe(source);
  });

  it("a race in 3 days changes nothing yet", () => {
    expect(readiness(raceIn(3), AS_OF).reasons).toEqual([]);
  });

  it("reads the race's date in the athlete's own zone", () => {
    const input = steadyAthlete({ timezone: "America/New_York" });
    // 02:00 UTC on the day after AS_OF is still AS_OF in New York: race day, not a taper.
    const evening = {
      ...input,
      calendar: [{ title: "Night meet", type: "competition" as const, startsAt: new Date(`${ago(-1)}T02:00:00Z`) }],
    };
    expect(readiness(evening, AS_OF).reasons[0]?.rule).toBe("competition_today");
  });

  it("the strictest reason wins: pain above 5 on race day is a rest day", () => {
    const input = raceIn(0, steadyAthlete({ injuries: [injury()], painLogs: pain("injury-1", [[0, 7]]) }));
    const result = readiness(input, AS_OF);
    expect(result.verdict).toBe("rest");
    expect(result.reasons.map((r) => r.rule)).toEqual(["pain_not_acceptable", "competition_today"]);
    expect(result.session.type).toBe("recovery");
  });
});

describe("readiness: a go day's session", () => {
  it("follows the plan when there is one, filling in what the plan leaves out", () => {
    const result = readiness(steadyAthlete(), AS_OF, { type: "max_velocity", reps: "4×30 m flying", durationMin: 45 });
    expect(result.verdict).toBe("go");
    expect(result.session).toMatchObject({
      type: "max_velocity",
      reps: "4×30 m flying",
      duration_min: 45,
      rpe: 8,
      source: "plan",
    });
  });

  it("otherwise picks the type the last 14 days had least of", () => {
    // steadyAthlete trains acceleration, strength, tempo and max velocity: technique is missing.
    expect(readiness(steadyAthlete(), AS_OF).session).toMatchObject({ type: "technique", source: "variety" });
  });

  it("gives a beginner no race-pace work, and a new account a first session", () => {
    const beginner = athlete({ experienceYears: 0 });
    const day = readiness(beginner, AS_OF);
    expect(day.verdict).toBe("go");
    expect(day.session.type).toBe("acceleration");
    expect(day.session.reps).toMatch(/crouch/);
  });

  it("says what is new in the headline for each verdict", () => {
    expect(readiness(steadyAthlete(), AS_OF).headline).toBe("You're good to go.");
    expect(readiness(steadyAthlete({ injuries: [injury()] }), AS_OF).headline).toMatch(/no sprinting/);
  });

  it("is pure: the same input and date give the same answer", () => {
    const input = steadyAthlete({ injuries: [injury()], painLogs: pain("injury-1", [[1, 4]]) });
    expect(readiness(input, AS_OF)).toEqual(readiness(structuredClone(input), AS_OF));
  });
});
