import { describe, expect, it } from "vitest";
import { classifyIntent, detectTerm, type Intent } from "./intents";

const TABLE: Record<Intent, string[]> = {
  log_session: [
    "6x30m flys, RPE 7, 45 min",
    "did 45 minutes of tempo at rpe 6, felt good",
    "block starts 8x20m rpe 8 60 min yesterday",
    "Gym today, squats and cleans, 1 hour 15, effort 7/10",
    "just did 3x300m speed endurance, 50 mins, rpe of 9",
    "pool recovery 30 min rpe 2",
    "Can you log my session?",
    "did bounds and hops yesterday",
  ],
  coach: [
    "what did my coach say?",
    "Any notes from coach?",
    "what does my coach think about my hamstring",
    "show me my coach's feedback",
    "did coach write anything",
  ],
  training_summary: [
    "how was my week",
    "How's my training going?",
    "load",
    "am I overtraining",
    "what's my training load looking like this week",
    "give me a recap",
    "Am I doing too much?",
  ],
  injury: [
    "can I sprint with my hamstring",
    "should I train through the pain",
    "my calf hurts",
    "My achilles is sore after yesterday",
    "is it ok to run on a tight hamstring?",
    "I think I pulled something in my groin",
  ],
  goals: [
    "how close am I to my goal",
    "progress",
    "what's my PB in the 100m",
    "Am I on track for my goals?",
    "what are my personal bests",
  ],
  drills: ["what drills should I do", "warm-up ideas", "Any drills for acceleration?", "drills", "Give me a warm up"],
  mental: [
    "I'm nervous before my race",
    "visualisation",
    "breathing",
    "mental",
    "How do I stay calm in the call room?",
    "I get anxious before competitions",
    "any visualization exercises?",
  ],
  define: [
    "what is ACWR",
    "what does RPE mean",
    "monotony",
    "Hooper",
    "FAT time",
    "wind-aided",
    "what's the difference between hand timing and FAT?",
    "Explain EWMA",
    "What is my ACWR?",
  ],
  greeting: ["hi", "Hello Aria!", "hey", "good morning", "thanks!"],
  unknown: ["what's the capital of France", "tell me a joke", "who will win the election", ""],
};

describe("classifyIntent", () => {
  for (const [intent, phrases] of Object.entries(TABLE)) {
    for (const phrase of phrases) {
      it(`${JSON.stringify(phrase)} → ${intent}`, () => {
        expect(classifyIntent(phrase)).toBe(intent);
      });
    }
  }
});

describe("detectTerm", () => {
  it("finds glossary terms", () => {
    expect(detectTerm("what is ACWR")).toBe("acwr");
    expect(detectTerm("what does RPE mean")).toBe("rpe");
    expect(detectTerm("FAT time")).toBe("fat");
    expect(detectTerm("wind-aided")).toBe("wind");
    expect(detectTerm("Hooper")).toBe("hooper");
    expect(detectTerm("monotony")).toBe("monotony");
    expect(detectTerm("how was my week")).toBeNull();
  });
});
