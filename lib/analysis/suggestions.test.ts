import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INJURY_STATUSES, PRIORITIES, SESSION_TYPES, SUGGESTION_TYPES } from "@/lib/core/domain";
import { computeFigures } from "./figures";
import { generateSuggestions, SUGGESTION_PRIORITIES, suggestionsFromFigures } from "./suggestions";
import {
  AS_OF,
  ago,
  athlete,
  dailySessions,
  injury,
  metric,
  pain,
  session,
  steadyAthlete,
  types,
  wellness,
} from "./test-support";
import type { AthleteInput, SessionInput } from "./types";

const raised = (input: AthleteInput, asOf = AS_OF) => types(generateSuggestions(input, asOf));
const find = (input: AthleteInput, type: string) => generateSuggestions(input, AS_OF).find((s) => s.type === type);

describe("a steady, healthy athlete", () => {
  it("raises nothing", () => {
    expect(generateSuggestions(steadyAthlete(), AS_OF)).toEqual([]);
  });
});

describe("injury_warning (critical)", () => {
  it("raises injury_warning when a sprint session follows injury onset", () => {
    const input = athlete({
      injuries: [injury({ onsetDaysAgo: 3 })],
      sessions: [session(1, { type: "max_velocity", rpe: 7 })],
    });
    const warning = find(input, "injury_warning");
    expect(warning?.priority).toBe("critical");
    expect(warning?.message).toContain("right hamstring");
    expect(warning?.message).toContain("1 time");
    expect(warning?.evidence).toMatchObject({
      window: { from: ago(6), to: AS_OF },
      injuries: [{ id: "injury-1", onsetDate: ago(3), sessions: [{ date: ago(1), type: "max_velocity", rpe: 7 }] }],
    });
  });

  it.each([
    ["a session on the onset day (where the injury happened)", 3, 3, "acceleration", false],
    ["a session the day after onset", 3, 2, "acceleration", true],
    ["a session the day before onset", 3, 4, "acceleration", false],
    ["only a recovery session after onset", 3, 1, "recovery", false],
    ["a session after onset on day −6", 10, 6, "strength", true],
    ["a session after onset on day −7", 10, 7, "strength", false],
  ] as const)("with %s: %s", (_, onset, day, type, expected) => {
    const input = athlete({ injuries: [injury({ onsetDaysAgo: onset })], sessions: [session(day, { type })] });
    expect(raised(input).includes("injury_warning")).toBe(expected);
  });

  it.each(["recovering", "resolved"] as const)("ignores a %s injury", (status) => {
    const input = athlete({
      injuries: [injury({ onsetDaysAgo: 3, status })],
      sessions: [session(1, { type: "max_velocity" })],
    });
    expect(raised(input)).not.toContain("injury_warning");
  });

  it("ignores an injury whose onset is after as-of", () => {
    const input = athlete({
      injuries: [injury({ onsetDaysAgo: -1 })],
      sessions: [session(0, { type: "max_velocity" })],
    });
    expect(raised(input)).not.toContain("injury_warning");
  });

  it("names every injury trained on in one suggestion", () => {
    const input = athlete({
      injuries: [
        injury({ id: "a", onsetDaysAgo: 5 }),
        injury({ id: "b", bodyPart: "Achilles", side: "left", onsetDaysAgo: 2 }),
      ],
      sessions: [session(1, { type: "acceleration" })],
    });
    const warnings = generateSuggestions(input, AS_OF).filter((s) => s.type === "injury_warning");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain("right hamstring");
    expect(warnings[0]?.message).toContain("left achilles");
  });
});

