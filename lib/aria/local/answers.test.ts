import { describe, expect, it } from "vitest";
import {
  acwrZone,
  askMissingAnswer,
  coachAnswer,
  defineAnswer,
  describeAcwr,
  drillsAnswer,
  goalsAnswer,
  greetingAnswer,
  injuryAnswer,
  loggedAnswer,
  logWithoutToolAnswer,
  mentalAnswer,
  painZone,
  pickMentalExercises,
  trainingSummaryAnswer,
  unknownAnswer,
} from "./answers";
import { JORDAN, SAM } from "./fixtures";

describe("zones", () => {
  it("words ACWR zones against the thresholds", () => {
    expect(acwrZone(0.67)).toBe("low");
    expect(acwrZone(1.0)).toBe("sweet_spot");
    expect(acwrZone(1.4)).toBe("elevated");
    expect(acwrZone(1.62)).toBe("danger");
    expect(describeAcwr(1.62)).toContain("1.62 — above the 1.5 danger line");
  });
  it("applies the pain monitoring model", () => {
    expect([0, 3, 4, 5, 6, 10].map(painZone)).toEqual([
      "safe",
      "safe",
      "acceptable",
      "acceptable",
      "not_acceptable",
      "not_acceptable",
    ]);
  });
});

describe("trainingSummaryAnswer", () => {
  it("quotes the week, ACWR zone, monotony and top suggestions", () => {
    const a = trainingSummaryAnswer(JORDAN);
    expect(a).toContain("Jordan");
    expect(a).toContain("3 sessions and 150 minutes");
    expect(a).toContain("average RPE of 7.33");
    expect(a).toContain("0.67 — below the 0.8–1.3 sweet spot");
    expect(a).toContain("monotony is 2.4");
    expect(a).toContain("4.25 sessions a week");
    // critical first
    expect(a.indexOf("Training on an active injury")).toBeLessThan(a.indexOf("Hamstring pain is high"));
  });
  it("names the danger line when ACWR is high", () => {
    expect(trainingSummaryAnswer(SAM)).toContain("1.62 — above the 1.5 danger line");
  });
  it("survives a missing context", () => {
    expect(trainingSummaryAnswer(null)).toContain("can't see your training data");
  });
});

describe("injuryAnswer", () => {
  const a = injuryAnswer(JORDAN, "can I sprint with my hamstring");
  it("quotes the latest pain and its zone", () => {
    expect(a).toContain("right hamstring");
    expect(a).toContain("7/10");
    expect(a).toContain("not acceptable");
    expect(a).toContain("4 → 5 → 7");
  });
  it("raises the critical and high warnings and gives clear advice", () => {
    expect(a).toContain("Training on an active injury (critical)");
    expect(a).toContain("Hamstring pain is high (high)");
    expect(a).toContain("don't sprint on an active injury");
    expect(a).toContain("see a physio or doctor");
  });
  it("offers the recommended alternatives", () => {
    expect(a).toContain("Dead bug");
    expect(a).toContain("Pool running");
  });
  it("uses the 4–5 and 0–3 zones", () => {
    const mild = { ...JORDAN, injuries: [{ ...JORDAN.injuries[0]!, latest_pain: { level: 4, date: "2026-11-23" } }] };
    expect(injuryAnswer(mild, "pain?")).toContain("acceptable with care");
    const safe = { ...JORDAN, injuries: [{ ...JORDAN.injuries[0]!, latest_pain: { level: 2, date: "2026-11-23" } }] };
    expect(injuryAnswer(safe, "pain?")).toContain("safe zone");
  });
  it("notices a body part that isn't logged yet", () => {
    const a2 = injuryAnswer(JORDAN, "my calf hurts");
    expect(a2).toContain("I don't have your calf logged");
    expect(a2).toContain("right hamstring");
  });
  it("gives the general rule without an injury", () => {
    const a2 = injuryAnswer(SAM, "my calf hurts");
    expect(a2).toContain("don't see an active injury");
    expect(a2).toContain("above 5 is not acceptable");
  });
});

describe("goalsAnswer", () => {
  it("lists progress, target dates, behind-schedule flags, PBs and the next meet", () => {
    const a = goalsAnswer(JORDAN);
    expect(a).toContain("Run 100m in 10.80: 62.5%");
    expect(a).toContain("Thu 10 Dec");
    expect(a).toContain("behind schedule");
    expect(a).toContain("200m under 22.00: 30%");
    expect(a).toContain("100m 10.95 s");
    expect(a).toContain("County Indoor Open");
  });
});

