import { describe, expect, it } from "vitest";
import { computeFigures } from "@/lib/analysis/figures";
import { type Readiness, readiness, readinessFromFigures } from "@/lib/analysis/readiness";
import { AS_OF, ago, injury, pain, session, steadyAthlete, wellness } from "@/lib/analysis/test-support";
import type { AthleteInput } from "@/lib/analysis/types";
import type { AthleteContext } from "@/lib/aria/context-types";
import { ALEX } from "@/lib/aria/local/fixtures";
import { zonedTimeToUtc } from "@/lib/core/dates";
import { injuryAnswer } from "./injury";
import { readinessAnswer, todaysSessionAnswer } from "./readiness";

/** A context around the engine's own readiness for `input`, as lib/aria/context.ts builds it. */
function contextFor(input: AthleteInput, today: Readiness = readiness(input, AS_OF)): AthleteContext {
  return {
    ...ALEX,
    as_of: AS_OF,
    injuries: input.injuries
      .filter((i) => i.status !== "resolved")
      .map((i) => {
        const logs = input.painLogs.filter((p) => p.injuryId === i.id).sort((a, b) => b.date.localeCompare(a.date));
        return {
          body_part: i.bodyPart,
          side: i.side,
          status: i.status as "active" | "recovering",
          onset_date: i.onsetDate,
          latest_pain: logs[0] ? { level: logs[0].level, date: logs[0].date } : null,
          pain_trend: logs.map((p) => p.level).reverse(),
        };
      }),
    today,
  };
}

const healthy = () => contextFor(steadyAthlete());
const hamstring = (level: number, side: "left" | "right" = "left") =>
  contextFor(steadyAthlete({ injuries: [injury({ side })], painLogs: pain("injury-1", [[1, level]]) }));
const withAcwr = (acwr: number) => {
  const input = steadyAthlete();
  const figures = computeFigures(input, AS_OF);
  return contextFor(input, readinessFromFigures(input, { ...figures, load: { ...figures.load, acwr } }, null));
};
const hooper15 = () => contextFor(steadyAthlete({ wellness: [wellness(0, [4, 4, 4, 3])] }));
const sprintedYesterday = () =>
  contextFor(steadyAthlete({ sessions: [session(1, { type: "max_velocity", rpe: 9, durationMin: 50 })] }));
const raceIn = (days: number) => {
  const input = steadyAthlete();
  return contextFor({
    ...input,
    calendar: [{ title: "County champs", type: "competition", startsAt: zonedTimeToUtc(ago(-days), 14, 0, "UTC") }],
  });
};

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^- /, "").trim())
    .filter(Boolean);

describe("readinessAnswer: the verdict first, then why, the session and what to avoid", () => {
  it.each([
    ["go", healthy, "Go."],
    ["modify", () => hamstring(4), "Modify today."],
    ["rest", () => hamstring(6), "Rest today."],
  ] as const)("a %s day opens with %s", (verdict, ctx, opener) => {
    const c = ctx();
    expect(c.today?.verdict).toBe(verdict);
    expect(readinessAnswer(c, "am I good to go?").startsWith(`${opener} `)).toBe(true);
  });

  it("quotes each reason with its number", () => {
    expect(readinessAnswer(hamstring(6), "should I train today?")).toContain(
      "Pain 6/10 in your left hamstring (Mon 23 Nov), above the 5/10 limit",
    );
    expect(readinessAnswer(hamstring(4), "should I train today?")).toContain(
      "Your left hamstring is still active (pain 4/10, Mon 23 Nov) — no maximal sprinting",
    );
    expect(readinessAnswer(withAcwr(1.42), "should I train today?")).toContain("Your ACWR is 1.42, above the 1.3 top");
    expect(readinessAnswer(hooper15(), "should I train today?")).toContain("Hooper index is 15 (above 12 is poor)");
    expect(readinessAnswer(sprintedYesterday(), "am I ok?")).toContain(
      "Yesterday's max velocity session was RPE 9 — 48 hours between hard sprint sessions",
    );
  });

  it("gives the session in words, minutes, RPE and reps, and what to avoid and why, once", () => {
    const c = hamstring(4);
    const s = c.today!.session;
    const a = readinessAnswer(c, "am I good to go?");
    expect(a).toContain(`Today's session: strength, ${s.duration_min} min at RPE ${s.rpe} — ${s.reps}.`);
    expect(a).toContain("Avoid sprinting, jumping and lower-body lifting (your left hamstring is injured).");
  });

  it("lists several reasons under one Why, and repeats no sentence", () => {
    const input = steadyAthlete({
      injuries: [injury()],
      painLogs: pain("injury-1", [[1, 7]]),
      wellness: [wellness(0, [4, 4, 4, 3])],
    });
    const a = readinessAnswer(contextFor(input), "can I train?");
    expect(a).toMatch(/^Rest today\. Why:\n- Pain 7\/10/);
    const all = sentences(a);
    expect(new Set(all).size).toBe(all.length);
  });

  it("says plainly when it cannot see today's verdict, and guesses none", () => {
    const a = readinessAnswer({ ...hamstring(4), today: null }, "can I sprint today?");
    expect(a).toContain("I can't see today's readiness verdict right now");
    expect(a).toContain("left hamstring is still active, so no maximal sprinting");
    expect(a).not.toMatch(/^(Go|Modify today|Rest today)\./);
  });
});