describe("high_rpe (high)", () => {
  it.each([
    ["2 sessions at RPE 8", [8, 8, 6], false],
    ["3 sessions at RPE 8", [8, 8, 8], true],
    ["3 sessions at RPE 7", [7, 7, 7], false],
    ["RPE 10, 9 and 8", [10, 9, 8], true],
  ] as const)("%s in the last 7 days: %s", (_, rpes, expected) => {
    const input = steadyAthlete({
      sessions: rpes.map((rpe, i) => session(i * 2, { rpe, type: "acceleration" })),
    });
    expect(raised(input).includes("high_rpe")).toBe(expected);
  });

  it("counts a hard session on day −6 but not on day −7", () => {
    const hard = (day: number) => session(day, { rpe: 9, type: "speed_endurance" });
    expect(raised(athlete({ sessions: [hard(0), hard(3), hard(6)] }))).toContain("high_rpe");
    expect(raised(athlete({ sessions: [hard(0), hard(3), hard(7)] }))).not.toContain("high_rpe");
  });

  it("names the sessions, their RPEs and dates", () => {
    const input = athlete({
      sessions: [
        session(6, { rpe: 9, type: "speed_endurance" }),
        session(4, { rpe: 8, type: "acceleration" }),
        session(2, { rpe: 9, type: "max_velocity" }),
      ],
    });
    const s = find(input, "high_rpe");
    // AS_OF is Tue 24 Nov 2026: day −6 is Wed 18, −4 Fri 20, −2 Sun 22.
    expect(s?.message).toContain(
      "You logged 3 sessions at RPE 8 or higher in the last 7 days (RPE 9 on Wed 18 Nov, RPE 8 on Fri 20 Nov and RPE 9 on Sun 22 Nov)",
    );
    expect(s?.evidence).toMatchObject({ count: 3, threshold: { rpe: 8, sessions: 3 } });
  });
});

describe("overtraining (high)", () => {
  /** `perBlock` equal sessions in each of two 28-day blocks, the rest days at the start of each block. */
  const frequency = (perBlock: number) => {
    const sessions: SessionInput[] = [];
    for (const start of [55, 27]) {
      for (let i = 28 - perBlock; i < 28; i++) sessions.push(session(start - i, { type: "tempo", rpe: 5, mood: 4 }));
    }
    return athlete({ sessions, metrics: [metric(2)] });
  };

  it("is not raised at 24 sessions in 28 days (6.0 a week)", () => {
    expect(raised(frequency(24))).not.toContain("overtraining");
  });

  it("is raised at 25 sessions in 28 days (6.25 a week), on frequency alone", () => {
    const s = find(frequency(25), "overtraining");
    expect(s?.priority).toBe("high");
    expect(s?.evidence).toMatchObject({ triggers: ["frequency"], sessions28: 25, sessionsPerWeek: 6.25 });
    expect(s?.evidence.acwr as number).toBeLessThanOrEqual(1.5);
    expect(s?.message).toContain("6.25 sessions a week");
  });

  it("is raised by an ACWR spike alone: 3 easy sessions a week for 4 weeks, then 5 hard ones", () => {
    const easy = [7, 9, 11, 14, 16, 18, 21, 23, 25, 28, 30, 32].map((d) => session(d, { rpe: 4, durationMin: 30 }));
    const hard = [0, 1, 3, 4, 6].map((d) => session(d, { rpe: 7, durationMin: 90, type: "acceleration" }));
    const s = find(athlete({ sessions: [...easy, ...hard] }), "overtraining");
    expect(s?.evidence.triggers).toEqual(["acwr"]);
    expect(s?.evidence.acwr as number).toBeGreaterThan(1.5);
    // Loads read as whole units: the chronic week is 4,230 / 4 = 1,057.5, said as 1058.
    expect(s?.message).toContain("(3150 AU) are well ahead of what your body is used to (1058 AU a week)");
  });

  it("is not raised at an ACWR of exactly 1.5, and is just above it", () => {
    const figures = computeFigures(steadyAthlete(), AS_OF);
    const at = (acwr: number | null) => types(suggestionsFromFigures({ ...figures, load: { ...figures.load, acwr } }));
    expect(at(1.5)).not.toContain("overtraining");
    expect(at(1.5000001)).toContain("overtraining");
    expect(at(null)).not.toContain("overtraining");
  });

  it("gives a brand-new athlete's first hard week no ACWR, so no false spike", () => {
    const input = athlete({ sessions: dailySessions(4, 5, { rpe: 7, durationMin: 60, type: "acceleration" }) });
    expect(raised(input)).not.toContain("overtraining");
  });
});

