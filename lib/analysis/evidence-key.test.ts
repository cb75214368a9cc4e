import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INJURY_STATUSES, SESSION_TYPES, type SuggestionType } from "@/lib/core/domain";
import { afterClosed, type ClosedSuggestion, evidenceKey, hasNewEvidence, whatIsNew } from "./evidence-key";
import { generateSuggestions, SUGGESTION_ENDS_WHEN } from "./suggestions";
import { AS_OF, ago, athlete, dailySessions, injury, metric, pain, session, wellness } from "./test-support";
import type { AthleteInput, Suggestion } from "./types";

const NEXT_DAY = ago(-1);

function raisedAs(type: SuggestionType, input: AthleteInput, asOf = AS_OF): Suggestion {
  const s = generateSuggestions(input, asOf).find((x) => x.type === type);
  if (!s) throw new Error(`${type} is not raised as of ${asOf}`);
  return s;
}

const keyOf = (type: SuggestionType, input: AthleteInput, asOf = AS_OF) => evidenceKey(raisedAs(type, input, asOf));

const withSessions = (input: AthleteInput, ...more: AthleteInput["sessions"]) => ({
  ...input,
  sessions: [...input.sessions, ...more],
});

/**
 * One row per type: an athlete it is raised for as of AS_OF (a Tuesday), a new datum of its evidence (dated the next
 * day unless `newAsOf` says when it is read), and the words the "what is new" line must use.
 */
const CASES: {
  type: SuggestionType;
  input: AthleteInput;
  added: (input: AthleteInput) => AthleteInput;
  newAsOf?: string;
  says: string;
}[] = [
  {
    type: "injury_warning",
    input: athlete({ injuries: [injury({ onsetDaysAgo: 3 })], sessions: [session(1, { type: "max_velocity" })] }),
    added: (i) => withSessions(i, session(-1, { type: "max_velocity", durationMin: 40 })),
    says: "40 min of max velocity on Wed 25 Nov with your right hamstring injury still active",
  },
  {
    type: "high_rpe",
    input: athlete({ sessions: [1, 2, 3].map((d) => session(d, { rpe: 9 })) }),
    added: (i) => withSessions(i, session(-1, { rpe: 8, type: "acceleration" })),
    says: "acceleration at RPE 8 on Wed 25 Nov",
  },
  {
    type: "overtraining",
    input: athlete({ sessions: dailySessions(27, 28, { rpe: 5 }) }),
    added: (i) => withSessions(i, session(-1, { durationMin: 30 })),
    says: "30 min of tempo on Wed 25 Nov",
  },
  {
    type: "no_training",
    input: athlete({ sessions: [session(8)] }),
    // A session the next day, then another week and more without one.
    added: (i) => withSessions(i, session(-1)),
    newAsOf: ago(-9),
    says: "you trained on Wed 25 Nov and have logged nothing in the 8 days since",
  },
  {
    type: "low_frequency",
    input: athlete({ sessions: [1, 4, 8, 11, 15, 18, 22, 25].map((d) => session(d)), metrics: [metric(2)] }),
    // The week of Mon 23 Nov ends on Sunday with 2 sessions: read on Monday 30 Nov.
    added: (i) => withSessions(i, session(-1)),
    newAsOf: ago(-6),
    says: "2 sessions in the week of Mon 23 Nov",
  },
  {
    type: "needs_metrics",
    input: athlete({ sessions: [1, 3, 5].map((d) => session(d)), metrics: [metric(40)] }),
    // A time trial the next day; 31 days later, training on, it is out of date again.
    added: (i) => ({
      ...withSessions(i, session(-28), session(-30), session(-31)),
      metrics: [...i.metrics, metric(-1, { metric: "60m", value: 7.1 })],
    }),
    newAsOf: ago(-32),
    says: "your last test (60m) was on Wed 25 Nov, more than 30 days ago now",
  },
  {
    type: "pain_improving",
    input: athlete({
      injuries: [injury({ onsetDaysAgo: 10 })],
      painLogs: pain("injury-1", [
        [3, 6],
        [2, 4],
        [1, 3],
      ]),
    }),
    added: (i) => ({ ...i, painLogs: [...i.painLogs, ...pain("injury-1", [[-1, 2]])] }),
    says: "pain 2/10 on Wed 25 Nov for your right hamstring",
  },
  {
    type: "recovery_needed",
    input: athlete({ sessions: [1, 2].map((d) => session(d, { rpe: 8 })) }),
    added: (i) => withSessions(i, session(-1, { rpe: 9 })),
    says: "tempo at RPE 9 on Wed 25 Nov",
  },
  {
    type: "mental_training",
    input: athlete({ sessions: [1, 3, 5, 7, 9].map((d) => session(d, { mood: 2 })) }),
    added: (i) => withSessions(i, session(-1, { mood: 1 })),
    says: "tempo on Wed 25 Nov, with a mood of 1/5",
  },
  {
    type: "low_variety",
    input: athlete({ sessions: [1, 3, 5].map((d) => session(d)), metrics: [metric(2)] }),
    added: (i) => withSessions(i, session(-1, { durationMin: 45 })),
    says: "45 min of tempo on Wed 25 Nov",
  },
  {
    type: "monotony_high",
    input: athlete({
      sessions: [...dailySessions(13, 13, { durationMin: 60 }), session(0, { durationMin: 58 })],
    }),
    added: (i) => withSessions(i, session(-1, { durationMin: 59 })),
    says: "295 AU on Wed 25 Nov",
  },
  {
    type: "pain_high",
    input: athlete({ injuries: [injury({ onsetDaysAgo: 10 })], painLogs: pain("injury-1", [[1, 7]]) }),
    added: (i) => ({ ...i, painLogs: [...i.painLogs, ...pain("injury-1", [[-1, 6]])] }),
    says: "pain 6/10 on Wed 25 Nov for your right hamstring",
  },
  {
    type: "wellness_low",
    input: athlete({ wellness: [wellness(0, [4, 4, 4, 4])] }),
    added: (i) => ({ ...i, wellness: [...i.wellness, wellness(-1, [4, 4, 4, 4])] }),
    says: "a wellness check on Wed 25 Nov adding up to 16",
  },
];

