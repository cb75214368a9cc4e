import { beforeAll, describe, expect, it } from "vitest";
import { INTENT_PHRASINGS } from "./intent-phrasings";
import {
  classifyIntent,
  describesSession,
  detectTerm,
  INTENTS,
  type Intent,
  type IntentClassifier,
  type IntentExample,
  phrasingExamples,
  trainIntentClassifier,
} from "./intents";

/**
 * Real athlete wording, typos and chat shorthand included. Every fifth row is held out: the classifier under test
 * is trained on the other rows plus intent-phrasings.ts, and must read the held-out rows it has never seen.
 */
const TABLE: readonly [string, Intent][] = [
  ["can I sprint today?", "readiness"],
  ["what's my session?", "todays_session"],
  ["how was my week", "training_summary"],
  ["my calf hurts", "injury"],
  ["can I go hard at training today?", "readiness"],
  ["am I good to go?", "readiness"],
  ["plan for today?", "todays_session"],
  ["6x30m flys, RPE 7, 45 min", "log_session"],
  ["what did my coach say?", "coach"],
  ["what's my session look like today", "todays_session"],
  ["should I train today?", "readiness"],
  ["what should I do today?", "todays_session"],
  ["how close am I to my goal", "goals"],
  ["what drills should I do", "drills"],
  ["nerves are getting to me before the final", "mental"],
  ["can I run hills tomorrow?", "readiness"],
  ["what's on today", "todays_session"],
  ["what is ACWR", "define"],
  ["hi", "greeting"],
  ["who painted the mona lisa", "unknown"],
  ["is it safe to do flying 30s?", "readiness"],
  ["wats the session today", "todays_session"],
  ["I'm nervous before my race", "mental"],
  ["what's the capital of France", "unknown"],
  ["am I right to train this afternoon?", "readiness"],
  ["can I race Saturday?", "readiness"],
  ["what am i doing at training today", "todays_session"],
  ["did 45 minutes of tempo at rpe 6, felt good", "log_session"],
  ["Any notes from coach?", "coach"],
  ["whats the plan for today", "todays_session"],
  ["can I sprint with my hamstring", "readiness"],
  ["How's my training going?", "training_summary"],
  ["should I train through the pain", "injury"],
  ["is it ok to run on a tight hamstring?", "readiness"],
  ["do you think I'm overtraining?", "training_summary"],
  ["tell me my session for today", "todays_session"],
  ["block starts 8x20m rpe 8 60 min yesterday", "log_session"],
  ["what does my coach think about my hamstring", "coach"],
  ["am i ok to do speed work", "readiness"],
  ["my achilles has been sore since tuesday", "injury"],
  ["what workout do I have today", "todays_session"],
  ["am I overtraining", "training_summary"],
  ["My achilles is sore after yesterday", "injury"],
  ["can i train tmrw", "readiness"],
  ["show me what coach said", "coach"],
  ["whats on the plan today", "todays_session"],
  ["Gym today, squats and cleans, 1 hour 15, effort 7/10", "log_session"],
  ["show me my coach's feedback", "coach"],
  ["safe to sprint?", "readiness"],
  ["how much further to my 100m goal", "goals"],
  ["what should I do at the track today", "todays_session"],
  ["what's my training load looking like this week", "training_summary"],
  ["I think I pulled something in my groin", "injury"],
  ["shud i train today", "readiness"],
  ["any good drills for my drive phase", "drills"],
  ["what's today's workout", "todays_session"],
  ["just did 3x300m speed endurance, 50 mins, rpe of 9", "log_session"],
  ["did coach write anything", "coach"],
  ["Can I do flying sprints today?", "readiness"],
  ["what's my sesion", "todays_session"],
  ["give me a recap", "training_summary"],
  ["my knee is killing me", "injury"],
  ["what's my PB in the 100m", "goals"],
  ["warm-up ideas", "drills"],
  ["help me visualise the start", "mental"],
  ["visualisation", "mental"],
  ["what does RPE mean", "define"],
  ["Hello Aria!", "greeting"],
  ["tell me a joke", "unknown"],
  ["pool recovery 30 min rpe 2", "log_session"],
  ["has coach left me a note", "coach"],
  ["Am I doing too much?", "training_summary"],
  ["my hamstring is really tight today", "injury"],
  ["Am I on track for my goals?", "goals"],
  ["which drills would help my max velocity", "drills"],
  ["Any drills for acceleration?", "drills"],
  ["breathing exercises", "mental"],
  ["monotony", "define"],
  ["hey", "greeting"],
  ["who will win the world cup", "unknown"],
  ["Can you log my session?", "log_session"],
  ["any feedback from my coach", "coach"],
  ["weekly recap please", "training_summary"],
  ["how is my injury doing", "injury"],
  ["list my personal bests", "goals"],
  ["what are my personal bests", "goals"],
  ["drills", "drills"],
  ["How do I stay calm in the call room?", "mental"],
  ["Hooper", "define"],
  ["good afternoon aria", "greeting"],
  ["what's the weather like tomorrow", "unknown"],
  ["did bounds and hops yesterday", "log_session"],
  ["what did coach write", "coach"],
  ["am I training too much", "training_summary"],
  ["i tweaked my hamstring", "injury"],
  ["how far am I from my goal time", "goals"],
  ["Give me a warm up", "drills"],
  ["I get anxious before competitions", "mental"],
  ["FAT time", "define"],
  ["thanks heaps", "greeting"],
  ["write me a song", "unknown"],
  ["log my training from this morning", "log_session"],
  ["coach's notes?", "coach"],
  ["summary of my week", "training_summary"],
  ["should I see a doctor about my calf", "injury"],
  ["whats my 200m pb", "goals"],
  ["recommend drills for top speed", "drills"],
  ["any visualization exercises?", "mental"],
  ["wind-aided", "define"],
  ["hey there", "greeting"],
  ["how do I bake bread", "unknown"],
  ["is today a rest day for me?", "readiness"],
  ["what's the session tomorrow", "todays_session"],
  ["can I do a hard session today", "readiness"],
  ["what's on the programme today", "todays_session"],
  ["record my workout please", "log_session"],
  ["how's my load", "training_summary"],
  ["is my hamstring getting better", "injury"],
  ["will I reach my 100m target", "goals"],
  ["good drills for block starts", "drills"],
  ["i get really nervous in the call room", "mental"],
  ["what's the difference between hand timing and FAT?", "define"],
  ["hiya aria", "greeting"],
  ["who is the president", "unknown"],
  ["can i do accelerations today", "readiness"],
  ["what training do i have", "todays_session"],
  ["Explain EWMA", "define"],
  ["What is my ACWR?", "define"],
  ["am i ready to race on sunday", "readiness"],
  ["what's my workout for today", "todays_session"],
  ["am I fit to train", "readiness"],
  ["my ankle is swollen", "injury"],
  ["can I lift weights today", "readiness"],
  ["confidence tips", "mental"],
  ["what does EWMA stand for", "define"],
  ["good morning", "greeting"],
  ["six by thirty metre flys, rpe seven, forty five minutes", "log_session"],
  ["what's my coach saying", "coach"],
  ["how's my pain", "injury"],
  ["morning aria!", "greeting"],
  ["what did coach plan for me this week?", "week_plan"],
  ["whats my week look like", "week_plan"],
  ["show me the plan for this week", "week_plan"],
  ["what sessions are planned this week?", "week_plan"],
  ["wat has my coach planned this week", "week_plan"],
  ["what's left on my plan this week", "week_plan"],
  ["how much of the plan have i done this week", "week_plan"],
  ["my training plan for the week?", "week_plan"],
  ["what's on my schedule this week", "week_plan"],
  ["this week's sessions?", "week_plan"],
  ["how's my acceleration?", "sprint_profile"],
  ["what should I work on, speed or acceleration?", "sprint_profile"],
  ["what's my top speed?", "sprint_profile"],
  ["did my max velocity improve?", "sprint_profile"],
  ["is my acceleration any better than last month", "sprint_profile"],
  ["drills to improve my acceleration", "drills"],
  ["how fast am I at top speed", "sprint_profile"],
  ["sprint profile", "sprint_profile"],
  ["has my top speed gone up since october", "sprint_profile"],
  ["should i work on my start or my top end speed", "sprint_profile"],
  ["what's my max velocity now", "sprint_profile"],
  ["what do my splits say about my acceleration", "sprint_profile"],
  ["am I better at accelerating or at top speed", "sprint_profile"],
  ["what's my MAC", "sprint_profile"],
  ["hows my top speed looking", "sprint_profile"],
];