describe("no_training and low_frequency (medium)", () => {
  it("raises no_training, not low_frequency, with the last session on day −7", () => {
    const input = athlete({ sessions: [session(7)] });
    expect(raised(input)).toContain("no_training");
    expect(raised(input)).not.toContain("low_frequency");
    expect(find(input, "no_training")?.message).toContain("7 days ago");
  });

  it("raises low_frequency, not no_training, with one session on day −6", () => {
    const input = athlete({ sessions: [session(6)] });
    expect(raised(input)).not.toContain("no_training");
    expect(raised(input)).toContain("low_frequency");
  });

  it.each([
    [11, true],
    [12, false],
  ])("with %i sessions in 28 days raises low_frequency: %s", (n, expected) => {
    const sessions = Array.from({ length: n }, (_, i) => session(i * 2, { type: i % 2 ? "strength" : "acceleration" }));
    expect(raised(athlete({ sessions, metrics: [metric(1)] })).includes("low_frequency")).toBe(expected);
  });

  it("raises no_training only, not low_frequency, when the last 28 days are empty", () => {
    const input = athlete({ sessions: [session(40), session(45)] });
    expect(raised(input)).toContain("no_training");
    expect(raised(input)).not.toContain("low_frequency");
  });

  it("raises nothing at all for a brand-new account with no data (it gets a welcome, never a warning)", () => {
    expect(generateSuggestions(athlete(), AS_OF)).toEqual([]);
  });

  it("does not raise no_training before a first session is logged, whatever else is recorded", () => {
    const input = athlete({ metrics: [metric(3)], injuries: [injury({ status: "recovering" })] });
    expect(raised(input)).not.toContain("no_training");
  });

  it("names the last session and the days since in no_training's evidence", () => {
    expect(find(athlete({ sessions: [session(9)] }), "no_training")?.evidence).toMatchObject({
      lastSessionDate: ago(9),
      daysSinceLastSession: 9,
    });
  });
});

describe("needs_metrics (medium)", () => {
  const training = [session(1, { type: "acceleration" }), session(3, { type: "strength" }), session(5)];

  it.each([
    [29, false],
    [30, true],
    [31, true],
  ])("with the last metric %i days ago (30-day window is days −29 … 0): %s", (days, expected) => {
    const input = athlete({ sessions: training, metrics: [metric(days)] });
    expect(raised(input).includes("needs_metrics")).toBe(expected);
  });

  it("needs 3 sessions in the last 14 days: day −13 counts, day −14 does not", () => {
    const two = [session(1), session(5)];
    expect(raised(athlete({ sessions: [...two, session(13)] }))).toContain("needs_metrics");
    expect(raised(athlete({ sessions: [...two, session(14)] }))).not.toContain("needs_metrics");
  });

  it("is raised when no metric was ever logged, or only one dated after as-of", () => {
    expect(raised(athlete({ sessions: training }))).toContain("needs_metrics");
    expect(raised(athlete({ sessions: training, metrics: [metric(-2)] }))).toContain("needs_metrics");
  });

  it("names the last metric and how long ago it was", () => {
    const s = find(athlete({ sessions: training, metrics: [metric(35, { metric: "60m" })] }), "needs_metrics");
    expect(s?.message).toContain("60m");
    expect(s?.message).toContain("35 days ago");
  });
});

