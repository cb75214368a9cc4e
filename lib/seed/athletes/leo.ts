import type { SessionType } from "@/lib/core/domain";
import { SeededRandom } from "@/lib/core/random";
import { range, repsFor, session, wellnessSeries, withWellness } from "@/lib/seed/history";
import type { AthletePlan, SquadMember } from "@/lib/seed/plan-types";
import { NOTES } from "@/lib/seed/session-notes";

/** A young beginner who trains twice a week at most, only drills lately, and stopped timing himself. */

function plan(): AthletePlan {
  const random = new SeededRandom("leo");
  const speed = { acc30: 4.45, fly30: 3.3, rep150: 18.8 };
  const early: [number, SessionType, number, number][] = [
    [82, "technique", 50, 5],
    [78, "acceleration", 50, 6],
    [74, "technique", 45, 5],
    [70, "plyometrics", 40, 6],
    [67, "acceleration", 55, 6],
    [63, "competition", 90, 8],
    [59, "technique", 50, 5],
    [55, "tempo", 40, 5],
    [51, "acceleration", 50, 6],
    [49, "strength", 45, 6],
    [44, "technique", 45, 5],
    [40, "acceleration", 50, 6],
    [35, "competition", 90, 8],
    [31, "technique", 45, 5],
    [26, "acceleration", 50, 6],
    [20, "plyometrics", 40, 6],
  ];
  const sessions = early.map(([d, type, min, rpe]) =>
    session(
      d,
      type,
      min,
      rpe,
      random.pick([3, 4, 4]),
      type === "competition" ? "Club time trial: 60 m, then a 100 m" : random.pick(NOTES[type]),
      type === "acceleration" && random.float() < 0.5 ? repsFor(type, speed, random) : undefined,
    ),
  );
  // The last two weeks: technique only, twice a week.
  sessions.push(
    session(12, "technique", 45, 5, 4, "A-skips and B-skips, trying to stay tall"),
    session(9, "technique", 40, 5, 3, "Wall drills and dribbles, ankles getting stronger"),
    session(5, "technique", 45, 5, 4, "High knees and fast-leg drills with the group"),
    session(2, "technique", 40, 4, 4, "Drills on my own in the park, no sprints"),
  );
  const wellness = withWellness(wellnessSeries(random, range(1, 83), [2, 2, 2, 2], 10, 0.3), [
    { d: 0, sleep: 2, stress: 2, fatigue: 2, soreness: 2 },
  ]);
  return {
    timezone: "Europe/Lisbon",
    sex: "male",
    events: ["60m", "100m"],
    experienceYears: 1,
    ageYears: 17,
    personalBests: {
      "60m": { value: 7.6, timing: "fat" },
      "100m": { value: 12.1, timing: "hand" },
    },
    lastActiveD: 0,
    sessions,
    wellness,
    // Nothing in the last 30 days: the latest mark is 35 days old.
    metrics: [
      { d: 77, metric: "60m", value: 7.5, unit: "s", timing: "hand", notes: "Hand-timed by a teammate" },
      { d: 63, metric: "60m", value: 7.62, unit: "s", timing: "fat", notes: "Club time trial" },
      { d: 63, metric: "100m", value: 12.08, unit: "s", timing: "fat", wind: -0.3 },
      { d: 49, metric: "standing_long_jump", value: 2.38, unit: "m" },
      { d: 49, metric: "30m_fly", value: 3.34, unit: "s", timing: "fat" },
      { d: 35, metric: "60m", value: 7.48, unit: "s", timing: "fat", notes: "Club time trial, PB" },
      { d: 35, metric: "100m", value: 11.91, unit: "s", timing: "fat", wind: 1.4 },
    ],
    goals: [{ title: "Run 7.30 in the 60 m", metric: "60m", baseline: 7.62, target: 7.3, setD: 62, dueIn: 120 }],
    injuries: [],
    calendar: [
      { at: -63, hh: 10, hours: 3, type: "competition", title: "Club time trial: 60/100 m" },
      { at: -35, hh: 10, hours: 3, type: "competition", title: "Club time trial: 60/100 m" },
      { at: 2, hh: 18, hours: 2, type: "training", title: "Sprint group: acceleration session" },
      {
        at: 28,
        hh: 10,
        hours: 5,
        type: "competition",
        title: "Youth Development Meet: 60/100 m",
        location: "Estádio Universitário",
      },
    ],
    nutritionScale: null,
    // Three short sessions a week; he comes to the drills and skips the sprints.
    // Growing into his stride: top speed rises test by test while his acceleration stays where it was.
    sprintTests: {
      start: "standing",
      timeCorrectionS: 0.3,
      bodyMassKg: 64,
      heightM: 1.78,
      tests: [
        { d: 80, mss: 7.6, tau: 1.3 },
        { d: 58, mss: 7.85, tau: 1.33 },
        { d: 36, mss: 8.05, tau: 1.37 },
      ],
    },
    planned: {
      routine: [
        null,
        { type: "technique", min: 40, rpe: 5, reps: "A-skips, B-skips, high knees 3×20 m each" },
        null,
        { type: "max_velocity", min: 35, rpe: 6, reps: "3×20 m flying (20 m build-up), 4 min rest" },
        { type: "acceleration", min: 45, rpe: 6, reps: "5×20 m from a crouch start, walk back" },
        null,
        { type: "plyometrics", min: 35, rpe: 5, reps: "Pogo jumps and low hurdle hops, 4×10 contacts" },
      ],
      // The sprint group's acceleration session in his calendar.
      changes: { [-2]: { type: "acceleration", min: 45, rpe: 6, reps: "5×20 m from a crouch start, walk back" } },
    },
  };
}

export const leo: SquadMember = {
  athlete: {
    email: "leo@aria.example",
    name: "Leo Martins",
    persona:
      "17-year-old beginner 60/100 m sprinter who trains rarely, only does technique drills and has not timed himself in over a month.",
    expectedSuggestions: ["low_frequency", "low_variety", "needs_metrics"],
  },
  plan,
};