describe("the evidence key of each suggestion type", () => {
  it("has a case for every type", () => {
    expect(new Set(CASES.map((c) => c.type)).size).toBe(13);
  });

  it.each(CASES)("$type: the same evidence a day later holds nothing new", ({ type, input }) => {
    const today = keyOf(type, input);
    expect(today).not.toBe("");
    expect(hasNewEvidence(keyOf(type, input, NEXT_DAY), today)).toBe(false);
  });

  it.each(CASES)(
    "$type: a new datum of its evidence is new, and named in words",
    ({ type, input, added, newAsOf, says }) => {
      const closedKey = keyOf(type, input);
      const later = raisedAs(type, added(input), newAsOf ?? NEXT_DAY);
      expect(hasNewEvidence(evidenceKey(later), closedKey)).toBe(true);
      expect(whatIsNew(later, closedKey)).toBe(says);
    },
  );

  it("keeps the key when nothing changes, whatever the order of the rows", () => {
    const input = CASES[0]!.input;
    const reversed = { ...input, sessions: [...input.sessions].reverse() };
    expect(keyOf("injury_warning", reversed)).toBe(keyOf("injury_warning", input));
  });

  it("loses a session that leaves the window without gaining one: nothing new", () => {
    const input = athlete({ injuries: [injury({ onsetDaysAgo: 9 })], sessions: [session(6), session(2)] });
    const today = keyOf("injury_warning", input);
    const tomorrow = keyOf("injury_warning", input, NEXT_DAY);
    expect(tomorrow).not.toBe(today);
    expect(today.startsWith(tomorrow) || today.endsWith(tomorrow)).toBe(true);
    expect(hasNewEvidence(tomorrow, today)).toBe(false);
  });

  it("tells a second session on the same day from the first", () => {
    const input = athlete({ injuries: [injury({ onsetDaysAgo: 3 })], sessions: [session(1)] });
    const twice = withSessions(input, session(1));
    expect(hasNewEvidence(keyOf("injury_warning", twice), keyOf("injury_warning", input))).toBe(true);
    const other = withSessions(input, session(1, { type: "acceleration", durationMin: 20 }));
    expect(whatIsNew(raisedAs("injury_warning", other), keyOf("injury_warning", input))).toBe(
      "20 min of acceleration on Mon 23 Nov with your right hamstring injury still active",
    );
  });

  it("names a new session on a second injury apart from the first", () => {
    const one = athlete({ injuries: [injury({ onsetDaysAgo: 3 })], sessions: [session(1)] });
    const two = { ...one, injuries: [...one.injuries, injury({ id: "injury-2", bodyPart: "calf", side: "left" })] };
    expect(whatIsNew(raisedAs("injury_warning", two), keyOf("injury_warning", one))).toBe(
      "60 min of tempo on Mon 23 Nov with your left calf injury still active",
    );
  });

  it("does not count an easy session as new evidence for recovery_needed", () => {
    const input = athlete({ sessions: [1, 2, 3].map((d) => session(d, { rpe: 9 })) });
    const easy = withSessions(input, session(-1, { rpe: 5 }));
    expect(hasNewEvidence(keyOf("recovery_needed", easy, NEXT_DAY), keyOf("recovery_needed", input))).toBe(false);
  });

  it("does not count a new session as evidence of training too little: only a week that ends short is", () => {
    const input = CASES.find((c) => c.type === "low_frequency")!.input;
    const trained = withSessions(input, session(-1));
    expect(hasNewEvidence(keyOf("low_frequency", trained, NEXT_DAY), keyOf("low_frequency", input))).toBe(false);
    // Sunday 29 Nov ends the week of Mon 23 Nov; Monday's key holds it.
    expect(hasNewEvidence(keyOf("low_frequency", trained, ago(-5)), keyOf("low_frequency", input))).toBe(false);
    expect(hasNewEvidence(keyOf("low_frequency", trained, ago(-6)), keyOf("low_frequency", input))).toBe(true);
  });

  it("gives needs_metrics for an athlete who never tested no fact, so a closed one stays closed until a first test", () => {
    const input = athlete({ sessions: [1, 3, 5].map((d) => session(d)) });
    expect(keyOf("needs_metrics", input)).toBe("");
    expect(hasNewEvidence(keyOf("needs_metrics", input, ago(-3)), "")).toBe(false);
  });

  it("reads a malformed evidence as no facts instead of failing", () => {
    const odd: Suggestion = {
      type: "injury_warning",
      priority: "critical",
      title: "t",
      message: "m",
      evidence: { injuries: [null, 3, { sessions: "no" }] },
    };
    expect(evidenceKey(odd)).toBe("");
  });
});