describe("pain_improving (low)", () => {
  const withPain = (logs: [number, number][], status: "active" | "recovering" | "resolved" = "active") =>
    athlete({ injuries: [injury({ onsetDaysAgo: 30, status })], painLogs: pain("injury-1", logs) });

  it.each([
    [
      "6 → 4 → 2",
      [
        [9, 6],
        [5, 4],
        [1, 2],
      ],
      true,
    ],
    [
      "6 → 4 → 4",
      [
        [9, 6],
        [5, 4],
        [1, 4],
      ],
      false,
    ],
    [
      "4 → 6 → 2",
      [
        [9, 4],
        [5, 6],
        [1, 2],
      ],
      false,
    ],
    [
      "only two logs, 6 → 2",
      [
        [5, 6],
        [1, 2],
      ],
      false,
    ],
    [
      "2, then 7 → 5 → 3 (only the latest three count)",
      [
        [12, 2],
        [9, 7],
        [5, 5],
        [1, 3],
      ],
      true,
    ],
    [
      "5 → 3 → 4",
      [
        [9, 5],
        [5, 3],
        [1, 4],
      ],
      false,
    ],
  ] as const)("for pain %s: %s", (_, logs, expected) => {
    expect(raised(withPain(logs.map(([d, l]) => [d, l]))).includes("pain_improving")).toBe(expected);
  });

  it.each([
    ["active", true],
    ["recovering", true],
    ["resolved", false],
  ] as const)("for a %s injury: %s", (status, expected) => {
    expect(
      raised(
        withPain(
          [
            [9, 6],
            [5, 4],
            [1, 2],
          ],
          status,
        ),
      ).includes("pain_improving"),
    ).toBe(expected);
  });

  it("reads a day with two logs as its highest level", () => {
    expect(
      raised(
        withPain([
          [5, 6],
          [3, 4],
          [3, 5],
          [1, 3],
        ]),
      ),
    ).toContain("pain_improving");
    expect(
      raised(
        withPain([
          [5, 6],
          [3, 2],
          [3, 6],
          [1, 3],
        ]),
      ),
    ).not.toContain("pain_improving");
  });

  it("ignores pain logged after as-of", () => {
    expect(
      raised(
        withPain([
          [9, 6],
          [5, 4],
          [1, 2],
          [-1, 8],
        ]),
      ),
    ).toContain("pain_improving");
  });

  it("tells the trend in order and notes the safe range", () => {
    const s = find(
      withPain([
        [9, 6],
        [5, 4],
        [1, 2],
      ]),
      "pain_improving",
    );
    expect(s?.priority).toBe("low");
    expect(s?.message).toContain("6 → 4 → 2");
    expect(s?.message).toContain("safe range");
  });
});

describe("pain_high (high)", () => {
  const withPain = (logs: [number, number][], status: "active" | "recovering" = "active") =>
    athlete({ injuries: [injury({ onsetDaysAgo: 10, status })], painLogs: pain("injury-1", logs) });

  it.each([
    [
      "latest 6",
      [
        [3, 2],
        [1, 6],
      ],
      true,
    ],
    [
      "latest 5",
      [
        [3, 8],
        [1, 5],
      ],
      false,
    ],
    [
      "8 earlier, latest 4",
      [
        [3, 8],
        [1, 4],
      ],
      false,
    ],
    ["latest 10", [[0, 10]], true],
  ] as const)("on an active injury with %s: %s", (_, logs, expected) => {
    expect(raised(withPain(logs.map(([d, l]) => [d, l]))).includes("pain_high")).toBe(expected);
  });

  it("is not raised for a recovering injury, however high the pain", () => {
    expect(raised(withPain([[1, 8]], "recovering"))).not.toContain("pain_high");
  });

  it("tells the athlete to stop loading the area and names the level", () => {
    const s = find(withPain([[1, 7]]), "pain_high");
    expect(s?.priority).toBe("high");
    expect(s?.message).toContain("7/10");
    expect(s?.message).toContain("stop loading that area");
  });
});

describe("recovery_needed (medium)", () => {
  it.each([
    ["RPE 8 and 8", [8, 8], true],
    ["a single RPE 9", [9], false],
    ["RPE 7 and 8 (7.5)", [7, 8], false],
    ["RPE 9, 8 and 7 (8.0)", [9, 8, 7], true],
    ["RPE 8, 8 and 7 (7.67)", [8, 8, 7], false],
  ] as const)("after %s in the last 7 days: %s", (_, rpes, expected) => {
    const input = athlete({ sessions: rpes.map((rpe, i) => session(i, { rpe, type: "speed_endurance" })) });
    expect(raised(input).includes("recovery_needed")).toBe(expected);
  });
});

describe("mental_training (medium)", () => {
  const moods = (values: readonly (number | null)[], start = 0) =>
    athlete({ sessions: values.map((mood, i) => session(start + i * 3, { mood })) });

  it.each([
    ["4 sessions at mood 2", [2, 2, 2, 2, 4], false],
    ["5 sessions at mood 2", [2, 2, 2, 2, 2], true],
    ["5 sessions at mood 1", [1, 1, 1, 1, 1], true],
    ["5 sessions at mood 3", [3, 3, 3, 3, 3], false],
    ["4 at mood 2 and unrated ones", [2, 2, 2, 2, null, null], false],
  ] as const)("with %s in 28 days: %s", (_, values, expected) => {
    expect(raised(moods(values)).includes("mental_training")).toBe(expected);
  });

  it("counts day −27 but not day −28", () => {
    // Sessions on days 15, 18, 21, 24, 27 (in) or 16, 19, 22, 25, 28 (the last one out).
    expect(raised(moods([2, 2, 2, 2, 2], 15))).toContain("mental_training");
    expect(raised(moods([2, 2, 2, 2, 2], 16))).not.toContain("mental_training");
  });
});

