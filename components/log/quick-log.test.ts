import { describe, expect, it } from "vitest";
import {
  fieldWords,
  mostCommonType,
  parseRepsText,
  placeErrors,
  refusalWords,
  sessionSummary,
  setRow,
  setsBody,
  timesFor,
} from "./quick-log";

describe("reading a prescription's reps", () => {
  it("reads a simple set, with or without spaces, × or x", () => {
    expect(parseRepsText("4×30 m flying (20 m build-up), 5 min rest")).toEqual([{ reps: 4, distance_m: 30 }]);
    expect(parseRepsText("6x20m from a crouch")).toEqual([{ reps: 6, distance_m: 20 }]);
    expect(parseRepsText("drills, then 3×30 m from blocks at 95 %")).toEqual([{ reps: 3, distance_m: 30 }]);
  });

  it("reads each set of a combined prescription", () => {
    expect(parseRepsText("4×20 m + 4×30 m from blocks, 3–4 min rest")).toEqual([
      { reps: 4, distance_m: 20 },
      { reps: 4, distance_m: 30 },
    ]);
  });

  it("gives no set for repeated sets, lifts, contacts or nothing", () => {
    expect(parseRepsText("2×(6×100 m) at 70 %, 3 min between sets")).toEqual([]);
    expect(parseRepsText("back squat 4×5, Romanian deadlift 3×6, core")).toEqual([]);
    expect(parseRepsText("bounds and hurdle hops, 5×8 contacts")).toEqual([]);
    expect(parseRepsText("easy bike 15 min")).toEqual([]);
    expect(parseRepsText(null)).toEqual([]);
  });
});

describe("the type to start on", () => {
  it("is the type logged most, a tie going to the most recent", () => {
    expect(mostCommonType([{ type: "tempo" }, { type: "acceleration" }, { type: "acceleration" }])).toBe(
      "acceleration",
    );
    expect(mostCommonType([{ type: "tempo" }, { type: "acceleration" }])).toBe("tempo");
    expect(mostCommonType([])).toBeUndefined();
  });
});

describe("what a save says", () => {
  const session = {
    date: "2026-03-09",
    type: "acceleration" as const,
    duration_min: 45,
    rpe: 7,
    reps: [{ reps: 4, distance_m: 30, times_s: [4.12, 4.05] }],
  };

  it("names the minutes, type, RPE and sets", () => {
    expect(sessionSummary(session, "2026-03-09")).toBe("45 min acceleration, RPE 7, 4 × 30 m");
    expect(sessionSummary({ ...session, type: "max_velocity", reps: null }, "2026-03-09")).toBe(
      "45 min max velocity, RPE 7",
    );
  });

  it("says the day when it was not today", () => {
    expect(sessionSummary(session, "2026-03-10")).toBe("45 min acceleration yesterday, RPE 7, 4 × 30 m");
    expect(sessionSummary(session, "2026-03-12")).toBe("45 min acceleration on Mon 9 Mar, RPE 7, 4 × 30 m");
  });
});

describe("the form's sets", () => {
  it("gives a time box per rep once the reps are a whole number, keeping what was typed", () => {
    expect(timesFor("3", ["4.1"])).toEqual(["4.1", "", ""]);
    expect(timesFor("2", ["4.1", "4.2", "4.3"])).toEqual(["4.1", "4.2"]);
    expect(timesFor("", ["4.1"])).toEqual([]);
    expect(timesFor("2.5", [])).toEqual([]);
  });

  it("sends the rows as the API's sets: empty rows dropped, blank times skipped", () => {
    const rows = [
      { ...setRow(1, { reps: 4, distance_m: 30 }), times: ["4.12", "", "4.10", ""] },
      setRow(2),
      setRow(3, { reps: 2 }),
    ];
    expect(setsBody(rows)).toEqual({
      sets: [{ reps: 4, distance_m: 30, times_s: [4.12, 4.1] }, { reps: 2 }],
      layout: [
        { row: 1, times: [0, 2] },
        { row: 3, times: [] },
      ],
    });
  });

  it("places a time's error on the box it came from, and a set's on its row", () => {
    const layout = [
      { row: 1, times: [0, 2] },
      { row: 3, times: [] },
    ];
    const { placed, unplaced } = placeErrors(
      {
        "reps.0.times_s.1": "must be at least 2.31 s",
        "reps.1.distance_m": "must be a number from 1 to 10000",
        "reps.1": "must be a set",
        rpe: "must be an integer from 1 to 10",
        body: "must be JSON",
      },
      layout,
    );
    expect(placed).toEqual({
      "set:1:time:2": "must be at least 2.31 s",
      "set:3:distance": "must be a number from 1 to 10000",
      "set:3": "must be a set",
      rpe: "must be an integer from 1 to 10",
    });
    expect(unplaced).toEqual(["Must be JSON."]);
  });

  it("names a refused session's fields in the form's words", () => {
    expect(fieldWords("reps.0.times_s.1")).toBe("Set 1, rep 2 time");
    expect(fieldWords("reps.2.distance_m")).toBe("Set 3 distance");
    expect(fieldWords("duration_min")).toBe("Duration");
    expect(refusalWords({ message: "Some fields are not valid.", fields: { rpe: "must be at most 10" } })).toBe(
      "RPE must be at most 10",
    );
    expect(refusalWords({ message: "Only athletes can do this.", fields: {} })).toBe("Only athletes can do this.");
  });
});