describe("readinessAnswer: can I do this?", () => {
  it.each([
    [
      "Can I do flying sprints today?",
      () => hamstring(4),
      /^No — not today\. Max-velocity work \(flys\) is a hard sprint/,
    ],
    ["can I sprint today?", () => hamstring(6), /^No — not today: pain 6\/10/],
    ["is it safe to do flying 30s?", sprintedYesterday, /^No — not today\. .*48 hours between hard sprint sessions/],
    ["Can I do flying sprints today?", healthy, /^Yes\. Nothing in your data holds you back today/],
    ["can I do flys today?", () => withAcwr(1.42), /^Yes, but lighter than usual: your ACWR is 1\.42/],
    ["can I lift today?", () => hamstring(4), /^Yes, but upper body only/],
    ["can I do an easy recovery session?", () => hamstring(7), /^Yes — easy recovery fits today\. Pain 7\/10/],
    ["can I do block starts today?", () => raceIn(2), /^Yes, but lighter than usual: County champs is on Thu 26 Nov/],
    ["can I do special endurance today?", () => raceIn(1), /^No — not today\. Special endurance is a hard sprint/],
    ["can I race today?", () => raceIn(0), /^Yes — racing fits today\. Race day: County champs/],
  ])("%s", (question, ctx, answer) => {
    expect(readinessAnswer(ctx(), question)).toMatch(answer);
  });

  it("never says yes to a hard sprint type on an active lower-body injury", () => {
    for (const question of ["can I do acceleration work?", "flys ok?", "can I do speed endurance?", "can I race?"]) {
      expect(readinessAnswer(hamstring(3), question), question).toMatch(/^No — not today/);
    }
  });
});

describe("readinessAnswer: another day", () => {
  it("tomorrow: says the verdict is set that morning, with what is already known and no guessed verdict", () => {
    const a = readinessAnswer(hamstring(4), "can I run hills tomorrow?");
    expect(a).toContain("I make the call for tomorrow on the day: the verdict is set that morning");
    expect(a).toContain("your left hamstring is still active (pain 4/10 on Mon 23 Nov)");
    expect(a).toContain("acceleration work (starts, hills, sled) is off until then");
    expect(a).toContain("Today (Tue 24 Nov) is a modify day.");
    expect(a).not.toMatch(/^(Go|Modify today|Rest today|Yes|No)\b/);
  });

  it("names the taper when the day asked about falls just before the next competition", () => {
    const ctx = { ...healthy(), next_competition: { title: "County Indoor Open", date: "2026-12-06" } };
    expect(readinessAnswer(ctx, "can I do flys on Friday 4 December?")).toContain(
      "County Indoor Open is on Sun 6 Dec, so Fri 4 Dec falls in your taper",
    );
    expect(readinessAnswer(ctx, "can I race on 6 December?")).toContain("County Indoor Open is that day: race day");
  });

  it("answers today for a day that has passed", () => {
    expect(readinessAnswer(hamstring(4), "could I have sprinted yesterday?")).toMatch(
      /^Mon 23 Nov has passed — here's today\.\n\nNo — not today/,
    );
  });
});

describe("todaysSessionAnswer", () => {
  it("leads with the session, then why and what to avoid", () => {
    const a = todaysSessionAnswer(hamstring(4), "what's my session?");
    expect(a).toMatch(/^Modify today — today's session: strength, 40 min at RPE 6 — seated or upper-body work/);
    expect(a.indexOf("Your left hamstring is still active")).toBeGreaterThan(a.indexOf("strength, 40 min"));
    expect(todaysSessionAnswer(hooper15(), "plan for today?")).toContain("Hooper index is 15");
  });

  it("a rest day's session is optional recovery", () => {
    expect(todaysSessionAnswer(hamstring(7), "what should I do today?")).toMatch(
      /^Rest today — if you move at all: recovery, 25 min at RPE 2/,
    );
  });
});

describe("a day with a session already logged", () => {
  it("says what is logged, in both the verdict and the session answers", () => {
    const c = contextFor(steadyAthlete({ sessions: [session(0, { type: "plyometrics", durationMin: 50, rpe: 6 })] }));
    const line = "You have already logged 50 min of plyometrics at RPE 6 today";
    expect(readinessAnswer(c, "should I train today?")).toContain(line);
    expect(todaysSessionAnswer(c, "what should I do today?")).toContain(line);
    expect(todaysSessionAnswer(healthy(), "what should I do today?")).not.toContain("already logged");
  });
});

describe("the injury answer and the readiness answers agree", () => {
  it.each([3, 4, 5, 6, 8])("at pain %i both give the engine's verdict", (level) => {
    const c = hamstring(level);
    const verdict = c.today!.verdict;
    expect(injuryAnswer(c, "my hamstring hurts")).toContain(`Today's call is ${verdict}`);
    const opener = { go: "Go.", modify: "Modify today.", rest: "Rest today." }[verdict];
    expect(readinessAnswer(c, "should I train today?").startsWith(opener)).toBe(true);
    expect(readinessAnswer(c, "can I sprint with my hamstring?")).toMatch(/^No — not today/);
  });

  it("an upper-body injury does not stop sprinting when the engine says go", () => {
    const input = steadyAthlete({
      injuries: [injury({ bodyPart: "shoulder" })],
      painLogs: pain("injury-1", [[1, 3]]),
    });
    const c = contextFor(input);
    expect(c.today?.verdict).toBe("go");
    expect(injuryAnswer(c, "my shoulder hurts")).not.toContain("don't sprint");
    expect(readinessAnswer(c, "can I sprint today?")).toMatch(/^Yes\./);
  });
});
