import { SeededRandom } from "@/lib/core/random";
import { fromTemplate, range, session, wellnessSeries, withSessions, withWellness } from "@/lib/seed/history";
import type { AthletePlan, SquadMember, Week } from "@/lib/seed/plan-types";

/** The control: a consistent, varied, healthy masters sprinter who raises no suggestion at all. */

function plan(): AthletePlan {
  const random = new SeededRandom("priya");
  const speed = { acc30: 4.5, fly30: 3.35, rep150: 19.2 };
  const week = (w: number): Week => [
    { type: "acceleration", min: 55, rpe: 7, reps: true },
    { type: "strength", min: 60, rpe: 6 },
    null,
    w % 2 === 0 ? { type: "max_velocity", min: 50, rpe: 7, reps: true } : { type: "technique", min: 50, rpe: 5 },
    { type: "tempo", min: 40, rpe: 5 },
    w % 4 === 2
      ? null
      : w % 2 === 0
        ? { type: "speed_endurance", min: 55, rpe: 8, reps: true }
        : { type: "plyometrics", min: 40, rpe: 6 },
    null,
  ];
  const sessions = withSessions(fromTemplate(random, range(0, 10), week, speed, { rpeMin: 4 }), [
    session(45, "competition", 100, 8, 4, "Masters open 100 m: 12.74 (+1.3), won the W40 race"),
    session(17, "competition", 100, 8, 5, "Masters meet 200 m: 26.18 (+0.8), season's best"),
  ]);
  // This week: back to full volume after the lighter week, with a 100 m time trial.
  sessions.push(
    session(6, "acceleration", 60, 7, 4, "5×30 m from blocks, 2×40 m from a 3-point start", [
      { reps: 5, distanceM: 30, timesS: [4.52, 4.49, 4.5, 4.47, 4.48], restS: 180, note: "from blocks" },
    ]),
    session(5, "strength", 65, 6, 4, "Trap-bar deadlift 4×4, split squats 3×6, Copenhagen planks"),
    session(3, "max_velocity", 55, 8, 5, "100 m time trial: 12.58 (+1.6), goal reached!"),
    session(2, "tempo", 45, 5, 4, "8×150 m tempo on grass, easy rhythm"),
    session(0, "plyometrics", 50, 6, 4, "Bounding 4×20 m, low hurdle hops, skips for height"),
  );
  const wellness = withWellness(wellnessSeries(random, range(1, 83), [2, 2, 2, 2], 10, 0.65), [
    { d: 0, sleep: 2, stress: 2, fatigue: 2, soreness: 2 },
  ]);
  return {
    timezone: "Europe/London",
    sex: "female",
    events: ["100m", "200m"],
    experienceYears: 12,
    ageYears: 42,
    personalBests: {
      "100m": { value: 12.38, timing: "fat", windMps: 0.9 },
      "200m": { value: 25.6, timing: "fat", windMps: 1.2 },
    },
    lastActiveD: 0,
    sessions,
    wellness,
    metrics: [
      { d: 80, metric: "100m", value: 12.95, unit: "s", timing: "fat", wind: 0.5, notes: "Winter time trial" },
      { d: 73, metric: "standing_long_jump", value: 2.4, unit: "m" },
      { d: 66, metric: "200m", value: 26.6, unit: "s", timing: "fat", wind: -0.8 },
      { d: 59, metric: "100m", value: 12.86, unit: "s", timing: "fat", wind: 1.9 },
      { d: 52, metric: "30m_fly", value: 3.38, unit: "s", timing: "fat" },
      { d: 45, metric: "100m", value: 12.74, unit: "s", timing: "fat", wind: 1.3, notes: "Masters open" },
      { d: 38, metric: "200m", value: 26.4, unit: "s", timing: "fat", wind: 0.3 },
      { d: 31, metric: "standing_long_jump", value: 2.48, unit: "m" },
      { d: 24, metric: "100m", value: 12.5, unit: "s", timing: "hand", notes: "Hand-timed by the coach" },
      { d: 17, metric: "200m", value: 26.18, unit: "s", timing: "fat", wind: 0.8, notes: "Masters meet" },
      { d: 10, metric: "standing_long_jump", value: 2.52, unit: "m" },
      { d: 3, metric: "100m", value: 12.58, unit: "s", timing: "fat", wind: 1.6, notes: "Time trial, goal reached" },
    ],
    goals: [
      { title: "Run 12.60 in the 100 m", metric: "100m", baseline: 12.95, target: 12.6, setD: 79, dueIn: 40 },
      { title: "Run 26.00 in the 200 m", metric: "200m", baseline: 26.6, target: 26.0, setD: 65, dueIn: 75 },
      {
        title: "Standing long jump 2.55 m",
        metric: "standing_long_jump",
        baseline: 2.4,
        target: 2.55,
        setD: 72,
        dueIn: 60,
      },
    ],
    injuries: [],
    calendar: [
      { at: -45, hh: 12, hours: 4, type: "competition", title: "Masters Open: 100 m" },
      { at: -17, hh: 13, hours: 4, type: "competition", title: "Masters meet: 200 m" },
      { at: -3, hh: 18, hours: 2, type: "training", title: "100 m time trial" },
      { at: 4, hh: 9, hours: 24, type: "rest", title: "Rest day" },
      {
        at: 25,
        hh: 12,
        hours: 6,
        type: "competition",
        title: "Masters Championships: 100/200 m",
        location: "Lee Valley",
      },
      { at: 49, hh: 13, hours: 4, type: "competition", title: "Masters Open: 200 m" },
    ],
    nutritionScale: 0.82,
    // Her week with the time trial; she moved one session a day later.
    // Her technique blocks show at the start: acceleration up test by test, top speed steady.
    sprintTests: {
      start: "crouch",
      timeCorrectionS: 0.3,
      bodyMassKg: 57,
      heightM: 1.65,
      tests: [
        { d: 73, mss: 8.05, tau: 1.2 },
        { d: 45, mss: 8.08, tau: 1.14 },
        { d: 10, mss: 8.12, tau: 1.1 },
      ],
    },
    planned: {
      routine: [
        { type: "acceleration", min: 55, rpe: 7, reps: "5×30 m from blocks, 2×40 m from a 3-point start" },
        { type: "strength", min: 60, rpe: 6, reps: "Trap-bar deadlift 4×4, split squats 3×6" },
        null,
        { type: "max_velocity", min: 50, rpe: 7, reps: "4×30 m flying (20 m build-up), full recovery" },
        { type: "tempo", min: 45, rpe: 5, reps: "8×150 m on grass, easy rhythm" },
        { type: "plyometrics", min: 45, rpe: 6, reps: "Bounding 4×20 m, low hurdle hops" },
        null,
      ],
      changes: {
        3: { type: "max_velocity", min: 50, rpe: 8, reps: "100 m time trial after a full warm-up" },
        // The rest day in her calendar.
        [-4]: null,
      },
    },
  };
}

export const priya: SquadMember = {
  athlete: {
    email: "priya@aria.example",
    name: "Priya Nair",
    persona:
      "Masters (W40) 100/200 m sprinter: consistent, varied, healthy training, improving times and goals on track.",
    expectedSuggestions: [],
  },
  plan,
};