describe("drillsAnswer", () => {
  it("lists the recommended drills with reasons and notes the injury", () => {
    const a = drillsAnswer(JORDAN);
    expect(a).toContain("right hamstring is active");
    expect(a).toContain("- Dead bug: Core control");
    expect(a).toContain("- Pool running: Keeps your fitness");
    expect(drillsAnswer(SAM)).toContain("intermediate");
  });

  it("says a reason the drills share once, and groups drills with the same reason on one line", () => {
    const shared = "An upper-body, injury-friendly drill that keeps you training without loading your right hamstring.";
    const level = "Matches your intermediate level (4 years of experience).";
    const a = drillsAnswer({
      ...JORDAN,
      recommended_drills: [
        { slug: "arm-action", name: "Seated arm action", reason: `${shared} Works on acceleration. ${level}` },
        { slug: "med-ball", name: "Med-ball chest pass", reason: `${shared} Works on acceleration. ${level}` },
        { slug: "band-pulls", name: "Band pull-aparts", reason: `${shared} ${level}` },
      ],
    });
    expect(a.split(shared)).toHaveLength(2);
    expect(a.split(level)).toHaveLength(2);
    expect(a).toContain("- Seated arm action and Med-ball chest pass: Works on acceleration.");
    expect(a).toContain("- Band pull-aparts\n");
  });
});

describe("mentalAnswer", () => {
  it("picks breathing and reframing for nerves", () => {
    const picks = pickMentalExercises(JORDAN, "I'm nervous before my race").map((p) => p.slug);
    expect(picks).toEqual(["double-inhale-before-blocks", "reframe-pre-race-nerves", "box-breathing"]);
    const a = mentalAnswer(JORDAN, "I'm nervous before my race");
    expect(a).toContain("Double inhale before the blocks (breathing, 2 min)");
    expect(a).toContain("County Indoor Open");
  });
  it("picks visualisation for visualisation", () => {
    expect(pickMentalExercises(JORDAN, "visualisation")[0]?.slug).toBe("perfect-block-start");
  });
  it("falls back to the built-in library without a context", () => {
    const picks = pickMentalExercises(null, "help me sleep");
    expect(picks[0]?.slug).toBe("four-seven-eight-sleep");
    expect(picks.length).toBeGreaterThanOrEqual(1);
    expect(picks.length).toBeLessThanOrEqual(3);
  });
});

describe("defineAnswer", () => {
  it("defines ACWR with the athlete's own value", () => {
    const a = defineAnswer(JORDAN, "what is ACWR");
    expect(a).toContain("7 days");
    expect(a).toContain("28 days");
    expect(a).toContain("0.8–1.3");
    expect(a).toContain("above 1.5");
    expect(a).toContain("Yours is 0.67");
  });
  it("defines RPE and load", () => {
    const a = defineAnswer(JORDAN, "what does RPE mean");
    expect(a).toContain("1–10");
    expect(a).toContain("RPE × minutes");
    expect(a).toContain("7.33");
    expect(a).toContain("load of 400");
  });
  it("defines monotony, Hooper, FAT and wind", () => {
    expect(defineAnswer(JORDAN, "monotony")).toContain("Your monotony is 2.4, which is high");
    expect(defineAnswer(null, "Hooper")).toContain("above 12");
    expect(defineAnswer(null, "FAT time")).toContain("0.24");
    expect(defineAnswer(null, "wind-aided")).toContain("+2.0 m/s");
  });
});

describe("greeting, unknown and logging", () => {
  it("greets by name with what it can do", () => {
    const a = greetingAnswer(JORDAN);
    expect(a).toMatch(/^Hi Jordan!/);
    expect(a).toContain("3 sessions");
    expect(a).toContain("log a session");
  });
  it("is honest about what it can't answer", () => {
    expect(unknownAnswer(JORDAN)).toContain("not sure I can answer");
  });
  it("asks for exactly what's missing", () => {
    expect(askMissingAnswer(["duration", "rpe"])).toContain("How long was it, and how hard (RPE 1–10)?");
    expect(askMissingAnswer(["rpe"], { rpe: 11 })).toContain("RPE 11 isn't on the 1–10 scale. How hard (RPE 1–10)?");
  });
  it("confirms a logged session with its load and a remark", () => {
    const a = loggedAnswer(JORDAN, { type: "max_velocity", duration_min: 45, rpe: 7, date: "2026-11-24" });
    expect(a).toContain("Logged: max velocity, 45 min at RPE 7 on Tue 24 Nov");
    expect(a).toContain("load of 315");
    expect(a).toContain("right hamstring is still active");
    expect(loggedAnswer(SAM, { type: "tempo", duration_min: 30, rpe: 5 })).toContain(
      "1.62 — above the 1.5 danger line",
    );
  });
  it("explains the Sessions page without the tool", () => {
    expect(logWithoutToolAnswer({ type: "tempo", duration_min: 30, rpe: 5 })).toContain("Sessions page");
  });
});

describe("coach notes", () => {
  it("passes on the coach's latest words, who wrote them and what about", () => {
    const text = coachAnswer(JORDAN);
    expect(text).toContain("Maya Okafor");
    expect(text).toContain("Training on an active injury");
    expect(text).toContain("“No max-velocity work until the hamstring is pain-free for a week.”");
  });
  it("says plainly when there is none, and where notes would appear", () => {
    expect(coachAnswer(SAM)).toMatch(/^No notes from your coach yet, Sam\..*dashboard/);
    expect(coachAnswer(null)).toContain("dashboard");
  });
});