describe("low_variety (low)", () => {
  it.each([
    ["3 technique sessions", ["technique", "technique", "technique"], true],
    ["2 technique sessions", ["technique", "technique"], false],
    ["2 technique and 1 tempo", ["technique", "technique", "tempo"], false],
  ] as const)("with %s in 14 days: %s", (_, list, expected) => {
    const input = athlete({ sessions: list.map((type, i) => session(i * 4, { type })) });
    expect(raised(input).includes("low_variety")).toBe(expected);
  });

  it("ignores a different session type on day −14", () => {
    const sessions = [0, 4, 8].map((d) => session(d, { type: "technique" }));
    expect(raised(athlete({ sessions: [...sessions, session(14, { type: "acceleration" })] }))).toContain(
      "low_variety",
    );
    expect(raised(athlete({ sessions: [...sessions, session(13, { type: "acceleration" })] }))).not.toContain(
      "low_variety",
    );
  });
});

describe("monotony_high (medium)", () => {
  const week = (minutes: readonly number[]) =>
    athlete({
      sessions: minutes
        .map((m, i) => (m > 0 ? session(i, { rpe: 5, durationMin: m }) : null))
        .filter((s) => s !== null),
    });

  it("is not raised at exactly 2.0: daily loads 100…700 have mean 400 and SD 200", () => {
    expect(raised(week([20, 40, 60, 80, 100, 120, 140]))).not.toContain("monotony_high");
  });

  it("is raised just above 2.0: 695 instead of 700 lowers the SD (198.9) more than the mean (399.3)", () => {
    expect(raised(week([20, 40, 60, 80, 100, 120, 139]))).toContain("monotony_high");
  });

  it("is raised for six equal days and a rest day (√6 ≈ 2.45), naming the figure", () => {
    const s = find(week([60, 60, 60, 0, 60, 60, 60]), "monotony_high");
    expect(s?.message).toContain("2.45");
    expect(s?.evidence).toMatchObject({ weeklyLoad: 1800, threshold: { monotony: 2 } });
  });

  it("is not raised when every day is identical (SD 0, no monotony figure)", () => {
    expect(raised(week([60, 60, 60, 60, 60, 60, 60]))).not.toContain("monotony_high");
  });
});

describe("wellness_low (medium)", () => {
  it.each([
    ["13", [4, 3, 3, 3], true],
    ["12", [3, 3, 3, 3], false],
  ] as const)("with a latest Hooper index of %s: %s", (_, values, expected) => {
    const input = athlete({ wellness: [wellness(0, [...values])] });
    expect(raised(input).includes("wellness_low")).toBe(expected);
  });

  it("reads only the latest log on or before as-of", () => {
    expect(raised(athlete({ wellness: [wellness(5, [5, 5, 5, 5]), wellness(1, [2, 2, 3, 3])] }))).not.toContain(
      "wellness_low",
    );
    expect(raised(athlete({ wellness: [wellness(1, [2, 2, 3, 3]), wellness(-1, [6, 6, 6, 6])] }))).not.toContain(
      "wellness_low",
    );
    const s = find(athlete({ wellness: [wellness(2, [5, 4, 6, 5])] }), "wellness_low");
    expect(s?.message).toContain("20");
    expect(s?.evidence).toMatchObject({ hooper: 20, date: ago(2) });
  });
});

