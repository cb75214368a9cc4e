import type { AthleteContext } from "@/lib/aria/context-types";
import { CONTEXT_CLOSE, CONTEXT_OPEN } from "@/lib/aria/context-types";

/**
 * A Jordan-like athlete for tests: active right hamstring at pain 7, an injury_warning, ACWR 0.67, max velocity at
 * RPE 8 yesterday (his coach had planned technique) — a rest day, in the engine's own words (lib/analysis/readiness).
 */
export const JORDAN: AthleteContext = {
  name: "Jordan Miles",
  as_of: "2026-11-24",
  timezone: "Europe/London",
  experience_level: "intermediate",
  events: ["100m", "200m"],
  week: { sessions: 3, minutes: 150, average_rpe: 7.33, sessions_per_week_28d: 4.25 },
  last_session: { date: "2026-11-23", type: "max_velocity", duration_min: 50, rpe: 8 },
  load: { acute: 412.5, chronic: 615.7, acwr: 0.67, zone: "low", monotony: 2.4 },
  suggestions: [
    {
      type: "low_variety",
      priority: "low",
      title: "Mix up your sessions",
      message: "Only 1 session type in the last 14 days.",
    },
    {
      type: "injury_warning",
      priority: "critical",
      title: "Training on an active injury",
      message: "You logged max velocity on Mon 23 Nov with your right hamstring still active.",
    },
    {
      type: "pain_high",
      priority: "high",
      title: "Hamstring pain is high",
      message: "Your latest right hamstring pain is 7/10, above 5. Stop loading it and see a professional.",
    },
  ],
  injuries: [
    {
      body_part: "Hamstring",
      side: "right",
      status: "active",
      onset_date: "2026-11-18",
      latest_pain: { level: 7, date: "2026-11-23" },
      pain_trend: [4, 5, 7],
    },
  ],
  goals: [
    {
      title: "Run 100m in 10.80",
      metric: "100m",
      progress_pct: 62.5,
      target_date: "2026-12-10",
      behind_schedule: true,
    },
    { title: "200m under 22.00", metric: "200m", progress_pct: 30, target_date: "2027-06-01", behind_schedule: false },
  ],
  personal_bests: [
    { metric: "100m", value: 10.95, unit: "s", date: "2026-07-12" },
    { metric: "200m", value: 22.41, unit: "s", date: "2026-08-02" },
  ],
  next_competition: { title: "County Indoor Open", date: "2026-12-06" },
  recommended_drills: [
    { slug: "dead-bug", name: "Dead bug", reason: "Core control without loading your right hamstring." },
    { slug: "arm-action", name: "Seated arm action", reason: "Sprint arm mechanics while the leg recovers." },
    { slug: "pool-running", name: "Pool running", reason: "Keeps your fitness with no impact." },
  ],
  mental_exercises: [
    { slug: "box-breathing", name: "Box breathing", type: "breathing", duration_min: 4 },
    {
      slug: "double-inhale-before-blocks",
      name: "Double inhale before the blocks",
      type: "breathing",
      duration_min: 2,
    },
    { slug: "reframe-pre-race-nerves", name: "Reframe pre-race nerves", type: "cognitive", duration_min: 5 },
    { slug: "perfect-block-start", name: "Perfect start from the blocks", type: "visualization", duration_min: 5 },
  ],
  coach_notes: [
    {
      coach: "Maya Okafor",
      about: "Aria's suggestion “Training on an active injury”",
      body: "No max-velocity work until the hamstring is pain-free for a week.",
      date: "2026-11-24",
    },
  ],
  plan_this_week: [
    { date: "2026-11-23", type: "technique", duration_min: 40, rpe: 4, reps: "Walking drills only", done: true },
    { date: "2026-11-24", type: "recovery", duration_min: 30, rpe: 2, reps: "Bike 20 min, mobility", done: false },
    { date: "2026-11-26", type: "strength", duration_min: 40, rpe: 5, reps: "Upper body and core only", done: false },
    { date: "2026-11-28", type: "tempo", duration_min: 30, rpe: 4, reps: null, done: false },
  ],
  sprint_profile: null,
  today: {
    date: "2026-11-24",
    verdict: "rest",
    headline: "Rest today.",
    reasons: [
      {
        rule: "pain_not_acceptable",
        verdict: "rest",
        message:
          "Your right hamstring was at 7/10 on Mon 23 Nov: above 5 is not acceptable to train on. Rest it, and have it looked at.",
        evidence: { injury_id: "inj-1", body_part: "Hamstring", pain: 7, pain_date: "2026-11-23", threshold: 5 },
      },
      {
        rule: "hard_sprint_yesterday",
        verdict: "modify",
        message: "Yesterday's max velocity session was RPE 8: leave 48 hours between hard sprint sessions.",
        evidence: { date: "2026-11-23", type: "max_velocity", rpe: 8, threshold: 8 },
      },
    ],
    session: {
      type: "recovery",
      duration_min: 25,
      rpe: 2,
      reps: "easy bike 15 min, mobility and foam roller 10 min",
      focus: "blood flow, nothing that loads",
      avoid: [
        { what: "sprinting, jumping and lower-body lifting", why: "your Hamstring is injured" },
        { what: "maximal sprints", why: "48 hours between hard sprint sessions" },
      ],
      source: "rest",
      notes: "A rest day: this is optional, easy movement only.",
    },
    logged: [],
  },
};

