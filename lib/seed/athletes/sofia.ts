import { SeededRandom } from "@/lib/core/random";
import { fromTemplate, range, session, wellnessSeries, withWellness } from "@/lib/seed/history";
import type { AthletePlan, SquadMember, Week } from "@/lib/seed/plan-types";
import { HURDLE_NOTES } from "@/lib/seed/session-notes";

/** A hurdler back from an ankle sprain with falling pain, whose last week repeats the same load six times. */

function plan(): AthletePlan {
  const random = new SeededRandom("sofia");
  const speed = { acc30: 4.3, fly30: 3.12, rep150: 18.0 };
  const week: Week = [
    { type: "technique", min: 70, rpe: 6, notes: HURDLE_NOTES.technique },
    { type: "acceleration", min: 60, rpe: 7, reps: true },
    { type: "strength", min: 60, rpe: 7 },
    null,
    { type: "max_velocity", min: 60, rpe: 7, notes: HURDLE_NOTES.max_velocity },
    { type: "plyometrics", min: 45, rpe: 6 },
    { type: "speed_endurance", min: 60, rpe: 7, notes: HURDLE_NOTES.speed_endurance },
  ];
  // Weeks 0–6 full (the sprain is on the last day of week 6, 35 days ago), then rehab and a return.
  const before = fromTemplate(random, range(0, 6), () => week, speed).filter((s) => s.d !== 35 && s.d !== 52);
  const injuryDay = session(35, "speed_endurance", 40, 7, 2, "Rolled the left ankle landing off hurdle 7, stopped");
  const comp = session(52, "competition", 110, 9, 4, "Hurdles meet 100 m H: 13.41 (+1.0), clipped hurdle 6");
  const rehab = [
    session(33, "recovery", 40, 3, 3, "Pool walking and upper-body circuit, ankle strapped"),
    session(31, "strength", 50, 5, 3, "Upper body and core only, ankle in a brace"),
    session(30, "recovery", 40, 3, 3, "Bike and ankle mobility, balance board"),
    session(28, "technique", 45, 4, 4, "Walking hurdle drills, no impact"),
    session(27, "technique", 60, 5, 4, "Hurdle walkovers and skips, ankle ok"),
    session(25, "strength", 60, 6, 4, "Single-leg work, calf raises, hops cleared by physio"),
    session(24, "tempo", 45, 5, 4, "Tempo 8×100 m on grass, no pain"),
    session(22, "acceleration", 50, 6, 4, "Block starts 6×20 m, careful on the push"),
    session(21, "plyometrics", 40, 5, 4, "Low pogo hops and line hops, ankle fine"),
  ];
  const back = fromTemplate(random, [9, 10], () => week, speed);
  // The last 7 days: six sessions of exactly 420 AU (RPE × minutes) and one rest day.
  const lastWeek = [
    session(6, "acceleration", 60, 7, 4, "6×30 m block starts over the first hurdle", [
      { reps: 6, distanceM: 30, timesS: [4.42, 4.39, 4.4, 4.37, 4.38, 4.36], restS: 180 },
    ]),
    session(5, "technique", 70, 6, 4, "Rhythm runs over 6 hurdles, trail leg much cleaner"),
    session(4, "strength", 70, 6, 3, "Squat 4×4, single-leg RDL 3×6, ankle stability"),
    session(2, "max_velocity", 60, 7, 4, "4×5 hurdles at race spacing, touchdown 1.05–1.08 s"),
    session(1, "tempo", 84, 5, 3, "2×(5×200 m) at 65% on grass"),
    session(0, "plyometrics", 70, 6, 4, "Hurdle hops and bounding, ankle felt solid"),
  ];
  const wellness = withWellness(wellnessSeries(random, range(0, 83), [2, 2, 3, 3], 11, 0.6), [
    { d: 35, sleep: 3, stress: 4, fatigue: 2, soreness: 3, notes: "Ankle swollen" },
    { d: 0, sleep: 2, stress: 2, fatigue: 3, soreness: 3 },
  ]);
  return {
    timezone: "Europe/London",
    sex: "female",
    events: ["100mh", "100m"],
    experienceYears: 6,
    ageYears: 25,
    personalBests: {
      "100mh": { value: 13.31, timing: "fat", windMps: 1.3 },
      "100m": { value: 11.92, timing: "fat", windMps: 0.5 },
    },
    lastActiveD: 0,
    sessions: [...before, injuryDay, comp, ...rehab, ...back, ...lastWeek],
    wellness,
    metrics: [
      { d: 79, metric: "100mh", value: 13.62, unit: "s", timing: "fat", wind: 0.3, notes: "Opening time trial" },
      { d: 72, metric: "100m", value: 12.05, unit: "s", timing: "fat", wind: 1.1 },
      { d: 66, metric: "standing_long_jump", value: 2.52, unit: "m" },
      { d: 60, metric: "100mh", value: 13.5, unit: "s", timing: "fat", wind: -0.4 },
      { d: 52, metric: "100mh", value: 13.41, unit: "s", timing: "fat", wind: 1.0, notes: "Hurdles meet" },
      { d: 45, metric: "100mh", value: 13.2, unit: "s", timing: "fat", wind: 2.4, notes: "Wind-aided (+2.4)" },
      { d: 40, metric: "30m_fly", value: 3.08, unit: "s", timing: "fat" },
      {
        d: 17,
        metric: "100m",
        value: 12.2,
        unit: "s",
        timing: "fat",
        wind: 0.2,
        notes: "First sprint test after the sprain",
      },
      { d: 8, metric: "100mh", value: 13.38, unit: "s", timing: "fat", wind: 0.7, notes: "Time trial, back near form" },
    ],
    goals: [
      {
        title: "Run 13.20 in the 100 m hurdles",
        metric: "100mh",
        baseline: 13.62,
        target: 13.2,
        setD: 78,
        dueIn: 110,
      },
    ],
    injuries: [
      {
        bodyPart: "ankle",
        side: "left",
        severity: "moderate",
        status: "recovering",
        onsetD: 35,
        notes: "Lateral ankle sprain landing off a hurdle; physio-led return to running.",
        pain: [
          { d: 35, level: 7, notes: "Swollen, could not bear weight" },
          { d: 31, level: 6 },
          { d: 26, level: 5 },
          { d: 19, level: 5, notes: "Only after hops" },
          { d: 12, level: 3 },
          { d: 4, level: 2, notes: "Barely notice it" },
        ],
      },
    ],
    calendar: [
      { at: -52, hh: 13, hours: 4, type: "competition", title: "Hurdles meet: 100 m H" },
      { at: -34, hh: 11, hours: 1, type: "other", title: "Physio: ankle assessment" },
      { at: -8, hh: 17, hours: 2, type: "training", title: "Hurdles time trial" },
      { at: 3, hh: 17, hours: 2, type: "training", title: "Return-to-hurdles progression with Maya" },
      { at: 6, hh: 11, hours: 1, type: "other", title: "Physio: ankle review" },
      { at: 35, hh: 13, hours: 5, type: "competition", title: "Hurdles Invitational: 100 m H", location: "Lee Valley" },
    ],
    nutritionScale: null,
    // The week she is running now, with the loads varied: she runs every day at the same load instead.
    // Top speed came back after the ankle sprain; the push out of the start has not yet.
    sprintTests: {
      start: "crouch",
      timeCorrectionS: 0.3,
      bodyMassKg: 60,
      heightM: 1.72,
      tests: [
        { d: 70, mss: 8.9, tau: 1.1 },
        { d: 42, mss: 8.95, tau: 1.08 },
        {
          d: 12,
          mss: 8.88,
          tau: 1.22,
          notes: "Timing gates at 5, 10, 20, 30 and 40 m; first test back after the ankle",
        },
      ],
    },
    planned: {
      routine: [
        { type: "acceleration", min: 60, rpe: 7, reps: "6×30 m block starts over the first hurdle" },
        { type: "technique", min: 60, rpe: 5, reps: "Rhythm runs over 6 hurdles, 5 reps" },
        { type: "strength", min: 60, rpe: 7, reps: "Squat 4×4, single-leg RDL 3×6, ankle stability" },
        null,
        { type: "max_velocity", min: 50, rpe: 8, reps: "4×5 hurdles at race spacing, full rest" },
        { type: "tempo", min: 40, rpe: 4, reps: "2×(5×200 m) at 65 % on grass" },
        { type: "plyometrics", min: 40, rpe: 6, reps: "Hurdle hops and bounding, 5×8 contacts" },
      ],
      // The session with the coach in her calendar.
      changes: {
        [-3]: {
          type: "technique",
          min: 60,
          rpe: 6,
          reps: "Return-to-hurdles progression: 3 then 5 hurdles at race spacing",
        },
      },
    },
  };
}

export const sofia: SquadMember = {
  athlete: {
    email: "sofia@aria.example",
    name: "Sofia Alvarez",
    persona:
      "Advanced 100 m hurdler back from a left ankle sprain, pain falling, but running the same load six days a week.",
    expectedSuggestions: ["pain_improving", "monotony_high"],
  },
  plan,
};
