import type { AthleteContext } from "@/lib/aria/context-types";
import { CONTEXT_CLOSE, CONTEXT_OPEN } from "@/lib/aria/context-types";

/** A Jordan-like athlete for tests: active right hamstring at pain 7, an injury_warning, ACWR 0.67. */
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
};

export function systemWith(ctx: AthleteContext): string {
  return `You are Aria.\n${CONTEXT_OPEN}${JSON.stringify(ctx)}${CONTEXT_CLOSE}\nBe kind.`;
}