describe("afterClosed", () => {
  const warning = raisedAs("injury_warning", CASES[0]!.input);
  const closed = (over: Partial<ClosedSuggestion> = {}): ClosedSuggestion => ({
    evidenceKey: evidenceKey(warning),
    status: "dismissed",
    closedOn: AS_OF,
    ...over,
  });

  it("raises a suggestion the athlete never closed as it is", () => {
    expect(afterClosed(warning, undefined)).toBe(warning);
  });

  it("keeps a closed critical warning closed while its evidence holds nothing new", () => {
    expect(warning.priority).toBe("critical");
    expect(afterClosed(warning, closed())).toBeNull();
    expect(afterClosed(raisedAs("injury_warning", CASES[0]!.input, NEXT_DAY), closed())).toBeNull();
  });

  it("raises it again with a new session, opening on what is new, in words", () => {
    const again = afterClosed(raisedAs("injury_warning", CASES[0]!.added(CASES[0]!.input), NEXT_DAY), closed());
    expect(again?.message).toMatch(
      /^New since you dismissed this on Tue 24 Nov: 40 min of max velocity on Wed 25 Nov with your right hamstring injury still active\. Your right hamstring injury/,
    );
    expect(again?.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("says the athlete marked it done when they did", () => {
    const later = raisedAs("wellness_low", CASES.at(-1)!.added(CASES.at(-1)!.input), NEXT_DAY);
    const again = afterClosed(later, {
      evidenceKey: keyOf("wellness_low", CASES.at(-1)!.input),
      status: "done",
      closedOn: AS_OF,
    });
    expect(again?.message).toMatch(/^New since you marked this done on Tue 24 Nov: a wellness check on Wed 25 Nov/);
  });
});

describe("what ends a critical warning", () => {
  it("is written beside the rule for every critical type, in words, with the rule's window", () => {
    expect(SUGGESTION_ENDS_WHEN.injury_warning).toBe(
      "Ends when the injury is marked recovering or resolved, or after 7 days without a session other than recovery.",
    );
  });
});

// ---------------------------------------------------------------- properties

const dayArb = fc.integer({ min: 0, max: 45 });
const athleteArb = fc
  .record({
    sessions: fc.array(
      fc.record({
        daysAgo: dayArb,
        type: fc.constantFrom(...SESSION_TYPES),
        durationMin: fc.integer({ min: 10, max: 120 }),
        rpe: fc.integer({ min: 1, max: 10 }),
        mood: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
      }),
      { maxLength: 40 },
    ),
    injuries: fc.array(fc.record({ status: fc.constantFrom(...INJURY_STATUSES), onset: dayArb }), { maxLength: 2 }),
    pain: fc.array(fc.record({ injury: fc.nat(1), daysAgo: dayArb, level: fc.integer({ min: 0, max: 10 }) }), {
      maxLength: 8,
    }),
    metrics: fc.array(dayArb, { maxLength: 2 }),
    wellness: fc.array(
      fc.record({ daysAgo: dayArb, values: fc.tuple(...[0, 1, 2, 3].map(() => fc.integer({ min: 1, max: 7 }))) }),
      { maxLength: 3 },
    ),
  })
  .map(
    (r): AthleteInput =>
      athlete({
        sessions: r.sessions.map(({ daysAgo, ...rest }) => session(daysAgo, rest)),
        injuries: r.injuries.map((i, k) => injury({ id: `injury-${k}`, status: i.status, onsetDaysAgo: i.onset })),
        painLogs: r.pain.map((p) => ({ injuryId: `injury-${p.injury}`, level: p.level, date: ago(p.daysAgo) })),
        metrics: r.metrics.map((d) => metric(d)),
        wellness: r.wellness.map((w) => wellness(w.daysAgo, w.values as [number, number, number, number])),
      }),
  );

describe("properties", () => {
  it("never finds new evidence in the same data a day or a few days later (bar a finished short week)", () => {
    fc.assert(
      fc.property(athleteArb, fc.integer({ min: 1, max: 10 }), (input, days) => {
        const before = new Map(generateSuggestions(input, AS_OF).map((s) => [s.type, evidenceKey(s)]));
        for (const s of generateSuggestions(input, ago(-days))) {
          const closedKey = before.get(s.type);
          if (closedKey === undefined || s.type === "low_frequency") continue;
          expect(hasNewEvidence(evidenceKey(s), closedKey)).toBe(false);
        }
      }),
    );
  });

  it("gives the same key for the same data in any order", () => {
    fc.assert(
      fc.property(athleteArb, (input) => {
        const reversed = {
          ...input,
          sessions: [...input.sessions].reverse(),
          painLogs: [...input.painLogs].reverse(),
          injuries: [...input.injuries].reverse(),
        };
        expect(generateSuggestions(reversed, AS_OF).map(evidenceKey)).toEqual(
          generateSuggestions(input, AS_OF).map(evidenceKey),
        );
      }),
    );
  });
});
