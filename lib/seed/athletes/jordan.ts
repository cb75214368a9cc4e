import { SeededRandom } from "@/lib/core/random";
import { fromTemplate, range, session, wellnessSeries, withSessions, withWellness } from "@/lib/seed/history";
import type { AthletePlan, SquadMember, Week } from "@/lib/seed/plan-types";

/** An advanced sprinter training through a fresh hamstring strain: injury_warning, and pain_high as it worsens. */

function plan(): AthletePlan {
  const random = new SeededRandom("jordan");
  const speed = { acc30: 3.92, fly30: 2.8, rep150: 16.1 };
  const week = (w: number): Week => [
    { type: "acceleration", min: 75, rpe: 7, reps: true },
    { type: "strength", min: 70, rpe: 7 },
    { type: "tempo", min: 40, rpe: 5 },
    { type: "max_velocity", min: 70, rpe: 7, reps: true },
    w % 2 === 0 ? { type: "plyometrics", min: 45, rpe: 6 } : null,
    { type: "speed_endurance", min: 60, rpe: 8, reps: true },
    null,
  ];
  const history = withSessions(fromTemplate(random, range(0, 10), week, speed), [
    session(45, "competition", 120, 9, 5, "Metro Open 100 m: 10.41 (+2.6) in the final, wind-aided but fast"),
    session(24, "competition", 120, 9, 4, "County Championships 100 m: 10.52 (+1.2), second place"),
    session(31, "competition", 110, 8, 4, "Club league 200 m: 21.36 (+0.9), good bend"),
    session(10, "max_velocity", 60, 7, 4, "100 m time trial: 10.49 (+0.4), best legal mark so far"),
  ]);
  // The strain on day 5, then sprinting on it anyway: only the day-2 session is recovery.
  const lastWeek = [
    session(6, "strength", 60, 6, 4, "Squat 4×3 at 80%, RDL 3×5, felt fine"),
    session(5, "max_velocity", 40, 7, 2, "Felt a grab in the right hamstring on the 4th fly, stopped the session", [
      { reps: 4, distanceM: 30, timesS: [2.79, 2.81, 2.78, 2.95], restS: 240, note: "last rep pulled up" },
    ]),
    session(3, "acceleration", 50, 6, 3, "Hamstring tight but ran 5×20 m block starts anyway"),
    session(2, "recovery", 30, 3, 3, "Bike and mobility, hamstring sore on the stretch"),
    session(1, "max_velocity", 45, 7, 3, "3×30 m flys at ~90%, hamstring tugging on the last rep", [
      { reps: 3, distanceM: 30, timesS: [2.88, 2.9, 2.97], restS: 300 },
    ]),
  ];
  const wellness = withWellness(wellnessSeries(random, range(7, 83), [2, 2, 3, 3], 11, 0.65), [
    { d: 5, sleep: 2, stress: 3, fatigue: 2, soreness: 4, notes: "Hamstring grabbed in training" },
    { d: 3, sleep: 3, stress: 2, fatigue: 2, soreness: 4 },
    { d: 1, sleep: 3, stress: 3, fatigue: 2, soreness: 3, notes: "Back of the thigh still tight" },
    { d: 0, sleep: 2, stress: 3, fatigue: 2, soreness: 4 },
  ]);
  return {
    timezone: "America/New_York",
    sex: "male",
    events: ["100m", "200m"],
    experienceYears: 8,
    ageYears: 27,
    personalBests: {
      "60m": { value: 6.74, timing: "fat" },
      "100m": { value: 10.58, timing: "fat", windMps: 1.1 },
      "200m": { value: 21.3, timing: "fat", windMps: 0.4 },
    },
    lastActiveD: 0,
    sessions: [...history, ...lastWeek],
    wellness,
    metrics: [
      { d: 75, metric: "100m", value: 10.68, unit: "s", timing: "fat", wind: 0.8, notes: "Season-opener time trial" },
      { d: 70, metric: "squat_1rm", value: 176, unit: "kg" },
      { d: 66, metric: "30m_fly", value: 2.86, unit: "s", timing: "fat" },
      { d: 61, metric: "100m", value: 10.62, unit: "s", timing: "fat", wind: 1.5 },
      { d: 52, metric: "200m", value: 21.48, unit: "s", timing: "fat", wind: -0.6 },
      { d: 45, metric: "100m", value: 10.41, unit: "s", timing: "fat", wind: 2.6, notes: "Wind-aided (+2.6)" },
      { d: 38, metric: "100m", value: 10.4, unit: "s", timing: "hand", notes: "Hand-timed by coach in training" },
      { d: 38, metric: "30m_fly", value: 2.82, unit: "s", timing: "fat" },
      { d: 31, metric: "200m", value: 21.36, unit: "s", timing: "fat", wind: 0.9 },
      { d: 28, metric: "squat_1rm", value: 184, unit: "kg" },
      { d: 24, metric: "100m", value: 10.52, unit: "s", timing: "fat", wind: 1.2, notes: "County Championships" },
      { d: 17, metric: "30m_fly", value: 2.79, unit: "s", timing: "fat" },
      {
        d: 10,
        metric: "100m",
        value: 10.49,
        unit: "s",
        timing: "fat",
        wind: 0.4,
        notes: "Time trial, best legal mark",
      },
    ],
    goals: [
      { title: "Break 10.40 in the 100 m", metric: "100m", baseline: 10.68, target: 10.4, setD: 78, dueIn: 150 },
      { title: "Squat 190 kg", metric: "squat_1rm", baseline: 170, target: 190, setD: 72, dueIn: 90 },
    ],
    injuries: [
      {
        bodyPart: "hamstring",
        side: "right",
        severity: "moderate",
        status: "active",
        onsetD: 5,
        notes: "Grade 1–2 strain felt on a flying 30 m; physio appointment booked.",
        pain: [
          { d: 5, level: 4, notes: "Sharp on the fly, dull afterwards" },
          { d: 3, level: 6, notes: "Worse after the block starts" },
          { d: 1, level: 7, notes: "Tugging at top speed, sore walking" },
        ],
      },
    ],
    calendar: [
      { at: -45, hh: 13, hours: 4, type: "competition", title: "Metro Open", location: "Icahn Stadium" },
      { at: -31, hh: 18, hours: 3, type: "competition", title: "Club league: 200 m" },
      { at: -24, hh: 12, hours: 5, type: "competition", title: "County Championships", location: "County track" },
      { at: -10, hh: 17, hours: 2, type: "training", title: "100 m time trial with coach" },
      { at: 1, hh: 16, hours: 1, type: "other", title: "Physio review: right hamstring" },
      { at: 2, hh: 9, hours: 24, type: "rest", title: "Rest day (hamstring)" },
      {
        at: 21,
        hh: 13,
        hours: 4,
        type: "competition",
        title: "Metro Sprint Classic: 100 m",
        location: "Icahn Stadium",
      },
      { at: 42, hh: 12, hours: 6, type: "competition", title: "Regional Championships: 100/200 m" },
    ],
    nutritionScale: 1.12,
    // His usual week; from the strain on, the coach re-plans easy days, and he sprints on two of them anyway.
    // Acceleration came on through the autumn while top speed held; the last test was three days before the strain.
    sprintTests: {
      start: "block",
      timeCorrectionS: 0,
      bodyMassKg: 79,
      heightM: 1.82,
      tests: [
        { d: 52, mss: 10.95, tau: 1.22 },
        { d: 31, mss: 11.0, tau: 1.13 },
        { d: 8, mss: 11.02, tau: 1.08, notes: "Timing gates at 5, 10, 20, 30 and 40 m; best starts of the season" },
      ],
    },
    planned: {
      routine: [
        { type: "acceleration", min: 70, rpe: 7, reps: "4×20 m + 4×30 m from blocks, 3–4 min rest" },
        { type: "strength", min: 60, rpe: 7, reps: "Back squat 5×3, power clean 4×3, Nordic curls 3×5" },
        { type: "tempo", min: 40, rpe: 5, reps: "2×(6×100 m) at 70 %, 3 min between sets" },
        { type: "max_velocity", min: 60, rpe: 8, reps: "5×30 m flying (25 m build-up), 6 min rest" },
        { type: "plyometrics", min: 40, rpe: 6, reps: "Bounds and hurdle hops, 5×8 contacts" },
        { type: "speed_endurance", min: 60, rpe: 8, reps: "4×150 m at 95 %, 10 min rest" },
        null,
      ],
      changes: {
        4: {
          type: "recovery",
          min: 30,
          rpe: 2,
          reps: "Bike 20 min, mobility 10 min",
          notes: "No sprinting until the physio has seen the hamstring",
        },
        3: { type: "technique", min: 30, rpe: 3, reps: "Walking A-skips and posture drills only" },
        2: { type: "recovery", min: 30, rpe: 2, reps: "Bike and mobility" },
        1: { type: "recovery", min: 30, rpe: 2, reps: "Pool running or easy bike, 20 min" },
        0: { type: "recovery", min: 25, rpe: 2, reps: "Mobility and foam roller only", notes: "Physio tomorrow" },
        // Physio review, then the rest day in his calendar.
        [-1]: null,
        [-2]: null,
        [-3]: { type: "strength", min: 40, rpe: 5, reps: "Upper body and core only: bench 4×8, rows 4×8" },
        [-4]: { type: "recovery", min: 30, rpe: 2, reps: "Bike 20 min, mobility 10 min" },
        [-5]: { type: "technique", min: 35, rpe: 3, reps: "Walking drills, if the physio has cleared them" },
        [-6]: { type: "tempo", min: 30, rpe: 4, reps: "6×100 m at 60 % on grass, only if pain-free" },
      },
    },
  };
}

export const jordan: SquadMember = {
  athlete: {
    email: "jordan@aria.example",
    name: "Jordan Reyes",
    persona: "Advanced 100/200 m sprinter who strained his right hamstring five days ago and kept sprinting on it.",
    expectedSuggestions: ["injury_warning", "pain_high"],
  },
  plan,
};