describe("the list", () => {
  it("is ordered by priority, then by type in SUGGESTION_TYPES order", () => {
    // Injured and worn out: every priority at once. 8 sessions in 28 days is 2 a week, so low_frequency too.
    const input = athlete({
      sessions: [
        ...[0, 1, 2, 3, 4, 5].map((d) => session(d, { type: "acceleration", rpe: 9, durationMin: 60, mood: 2 })),
        ...[8, 10].map((d) => session(d, { type: "acceleration", rpe: 5, mood: 4 })),
      ],
      injuries: [injury({ onsetDaysAgo: 6, status: "active" })],
      painLogs: pain("injury-1", [
        [6, 9],
        [4, 8],
        [2, 7],
      ]),
      wellness: [wellness(0, [5, 5, 5, 5])],
    });
    expect(raised(input)).toEqual([
      "injury_warning",
      "high_rpe",
      "pain_high",
      "low_frequency",
      "needs_metrics",
      "recovery_needed",
      "mental_training",
      "monotony_high",
      "wellness_low",
      "pain_improving",
      "low_variety",
    ]);
  });

  it("gives every suggestion a title, a message with a number, and evidence", () => {
    const input = athlete({ sessions: [session(7)], wellness: [wellness(0, [4, 4, 4, 4])] });
    for (const s of generateSuggestions(input, AS_OF)) {
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.message).toMatch(/\d/);
      expect(Object.keys(s.evidence).length).toBeGreaterThan(0);
      expect(s.priority).toBe(SUGGESTION_PRIORITIES[s.type]);
    }
  });

  it("rejects a malformed as-of date", () => {
    expect(() => generateSuggestions(athlete(), "2026-13-01")).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------- properties

const dayArb = fc.integer({ min: -3, max: 45 });
const athleteArb = fc
  .record({
    sessions: fc.array(
      fc.record({
        daysAgo: dayArb,
        type: fc.constantFrom(...SESSION_TYPES),
        durationMin: fc.integer({ min: 1, max: 180 }),
        rpe: fc.integer({ min: 1, max: 10 }),
        mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      }),
      { maxLength: 40 },
    ),
    injuries: fc.array(
      fc.record({
        status: fc.constantFrom(...INJURY_STATUSES),
        onset: dayArb,
        bodyPart: fc.constantFrom("hamstring", "shoulder"),
      }),
      { maxLength: 3 },
    ),
    pain: fc.array(fc.record({ injury: fc.nat(2), daysAgo: dayArb, level: fc.integer({ min: 0, max: 10 }) }), {
      maxLength: 10,
    }),
    metrics: fc.array(dayArb, { maxLength: 3 }),
    wellness: fc.array(
      fc.record({ daysAgo: dayArb, values: fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 1, max: 7 }))) }),
      { maxLength: 5 },
    ),
  })
  .map(
    (r): AthleteInput =>
      athlete({
        sessions: r.sessions.map(({ daysAgo, ...rest }) => session(daysAgo, rest)),
        injuries: r.injuries.map((i, k) =>
          injury({ id: `injury-${k}`, status: i.status, onsetDaysAgo: i.onset, bodyPart: i.bodyPart }),
        ),
        painLogs: r.pain.map((p) => ({ injuryId: `injury-${p.injury}`, level: p.level, date: ago(p.daysAgo) })),
        metrics: r.metrics.map((d) => metric(d)),
        wellness: r.wellness.map((w) => wellness(w.daysAgo, w.values as [number, number, number, number])),
      }),
  );

describe("properties", () => {
  it("is deterministic and idempotent: the same input twice gives deep-equal lists", () => {
    fc.assert(
      fc.property(athleteArb, (input) => {
        const first = generateSuggestions(input, AS_OF);
        expect(generateSuggestions(input, AS_OF)).toEqual(first);
        expect(generateSuggestions(structuredClone(input), AS_OF)).toEqual(first);
      }),
    );
  });

  it("never raises two suggestions of one type, nor low_frequency with no_training, and keeps the order", () => {
    fc.assert(
      fc.property(athleteArb, (input) => {
        const list = generateSuggestions(input, AS_OF);
        const kinds = types(list);
        expect(new Set(kinds).size).toBe(kinds.length);
        expect(kinds.includes("low_frequency") && kinds.includes("no_training")).toBe(false);
        const rank = list.map((s) => PRIORITIES.indexOf(s.priority) * 100 + SUGGESTION_TYPES.indexOf(s.type));
        expect(rank).toEqual([...rank].sort((a, b) => a - b));
      }),
    );
  });

  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(athleteArb, (input) => {
        const reversed = {
          ...input,
          sessions: [...input.sessions].reverse(),
          painLogs: [...input.painLogs].reverse(),
          injuries: [...input.injuries].reverse(),
          metrics: [...input.metrics].reverse(),
          wellness: [...input.wellness].reverse(),
        };
        expect(generateSuggestions(reversed, AS_OF)).toEqual(generateSuggestions(input, AS_OF));
      }),
    );
  });
});