const held = (index: number) => index % 5 === 4;
/** Case and punctuation aside: "Am I good to go?" and "am i good to go" are the same phrasing. */
const verbatim = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
const HELD_OUT = TABLE.filter((_, i) => held(i));
const TRAINING = TABLE.filter((_, i) => !held(i));

describe("the phrasing table", () => {
  it("has at least 100 rows, 8 of every intent and 20 about readiness and today's session", () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(100);
    for (const intent of INTENTS) expect(TABLE.filter(([, i]) => i === intent).length).toBeGreaterThanOrEqual(8);
    const today = TABLE.filter(([, i]) => i === "readiness" || i === "todays_session");
    expect(today.length).toBeGreaterThanOrEqual(20);
  });

  it("keeps the held-out rows out of intent-phrasings.ts, in any case or punctuation", () => {
    const trainedOn = new Set(phrasingExamples().map((e) => verbatim(e.text)));
    for (const [text] of HELD_OUT) expect(trainedOn.has(verbatim(text)), text).toBe(false);
    for (const intent of INTENTS) expect(INTENT_PHRASINGS[intent].length).toBeGreaterThan(0);
  });
});

describe("the intent classifier", () => {
  let classifier: IntentClassifier;
  beforeAll(async () => {
    const examples: IntentExample[] = [...TRAINING.map(([text, intent]) => ({ text, intent })), ...phrasingExamples()];
    classifier = await trainIntentClassifier(examples);
  });

  it("reads at least 95% of the held-out phrasings right", async () => {
    const misses: string[] = [];
    for (const [text, intent] of HELD_OUT) {
      const got = await classifier.classify(text);
      if (got !== intent) misses.push(`${JSON.stringify(text)}: ${got}, expected ${intent}`);
    }
    const right = HELD_OUT.length - misses.length;
    console.log(
      `aria-local intents: held-out accuracy ${right}/${HELD_OUT.length} (${Math.round((right / HELD_OUT.length) * 100)}%)`,
    );
    if (misses.length > 0) console.log(`missed:\n${misses.join("\n")}`);
    expect(right / HELD_OUT.length).toBeGreaterThanOrEqual(0.95);
  });

  it("reads every row it was trained on", async () => {
    const misses: string[] = [];
    for (const [text, intent] of TRAINING) {
      const got = await classifier.classify(text);
      if (got !== intent) misses.push(`${JSON.stringify(text)}: ${got}, expected ${intent}`);
    }
    expect(misses).toEqual([]);
  });

  it("calls an empty message unknown", async () => {
    expect(await classifier.classify("")).toBe("unknown");
    expect(await classifier.classify("   ")).toBe("unknown");
  });
});

describe("classifyIntent (trained once on intent-phrasings.ts)", () => {
  it("reads the phrasings it was trained on, and the same message the same way every time", async () => {
    for (const { text, intent } of phrasingExamples()) expect(await classifyIntent(text), text).toBe(intent);
    expect(await classifyIntent("can I do flying sprints today?")).toBe(
      await classifyIntent("can I do flying sprints today?"),
    );
  });
});

describe("deterministic pre-checks", () => {
  it("reads a session described with its numbers as a log, spelled out or not", () => {
    expect(describesSession("tempo 30 min rpe 5")).toBe(true);
    expect(describesSession("did forty minutes of tempo, rpe of six")).toBe(true);
    expect(describesSession("can I sprint today?")).toBe(false);
  });

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
