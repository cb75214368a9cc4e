import { describe, expect, it } from "vitest";
import { parseDuration, parseMood, parseReps, parseRpe, parseSession, withDigits } from "./parse-session";

const AS_OF = "2026-11-24";

describe("parseSession", () => {
  it("parses the canonical flys description", () => {
    expect(parseSession("6x30m flys, RPE 7, 45 min", AS_OF)).toEqual({
      ok: true,
      args: { type: "max_velocity", duration_min: 45, rpe: 7, date: AS_OF, notes: "6x30m flys, RPE 7, 45 min" },
    });
  });

  it("reads tempo, minutes, rpe and mood", () => {
    const r = parseSession("did 45 minutes of tempo at rpe 6, felt good", AS_OF);
    expect(r).toMatchObject({ ok: true, args: { type: "tempo", duration_min: 45, rpe: 6, mood: 4, date: AS_OF } });
  });

  it("dates yesterday from the context's as_of", () => {
    const r = parseSession("block starts 8x20m rpe 8 60 min yesterday", AS_OF);
    expect(r).toMatchObject({ ok: true, args: { type: "acceleration", duration_min: 60, rpe: 8, date: "2026-11-23" } });
  });

  it.each([
    ["3x150s speed endurance 40 min rpe 9", "speed_endurance"],
    ["2x400s lactic 35 min rpe 10", "special_endurance"],
    ["A-skips and wickets 30 min rpe 4", "technique"],
    ["bounds and hops 25 min rpe 6", "plyometrics"],
    ["gym: squats 1h rpe 7", "strength"],
    ["easy pool session 30 min rpe 2", "recovery"],
    ["raced the 100m, 90' including warm-up, rpe 9", "competition"],
    ["easy tempo 30 min rpe 4", "tempo"],
    ["max velocity work 40 min rpe 8", "max_velocity"],
  ])("%s → %s", (text, type) => {
    expect(parseSession(text, AS_OF)).toMatchObject({ ok: true, args: { type } });
  });

  it("reports a missing duration", () => {
    const r = parseSession("6x30m flys, RPE 7", AS_OF);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.missing).toEqual(["duration"]);
      expect(r.partial).toMatchObject({ type: "max_velocity", rpe: 7 });
    }
  });

  it("rejects RPE 11", () => {
    const r = parseSession("tempo 40 min rpe 11", AS_OF);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.missing).toEqual(["rpe"]);
      expect(r.invalid).toEqual({ rpe: 11 });
    }
  });

  it("rejects RPE 0 and durations over 600 minutes", () => {
    const r = parseSession("tempo 700 min rpe 0", AS_OF);
    expect(r).toMatchObject({ ok: false, missing: ["duration", "rpe"], invalid: { rpe: 0, duration_min: 700 } });
  });

  it("lists everything missing from a vague message", () => {
    expect(parseSession("log my session", AS_OF)).toMatchObject({ ok: false, missing: ["type", "duration", "rpe"] });
  });

  it("does not read metres as minutes", () => {
    expect(parseDuration("6x30m flys")).toBeNull();
  });

  it("reads spelled-out minutes and RPE", () => {
    expect(parseSession("did forty minutes of tempo, rpe of seven", AS_OF)).toMatchObject({
      ok: true,
      args: { type: "tempo", duration_min: 40, rpe: 7, notes: "did forty minutes of tempo, rpe of seven" },
    });
    expect(parseSession("six by thirty metre flys, rpe seven, forty five minutes", AS_OF)).toMatchObject({
      ok: true,
      args: { type: "max_velocity", duration_min: 45, rpe: 7 },
    });
  });

  it("omits the date without a context", () => {
    const r = parseSession("tempo 30 min rpe 5");
    expect(r.ok && r.args.date).toBeUndefined();
  });
});

describe("parseDuration", () => {
  it.each([
    ["45 min", 45],
    ["45 minutes", 45],
    ["1h", 60],
    ["1 hour 15", 75],
    ["1h15", 75],
    ["1 hr 30 mins", 90],
    ["1.5 hours", 90],
    ["90'", 90],
    ["an hour", 60],
    ["half an hour", 30],
    ["forty minutes", 40],
    ["twenty-five mins", 25],
  ])("%s → %i", (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });
});

describe("withDigits and parseReps", () => {
  it("turns spelled-out cardinals into digits clause by clause, and leaves the rest as written", () => {
    expect(withDigits("rpe seven, forty five min")).toBe("rpe 7, 45 min");
    expect(withDigits("one hour fifteen")).toBe("1 hour 15");
    expect(withDigits("first rep felt best")).toBe("first rep felt best");
    expect(withDigits("6x30m flys, RPE 7, 45 min")).toBe("6x30m flys, RPE 7, 45 min");
  });

  it.each([
    ["6x30m flys, RPE 7, 45 min", [{ reps: 6, distance_m: 30 }]],
    ["3x150s speed endurance", [{ reps: 3, distance_m: 150 }]],
    [
      "4 x 20 m + 3x30m from blocks",
      [
        { reps: 4, distance_m: 20 },
        { reps: 3, distance_m: 30 },
      ],
    ],
    ["six by thirty metres", [{ reps: 6, distance_m: 30 }]],
    ["4x4 min tempo", []],
    ["tempo 30 min rpe 5", []],
  ])("%s → %j", (text, sets) => {
    expect(parseReps(text)).toEqual(sets);
  });
});

describe("parseRpe and parseMood", () => {
  it.each([
    ["RPE 7", 7],
    ["rpe of 8", 8],
    ["effort 7/10", 7],
    ["felt like 6 out of 10", 6],
    ["rpe: 5", 5],
    ["rpe of seven", 7],
  ])("%s → %i", (text, rpe) => {
    expect(parseRpe(text)).toBe(rpe);
  });

  it.each([
    ["felt great", 5],
    ["felt good", 4],
    ["it was ok", 3],
    ["legs were flat", 2],
    ["tired", 2],
    ["awful session", 1],
    ["mood 3", 3],
    ["no feelings", null],
  ])("%s → %s", (text, mood) => {
    expect(parseMood(text)).toBe(mood);
  });
});
