import { SeededRandom } from "@/lib/core/random";
import { fromTemplate, range, session, wellnessSeries, withSessions, withWellness } from "@/lib/seed/history";
import type { AthletePlan, SquadMember, Week } from "@/lib/seed/plan-types";

/**
 * A 400 m runner in a race-prep block with no lighter week: seven or more sessions a week for a month, then a
 * spike (ACWR above 1.5) of hard sessions and sinking wellness this week.
 */

function plan(): AthletePlan {
  const random = new SeededRandom("amara");
  const speed = { acc30: 4.35, fly30: 3.2, rep150: 18.4 };
  // Weeks 0–7: a normal 5-day week. Weeks 8–10: a 7-day race-prep block of short sessions.
  const base: Week = [
    { type: "speed_endurance", min: 60, rpe: 7, reps: true },
    { type: "strength", min: 55, rpe: 6 },
    { type: "tempo", min: 45, rpe: 5 },
    { type: "special_endurance", min: 65, rpe: 7 },
    null,
    { type: "acceleration", min: 50, rpe: 6, reps: true },
    null,
  ];
  const block: Week = [
    { type: "speed_endurance", min: 50, rpe: 7, reps: true },
    { type: "strength", min: 45, rpe: 6 },
    { type: "tempo", min: 40, rpe: 5 },
    { type: "special_endurance", min: 50, rpe: 7 },
    { type: "technique", min: 35, rpe: 4 },
    { type: "acceleration", min: 45, rpe: 6, reps: true },
    { type: "tempo", min: 35, rpe: 5 },
  ];
  const generated = fromTemplate(random, range(0, 10), (w) => (w >= 8 ? block : base), speed, {
    mood: (d) => (d <= 27 ? random.pick([3, 3, 4]) : random.pick([3, 4, 4, 5])),
    // No lighter week inside the block: that is the problem.
    deload: (w) => w === 2 || w === 6,
  });
  const history = withSessions(generated, [
    session(38, "competition", 100, 9, 4, "Open meet 400 m: 54.62, went out too hard"),
    session(59, "competition", 100, 9, 4, "Club 400 m: 55.05, solid back straight"),
  ]);
  const lastWeek = [
    session(6, "special_endurance", 90, 8, 3, "2×350 m at race pace, 15 min rest, legs already heavy"),
    session(5, "strength", 60, 8, 3, "Squat 5×3 at 85% and cleans, grinding"),
    session(5, "tempo", 50, 8, 3, "Evening tempo 8×150 m on top of the lifting"),
    session(4, "tempo", 110, 9, 2, "2×(8×200 m) tempo plus core, should have been easy, wasn't"),
    session(3, "speed_endurance", 85, 9, 3, "3×200 m flat out, 6 min rest, tied up on the last", [
      { reps: 3, distanceM: 200, timesS: [24.9, 25.3, 26.1], restS: 360 },
    ]),
    session(3, "plyometrics", 45, 8, 3, "Evening bounding and hurdle hops, no pop"),
    session(2, "special_endurance", 100, 9, 2, "500 m + 300 m at race pace, nearly sick after"),
    session(1, "strength", 70, 8, 3, "Heavy lifts, bar speed way down"),
    session(1, "tempo", 70, 8, 3, "Extra tempo session to keep the volume up"),
    session(0, "special_endurance", 120, 9, 2, "3×300 m at 400 m pace, dead legs from the first rep"),
  ];
  const wellness = withWellness(wellnessSeries(random, range(7, 83), [3, 2, 3, 3], 12, 0.7), [
    { d: 6, sleep: 3, stress: 3, fatigue: 4, soreness: 3 },
    { d: 4, sleep: 4, stress: 3, fatigue: 4, soreness: 4, notes: "Heavy legs, slept badly" },
    { d: 2, sleep: 4, stress: 4, fatigue: 5, soreness: 4 },
    { d: 1, sleep: 4, stress: 4, fatigue: 5, soreness: 5, notes: "Everything aches" },
    { d: 0, sleep: 5, stress: 4, fatigue: 6, soreness: 5, notes: "Woke up exhausted, resting HR up" },
  ]);
  return {
    timezone: "Australia/Sydney",
    sex: "female",
    events: ["400m", "200m"],
    experienceYears: 4,
    ageYears: 23,
    personalBests: {
      "200m": { value: 24.92, timing: "fat", windMps: 0.7 },
      "400m": { value: 54.48, timing: "fat" },
    },
    lastActiveD: 0,
    sessions: [...history, ...lastWeek],
    wellness,
    metrics: [
      { d: 80, metric: "400m", value: 55.2, unit: "s", timing: "fat", notes: "Time trial in a cold wind" },
      { d: 73, metric: "200m", value: 25.12, unit: "s", timing: "fat", wind: -0.4 },
      { d: 66, metric: "squat_1rm", value: 95, unit: "kg" },
      { d: 59, metric: "400m", value: 55.05, unit: "s", timing: "fat", notes: "Club 400 m" },
      { d: 52, metric: "200m", value: 24.95, unit: "s", timing: "fat", wind: 1.1 },
      { d: 45, metric: "300m", value: 39.8, unit: "s", timing: "hand", notes: "Hand-timed 300 m in training" },
      { d: 38, metric: "400m", value: 54.62, unit: "s", timing: "fat" },
      { d: 31, metric: "200m", value: 24.74, unit: "s", timing: "fat", wind: 2.3, notes: "Wind-aided (+2.3)" },
      { d: 24, metric: "400m", value: 54.1, unit: "s", timing: "fat", notes: "Time trial, PB" },
      { d: 17, metric: "200m", value: 24.79, unit: "s", timing: "fat", wind: 0.6 },
      { d: 10, metric: "300m", value: 38.9, unit: "s", timing: "fat" },
    ],
    goals: [
      { title: "Run 53.50 in the 400 m", metric: "400m", baseline: 55.2, target: 53.5, setD: 81, dueIn: 70 },
      { title: "Break 24.50 in the 200 m", metric: "200m", baseline: 25.12, target: 24.5, setD: 72, dueIn: 100 },
    ],
    injuries: [],
    calendar: [
      { at: -59, hh: 17, hours: 3, type: "competition", title: "Club 400 m" },
      { at: -38, hh: 14, hours: 4, type: "competition", title: "Sydney Open: 400 m", location: "Sydney Olympic Park" },
      { at: -24, hh: 16, hours: 2, type: "training", title: "400 m time trial" },
      { at: 1, hh: 17, hours: 1, type: "other", title: "Coach check-in: load review with Maya" },
      { at: 2, hh: 8, hours: 24, type: "rest", title: "Planned rest day" },
      { at: 20, hh: 14, hours: 4, type: "competition", title: "State Open: 400 m", location: "Sydney Olympic Park" },
      { at: 48, hh: 13, hours: 5, type: "competition", title: "National Championships: 400 m heats" },
    ],
    nutritionScale: 0.88,
    // The coach's block keeps a rest day and shorter sessions; she fills the rest day and doubles up.
    // Sharper in the middle of the block, then slower at both ends of the sprint once the load piled up.
    sprintTests: {
      start: "standing",
      timeCorrectionS: 0.3,
      bodyMassKg: 58,
      heightM: 1.7,
      tests: [
        { d: 66, mss: 8.7, tau: 1.16 },
        { d: 38, mss: 8.78, tau: 1.12 },
        { d: 5, mss: 8.35, tau: 1.2, notes: "Timing gates at 5, 10, 20, 30 and 40 m; legs heavy" },
      ],
    },
    planned: {
      routine: [
        { type: "speed_endurance", min: 50, rpe: 7, reps: "3×150 m at 90 %, 8 min rest" },
        { type: "strength", min: 45, rpe: 6, reps: "Squat 4×5 at 75 %, RDL 3×6" },
        { type: "tempo", min: 40, rpe: 5, reps: "8×150 m at 65 %, walk back" },
        { type: "special_endurance", min: 50, rpe: 7, reps: "2×300 m at race pace, 15 min rest" },
        { type: "technique", min: 35, rpe: 4, reps: "A-runs and wickets 4×30 m" },
        { type: "acceleration", min: 45, rpe: 6, reps: "6×30 m from blocks, 3 min rest" },
        null,
      ],
      changes: {
        0: { type: "recovery", min: 30, rpe: 2, reps: "Easy bike 20 min, mobility", notes: "Your body needs the day" },
        // The load review with the coach, then the rest day in her calendar.
        [-1]: { type: "technique", min: 30, rpe: 3, reps: "Easy drills and strides only" },
        [-2]: null,
      },
    },
  };
}

export const amara: SquadMember = {
  athlete: {
    email: "amara@aria.example",
    name: "Amara Chen",
    persona:
      "Intermediate 400 m runner in a race-prep block: seven or more sessions every week for a month, a load spike this week and worsening wellness.",
    expectedSuggestions: ["overtraining", "high_rpe", "recovery_needed", "monotony_high", "wellness_low"],
  },
  plan,
};