/** Jordan a week on: the hamstring still active but at pain 4, no hard sprints yesterday — a modify day. */
export const JORDAN_MENDING: AthleteContext = {
  ...JORDAN,
  last_session: { date: "2026-11-23", type: "recovery", duration_min: 30, rpe: 3 },
  suggestions: JORDAN.suggestions.filter((s) => s.type === "low_variety"),
  injuries: [{ ...JORDAN.injuries[0]!, latest_pain: { level: 4, date: "2026-11-23" }, pain_trend: [7, 6, 4] }],
  today: {
    date: "2026-11-24",
    verdict: "modify",
    headline: "Train, but no sprinting today.",
    reasons: [
      {
        rule: "lower_body_injury",
        verdict: "modify",
        message:
          "Your right hamstring is still active (pain 4/10 on Mon 23 Nov): no maximal sprinting until it has healed.",
        evidence: { injury_id: "inj-1", body_part: "Hamstring", pain: 4, pain_date: "2026-11-23" },
      },
    ],
    session: {
      type: "strength",
      duration_min: 40,
      rpe: 6,
      reps: "seated or upper-body work: bench or push-ups 4×8, rows 4×8, med-ball chest throws 3×6, core circuit",
      focus: "upper body and trunk, nothing that loads the injured area",
      avoid: [{ what: "sprinting, jumping and lower-body lifting", why: "your Hamstring is injured" }],
      source: "injury",
      notes: "Swapped for upper-body work while the injury heals.",
    },
    logged: [],
  },
};

/** A healthy athlete with a high ACWR, for the other branches. */
export const SAM: AthleteContext = {
  ...JORDAN,
  name: "Sam",
  week: { sessions: 6, minutes: 420, average_rpe: 8.1, sessions_per_week_28d: 5.5 },
  load: { acute: 900, chronic: 555, acwr: 1.62, zone: "danger", monotony: 1.4 },
  suggestions: [
    { type: "overtraining", priority: "high", title: "Load spike", message: "Your ACWR is 1.62, above 1.5." },
  ],
  injuries: [],
  goals: [],
  coach_notes: [],
  plan_this_week: [],
  today: {
    date: "2026-11-24",
    verdict: "modify",
    headline: "Train today, but lighter.",
    reasons: [
      {
        rule: "acwr_high",
        verdict: "modify",
        message: "Your load ratio (ACWR) is 1.62, above the 1.3 top of the sweet spot: keep today's volume down.",
        evidence: { acwr: 1.62, threshold: 1.3 },
      },
    ],
    session: {
      type: "max_velocity",
      duration_min: 43,
      rpe: 6,
      reps: "4×30 m flying (20 m build-up), 5 min rest",
      focus: "top speed: tall, relaxed, quick contacts",
      avoid: [{ what: "extra volume", why: "your ACWR is 1.62" }],
      source: "variety",
      notes:
        "The type your last 14 days had least of. Cut to 43 min at RPE 6: a load of 258, within your usual 260 a day.",
    },
    logged: [],
  },
};

/** A healthy athlete on a go day: no injury, ACWR in the sweet spot, nothing planned, so the variety pick. */
export const ALEX: AthleteContext = {
  ...SAM,
  name: "Alex Rivera",
  week: { sessions: 4, minutes: 210, average_rpe: 6.5, sessions_per_week_28d: 4 },
  last_session: { date: "2026-11-22", type: "tempo", duration_min: 40, rpe: 5 },
  load: { acute: 520, chronic: 495, acwr: 1.05, zone: "sweet_spot", monotony: 1.3 },
  suggestions: [],
  next_competition: { title: "County Indoor Open", date: "2026-12-06" },
  today: {
    date: "2026-11-24",
    verdict: "go",
    headline: "You're good to go.",
    reasons: [],
    session: {
      type: "acceleration",
      duration_min: 50,
      rpe: 7,
      reps: "6×20 m + 3×30 m from a crouch or blocks, 2–3 min rest",
      focus: "drive phase: push the ground back, stay low for the first steps",
      avoid: [],
      source: "variety",
      notes: "The type your last 14 days had least of.",
    },
    logged: [],
  },
};

export function systemWith(ctx: AthleteContext): string {
  return `You are Aria.\n${CONTEXT_OPEN}${JSON.stringify(ctx)}${CONTEXT_CLOSE}\nBe kind.`;
}
