import { SeededRandom } from "@/lib/core/random";
import { fromTemplate, range, session, wellnessSeries, withWellness } from "@/lib/seed/history";
import type { AthletePlan, SquadMember, Week } from "@/lib/seed/plan-types";

/** A 400 m runner whose mood slid through a month of poor sessions, then nothing logged for nine days. */

/** Days since his last session, of anything at all. */
const QUIET_DAYS = 9;

function plan(): AthletePlan {
  const random = new SeededRandom("marcus");
  const speed = { acc30: 4.05, fly30: 2.95, rep150: 16.9 };
  const week: Week = [
    { type: "speed_endurance", min: 70, rpe: 7, reps: true },
    { type: "strength", min: 60, rpe: 7 },
    { type: "tempo", min: 50, rpe: 5 },
    null,
    { type: "acceleration", min: 60, rpe: 6, reps: true },
    { type: "special_endurance", min: 70, rpe: 7 },
    null,
  ];
  // Mood slides over the last month; the sessions he rated 1–2 are all 9 to 26 days ago.
  const low = new Map<number, [number, string]>([
    [26, [2, "Heavy and flat, couldn't get going"]],
    [23, [2, "Starts felt slow, frustrated"]],
    [20, [1, "Awful reps, thinking about skipping the next meet"]],
    [18, [2, "Went through the motions"]],
    [15, [2, "Legs fine, head not in it"]],
    [12, [1, "400 m time trial 49.35, slower than last month, tied up badly"]],
    [QUIET_DAYS, [2, "Cut the session short, no motivation"]],
  ]);
  const timeTrial = (mood: number, notes: string) => session(12, "competition", 90, 8, mood, notes);
  const sessions = fromTemplate(random, range(0, 10), () => week, speed, {
    keep: (d) => d >= QUIET_DAYS,
    mood: (d) => (d > 40 ? random.pick([3, 4, 4, 5]) : 3),
  }).map((s) => {
    const mood = low.get(s.d);
    if (!mood) return s;
    if (s.d === 12) return timeTrial(mood[0], mood[1]);
    return { ...s, mood: mood[0], notes: mood[1] };
  });
  if (!sessions.some((s) => s.d === 12)) {
    const [mood, notes] = low.get(12) ?? [1, ""];
    sessions.push(timeTrial(mood, notes));
  }
  // Nothing of any kind logged after his last session.
  const wellness = withWellness(
    wellnessSeries(random, range(QUIET_DAYS + 1, 83), [3, 3, 2, 2], 11, 0.55).map((l) =>
      l.d <= 27 ? { ...l, stress: Math.min(5, l.stress + 1), sleep: Math.max(1, l.sleep - 1) } : l,
    ),
    [{ d: 10, sleep: 3, stress: 4, fatigue: 2, soreness: 2, notes: "Stressed about exams, not sleeping well" }],
  );
  return {
    timezone: "Africa/Lagos",
    sex: "male",
    events: ["200m", "400m"],
    experienceYears: 3,
    ageYears: 21,
    personalBests: {
      "200m": { value: 21.98, timing: "fat", windMps: 1.0 },
      "400m": { value: 49.02, timing: "fat" },
    },
    lastActiveD: QUIET_DAYS,
    sessions,
    wellness,
    metrics: [
      { d: 76, metric: "400m", value: 49.4, unit: "s", timing: "fat", notes: "Time trial" },
      { d: 68, metric: "400m", value: 48.95, unit: "s", timing: "fat", notes: "League match, PB" },
      { d: 61, metric: "squat_1rm", value: 140, unit: "kg" },
      { d: 54, metric: "200m", value: 22.05, unit: "s", timing: "fat", wind: 1.8 },
      { d: 47, metric: "400m", value: 48.9, unit: "s", timing: "hand", notes: "Hand-timed in training" },
      { d: 40, metric: "200m", value: 21.88, unit: "s", timing: "fat", wind: 2.3, notes: "Wind-aided (+2.3)" },
      { d: 33, metric: "400m", value: 49.2, unit: "s", timing: "fat" },
      { d: 12, metric: "400m", value: 49.35, unit: "s", timing: "fat", notes: "Time trial, tied up badly" },
    ],
    goals: [{ title: "Break 48.00 in the 400 m", metric: "400m", baseline: 49.4, target: 48.0, setD: 75, dueIn: 130 }],
    injuries: [
      {
        bodyPart: "calf",
        side: "left",
        severity: "mild",
        status: "resolved",
        onsetD: 64,
        resolvedD: 55,
        notes: "Calf tightness after spikes, settled with a week of reduced volume.",
        pain: [
          { d: 64, level: 3 },
          { d: 60, level: 2 },
          { d: 56, level: 0 },
        ],
      },
    ],
    calendar: [
      { at: -68, hh: 15, hours: 4, type: "competition", title: "League match: 400 m" },
      { at: -12, hh: 16, hours: 2, type: "training", title: "400 m time trial" },
      { at: 1, hh: 18, hours: 1, type: "other", title: "Check-in call with Maya" },
      {
        at: 14,
        hh: 14,
        hours: 5,
        type: "competition",
        title: "League match: 200/400 m",
        location: "Teslim Balogun Stadium",
      },
      { at: 49, hh: 13, hours: 6, type: "competition", title: "University Championships: 400 m" },
    ],
    nutritionScale: null,
    // His usual week, planned on; nothing of it done since he went quiet.
    // Slower at both ends of the sprint as the sessions went flat, the last test on the day of his poor 400 m.
    sprintTests: {
      start: "standing",
      timeCorrectionS: 0.3,
      bodyMassKg: 74,
      heightM: 1.84,
      tests: [
        { d: 70, mss: 9.6, tau: 1.15 },
        { d: 40, mss: 9.55, tau: 1.15 },
        { d: 12, mss: 9.25, tau: 1.2 },
      ],
    },
    planned: {
      routine: [
        { type: "speed_endurance", min: 70, rpe: 7, reps: "3×150 m at 95 %, 8 min rest" },
        { type: "strength", min: 60, rpe: 7, reps: "Squat 4×5, RDL 3×6, core" },
        { type: "tempo", min: 50, rpe: 5, reps: "10×100 m at 70 %, walk back" },
        null,
        { type: "acceleration", min: 60, rpe: 6, reps: "6×30 m from blocks, 3 min rest" },
        { type: "special_endurance", min: 60, rpe: 7, reps: "2×300 m at race pace, 15 min rest" },
        null,
      ],
    },
  };
}

export const marcus: SquadMember = {
  athlete: {
    email: "marcus@aria.example",
    name: "Marcus Bell",
    persona:
      "Intermediate 200/400 m runner whose mood slid through a run of poor sessions and who has logged nothing for nine days.",
    expectedSuggestions: ["no_training", "mental_training"],
  },
  plan,
};
