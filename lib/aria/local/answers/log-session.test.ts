import { describe, expect, it } from "vitest";
import { SAM } from "@/lib/aria/local/fixtures";
import { askedForDetails, askMissingAnswer, loggedAnswer } from "./log-session";

const withAcwr = (acwr: number) => ({ ...SAM, load: { ...SAM.load, acwr, zone: null } });
const tempo = { type: "tempo", duration_min: 30, rpe: 5 } as const;

describe("loggedAnswer against the engine's thresholds", () => {
  it("remarks on an ACWR only outside the sweet spot, whose edges are inside", () => {
    expect(loggedAnswer(withAcwr(1.3), tempo)).toContain("Nice work");
    expect(loggedAnswer(withAcwr(1.31), tempo)).toContain("Before this session your ACWR was 1.31");
    expect(loggedAnswer(withAcwr(0.8), tempo)).toContain("Nice work");
    expect(loggedAnswer(withAcwr(0.79), tempo)).toContain("build back up gradually");
  });

  it("calls a session hard from RPE 8, the engine's high-RPE line", () => {
    const calm = withAcwr(1.0);
    expect(loggedAnswer(calm, { ...tempo, rpe: 7 })).toContain("Nice work");
    expect(loggedAnswer(calm, { ...tempo, rpe: 8 })).toContain("That was a hard one");
  });
});

describe("askedForDetails", () => {
  it("recognises every question askMissingAnswer asks, so the reply completes the session", () => {
    expect(askedForDetails(askMissingAnswer(["duration", "rpe"]))).toBe(true);
    expect(askedForDetails(askMissingAnswer(["rpe"], { rpe: 11 }))).toBe(true);
    expect(askedForDetails(askMissingAnswer([], { duration_min: 700 }))).toBe(true);
  });

  it("does not mistake another answer for a question", () => {
    expect(askedForDetails(loggedAnswer(null, tempo))).toBe(false);
  });
});
