import type {
  achievements,
  athleteProfiles,
  calendarEvents,
  coachAthletes,
  DeclaredBest,
  goals,
  injuries,
  nutritionLogs,
  painLogs,
  progressMetrics,
  RepDetail,
  trainingSessions,
  users,
  wellnessLogs,
} from "@/db/schema";
import type {
  CalendarEventType,
  InjurySeverity,
  InjuryStatus,
  Meal,
  SessionType,
  SuggestionType,
} from "@/lib/core/domain";
import { DEMO_COACH_EMAIL } from "@/lib/seed/demo-accounts";

/**
 * The demo squad: one coach and six athletes with 12 weeks of history ending on the seed date. Pure and
 * deterministic: the same `today` and password hash always give the same rows, ids included. Each athlete's
 * recent weeks are written by hand so that, as of `today`, the analysis engine (PRODUCT.md section 4) raises
 * exactly the suggestion types listed in `DEMO_ATHLETES`; older weeks come from weekly templates with a
 * seeded jitter.
 */

export interface DemoData {
  users: (typeof users.$inferInsert)[];
  athleteProfiles: (typeof athleteProfiles.$inferInsert)[];
  coachAthletes: (typeof coachAthletes.$inferInsert)[];
  trainingSessions: (typeof trainingSessions.$inferInsert)[];
  wellnessLogs: (typeof wellnessLogs.$inferInsert)[];
  progressMetrics: (typeof progressMetrics.$inferInsert)[];
  goals: (typeof goals.$inferInsert)[];
  achievements: (typeof achievements.$inferInsert)[];
  injuries: (typeof injuries.$inferInsert)[];
  painLogs: (typeof painLogs.$inferInsert)[];
  calendarEvents: (typeof calendarEvents.$inferInsert)[];
  nutritionLogs: (typeof nutritionLogs.$inferInsert)[];
}

export interface DemoAthlete {
  email: string;
  name: string;
  persona: string;
  /** The suggestion types the history is designed to raise as of the seed date. */
  expectedSuggestions: SuggestionType[];
}

export const DEMO_COACH_NAME = "Maya Okafor";
/** Days of history, ending on the seed date. */
export const DEMO_HISTORY_DAYS = 84;

export const DEMO_ATHLETES: readonly DemoAthlete[] = [
  {
    email: "jordan@aria.example",
    name: "Jordan Reyes",
    persona: "Advanced 100/200 m sprinter who strained his right hamstring five days ago and kept sprinting on it.",
    expectedSuggestions: ["injury_warning", "pain_high"],
  },
  {
    email: "amara@aria.example",
    name: "Amara Chen",
    persona:
      "Intermediate 400 m runner in a race-prep block: seven or more sessions every week for a month, a load spike this week and worsening wellness.",
    expectedSuggestions: ["overtraining", "high_rpe", "recovery_needed", "monotony_high", "wellness_low"],
  },
  {
    email: "leo@aria.example",
    name: "Leo Martins",
    persona:
      "17-year-old beginner 60/100 m sprinter who trains rarely, only does technique drills and has not timed himself in over a month.",
    expectedSuggestions: ["low_frequency", "low_variety", "needs_metrics"],
  },
  {
    email: "sofia@aria.example",
    name: "Sofia Alvarez",
    persona:
      "Advanced 100 m hurdler back from a left ankle sprain, pain falling, but running the same load six days a week.",
    expectedSuggestions: ["pain_improving", "monotony_high"],
  },
  {
    email: "marcus@aria.example",
    name: "Marcus Bell",
    persona:
      "Intermediate 200/400 m runner whose mood slid through a run of poor sessions and who has logged nothing for nine days.",
    expectedSuggestions: ["no_training", "mental_training"],
  },
  {
    email: "priya@aria.example",
    name: "Priya Nair",
    persona:
      "Masters (W40) 100/200 m sprinter: consistent, varied, healthy training, improving times and goals on track.",
    expectedSuggestions: [],
  },
];

// ---------------------------------------------------------------- dates (UTC calendar arithmetic)

const DAY_MS = 86_400_000;

function dayMs(day: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
    throw new Error(`expected a YYYY-MM-DD date, got "${day}"`);
  }
  return ms;
}

function addDays(day: string, days: number): string {
  return new Date(dayMs(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant at hh:mm local time on `day`, in a zone `utcOffset` hours ahead of UTC. */
function instant(day: string, hh: number, mm: number, utcOffset: number): Date {
  return new Date(dayMs(day) + ((hh - utcOffset) * 60 + mm) * 60_000);
}

/** The first date on or after `day` falling on `weekday` (0 Sunday … 6 Saturday). */
function onOrAfterWeekday(day: string, weekday: number): string {
  const current = new Date(dayMs(day)).getUTCDay();
  return addDays(day, (weekday - current + 7) % 7);
}

// ---------------------------------------------------------------- seeded randomness

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hashString(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h >>> 0;
}

/** UUID v4-format strings from a seeded PRNG: the same seed always yields the same sequence. */
function uuidSequence(seed: number): () => string {
  const random = mulberry32(seed);
  return () => {
    const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256));
    bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
    bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
    const hex = bytes.map((b) => b.toString(16).padStart(2, "0")).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: string) {
    this.next = mulberry32(hashString(seed));
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

// ---------------------------------------------------------------- plans (days are counted back from today)

interface SessionPlan {
  d: number;
  type: SessionType;
  min: number;
  rpe: number;
  mood: number;
  notes: string;
  reps?: RepDetail[];
}

interface WellnessPlan {
  d: number;
  sleep: number;
  stress: number;
  fatigue: number;
  soreness: number;
  notes?: string;
}

interface MetricPlan {
  d: number;
  metric: string;
  value: number;
  unit: string;
  timing?: "fat" | "hand";
  wind?: number;
  notes?: string;
}

interface GoalPlan {
  title: string;
  metric: string;
  lowerIsBetter: boolean;
  baseline: number;
  target: number;
  /** Set this many days ago; only marks from then on count. */
  setD: number;
  /** Days from today to the target date. */
  dueIn: number;
}

interface InjuryPlan {
  bodyPart: string;
  side: "left" | "right" | "both" | "none";
  severity: InjurySeverity;
  status: InjuryStatus;
  onsetD: number;
  resolvedD?: number;
  notes: string;
  pain: { d: number; level: number; notes?: string }[];
}

interface EventPlan {
  /** Days from today: negative in the past. */
  at: number;
  hh: number;
  hours: number;
  type: CalendarEventType;
  title: string;
  location?: string;
  notes?: string;
}

interface AthletePlan {
  email: string;
  name: string;
  timezone: string;
  /** Hours ahead of UTC (standard time), to place local times. */
  utcOffset: number;
  sex: "female" | "male";
  events: string[];
  experienceYears: number;
  ageYears: number;
  personalBests: Record<string, DeclaredBest>;
  lastActiveD: number;
  sessions: SessionPlan[];
  wellness: WellnessPlan[];
  metrics: MetricPlan[];
  goals: GoalPlan[];
  injuries: InjuryPlan[];
  events_: EventPlan[];
  /** Scale of the daily meal plan, or null when the athlete logs no nutrition. */
  nutritionScale: number | null;
}

function session(
  d: number,
  type: SessionType,
  min: number,
  rpe: number,
  mood: number,
  notes: string,
  reps?: RepDetail[],
): SessionPlan {
  return reps ? { d, type, min, rpe, mood, notes, reps } : { d, type, min, rpe, mood, notes };
}

const NOTES: Record<SessionType, readonly string[]> = {
  acceleration: [
    "6×30 m from blocks, first three steps felt powerful",
    "Sled push 5×20 m, then 4×30 m from a 3-point start",
    "Block starts 8×20 m, reaction to the clap much sharper",
    "Wall-drill warm-up, then 5×40 m accelerations with good shin angles",
    "Hill sprints 8×30 m on the 6% slope, full walk-back recovery",
  ],
  max_velocity: [
    "6×30 m flys off a 20 m run-in, felt sharp",
    "Wickets, 4 runs, then 3×40 m flys, relaxed at top speed",
    "In-and-outs 3×(20 m fast, 20 m float, 20 m fast)",
    "4×30 m flys, stayed tall and kept the hips high",
  ],
  speed_endurance: [
    "3×150 m at 95%, 8 min rest, held form to 120 m",
    "2×(3×80 m) at 95% with 6 min between sets",
    "120 m, 150 m, 120 m with full recovery, strong finish",
  ],
  special_endurance: [
    "2×300 m at race pace, 15 min rest",
    "350 m + 250 m split run, legs heavy from 250 m",
    "500 m and 300 m at 400 m pace, lactic but controlled",
  ],
  tempo: [
    "10×100 m tempo on grass at 70%, walk back",
    "2×(6×200 m) at 65% with 2 min between reps",
    "Extensive tempo 8×150 m, easy rhythm",
  ],
  technique: [
    "A-skips, B-skips and wall drills, focus on front-side mechanics",
    "Arm-action drills and dribbles over 20 m, filmed for review",
    "Fast-leg drills and straight-leg bounds, worked on ground contacts",
  ],
  plyometrics: [
    "Bounding 4×30 m, hurdle hops 5×5, quick contacts",
    "Depth jumps 4×5 from 40 cm, box jumps 3×5",
    "Single-leg hops 3×6 each side, skips for height",
  ],
  strength: [
    "Back squat 5×3 at 85%, RDL 3×6, Nordics 3×5",
    "Power cleans 5×2, split squats 3×8, core circuit",
    "Trap-bar jumps 4×4, hip thrusts 3×8, calf raises",
  ],
  recovery: [
    "Easy bike 20 min, mobility and foam rolling",
    "Pool session and stretching, legs feel fresher",
    "Walk, massage gun and hip mobility routine",
  ],
  competition: ["Competition: heats and final"],
  other: ["Team circuit and relay baton practice"],
};

const HURDLE_NOTES = {
  technique: [
    "Lead-leg and trail-leg walkovers, then 3-step rhythm over 5 hurdles",
    "Hurdle mobility, skip-overs and 6×1-hurdle starts",
    "Rhythm runs over 8 hurdles at 7.5 m spacing, clean trail leg",
  ],
  max_velocity: [
    "3×5 hurdles at race spacing from blocks, touchdown times improving",
    "Flying 30s and 4×3 hurdles at reduced spacing, fast rhythm",
  ],
  speed_endurance: ["3×8 hurdles, 10 min rest, held rhythm to hurdle 7", "2×10 hurdles plus a 120 m, strong run-in"],
} as const;

// ---------------------------------------------------------------- weekly templates

interface Slot {
  type: SessionType;
  min: number;
  rpe: number;
  notes?: readonly string[];
  reps?: boolean;
}
type Week = readonly (Slot | null)[];

interface SpeedProfile {
  acc30: number;
  fly30: number;
  rep150: number;
}

function repsFor(type: SessionType, speed: SpeedProfile, rng: Rng): RepDetail[] | undefined {
  const times = (count: number, base: number, spread: number) =>
    Array.from({ length: count }, () => round(base + rng.float() * spread, 2));
  if (type === "acceleration") {
    return [{ reps: 5, distanceM: 30, timesS: times(5, speed.acc30, 0.12), restS: 180, note: "from blocks" }];
  }
  if (type === "max_velocity") {
    return [{ reps: 6, distanceM: 30, timesS: times(6, speed.fly30, 0.1), restS: 240, note: "20 m run-in" }];
  }
  if (type === "speed_endurance") {
    return [{ reps: 3, distanceM: 150, timesS: times(3, speed.rep150, 0.6), restS: 480 }];
  }
  return undefined;
}

/**
 * Sessions for `weeks` (0 is the oldest week, 11 the one ending today; week w day i is 83 − 7w − i days ago)
 * from a weekly template. Every 4th week (w = 2, 6, 10) is a lighter week. Template RPEs are kept: jitter only
 * moves an RPE up when it stays below 8, so that every RPE of 8 or more is written on purpose.
 */
function fromTemplate(
  rng: Rng,
  weeks: readonly number[],
  template: (w: number) => Week,
  speed: SpeedProfile,
  options: {
    keep?: (d: number) => boolean;
    mood?: (d: number) => number;
    rpeMin?: number;
    deload?: (w: number) => boolean;
  } = {},
): SessionPlan[] {
  const plans: SessionPlan[] = [];
  for (const w of weeks) {
    const deload = options.deload ? options.deload(w) : w % 4 === 2;
    template(w).forEach((slot, i) => {
      const d = 83 - 7 * w - i;
      if (!slot || (options.keep && !options.keep(d))) return;
      const min = clamp(Math.round((slot.min * (deload ? 0.75 : 1) + rng.int(-5, 5)) / 5) * 5, 30, 120);
      const r = rng.float();
      let rpe = slot.rpe - (deload ? 1 : 0);
      if (r < 0.2) rpe -= 1;
      else if (r > 0.85 && rpe + 1 < 8) rpe += 1;
      rpe = clamp(rpe, options.rpeMin ?? 3, 10);
      const m = rng.float();
      const mood = options.mood ? options.mood(d) : m < 0.15 ? 5 : m < 0.6 ? 4 : 3;
      const notes = rng.pick(slot.notes ?? NOTES[slot.type]);
      const reps = slot.reps && rng.float() < 0.6 ? repsFor(slot.type, speed, rng) : undefined;
      plans.push(session(d, slot.type, min, rpe, mood, notes, reps));
    });
  }
  return plans;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Wellness logs on most days, values around a base, Hooper index capped (the designed highs are added by hand). */
function wellnessSeries(
  rng: Rng,
  days: readonly number[],
  base: [number, number, number, number],
  maxHooper: number,
  chance: number,
): WellnessPlan[] {
  const logs: WellnessPlan[] = [];
  for (const d of days) {
    if (rng.float() >= chance) continue;
    const values = base.map((v) => clamp(v + rng.int(-1, 1), 1, 7));
    while (values.reduce((a, b) => a + b, 0) > maxHooper) {
      const top = values.indexOf(Math.max(...values));
      values[top] = (values[top] ?? 2) - 1;
    }
    const [sleep = 3, stress = 3, fatigue = 3, soreness = 3] = values;
    logs.push({ d, sleep, stress, fatigue, soreness });
  }
  return logs;
}

/** Replaces (or adds) the logs of the given days. */
function withWellness(logs: WellnessPlan[], extra: WellnessPlan[]): WellnessPlan[] {
  const days = new Set(extra.map((l) => l.d));
  return [...logs.filter((l) => !days.has(l.d)), ...extra].sort((a, b) => b.d - a.d);
}

// ---------------------------------------------------------------- the athletes

function jordan(): AthletePlan {
  const rng = new Rng("jordan");
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
  const comps = new Map<number, SessionPlan>([
    [45, session(45, "competition", 120, 9, 5, "Metro Open 100 m: 10.41 (+2.6) in the final, wind-aided but fast")],
    [24, session(24, "competition", 120, 9, 4, "County Championships 100 m: 10.52 (+1.2), second place")],
    [31, session(31, "competition", 110, 8, 4, "Club league 200 m: 21.36 (+0.9), good bend")],
    [10, session(10, "max_velocity", 60, 7, 4, "100 m time trial: 10.49 (+0.4), best legal mark so far")],
  ]);
  const history = fromTemplate(rng, range(0, 10), week, speed).map((s) => comps.get(s.d) ?? s);
  for (const [d, s] of comps) if (!history.some((h) => h.d === d)) history.push(s);
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
  const wellness = withWellness(wellnessSeries(rng, range(7, 83), [2, 2, 3, 3], 11, 0.65), [
    { d: 5, sleep: 2, stress: 3, fatigue: 2, soreness: 4, notes: "Hamstring grabbed in training" },
    { d: 3, sleep: 3, stress: 2, fatigue: 2, soreness: 4 },
    { d: 1, sleep: 3, stress: 3, fatigue: 2, soreness: 3, notes: "Back of the thigh still tight" },
    { d: 0, sleep: 2, stress: 3, fatigue: 2, soreness: 4 },
  ]);
  return {
    email: "jordan@aria.example",
    name: "Jordan Reyes",
    timezone: "America/New_York",
    utcOffset: -5,
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
      {
        title: "Break 10.40 in the 100 m",
        metric: "100m",
        lowerIsBetter: true,
        baseline: 10.68,
        target: 10.4,
        setD: 78,
        dueIn: 150,
      },
      {
        title: "Squat 190 kg",
        metric: "squat_1rm",
        lowerIsBetter: false,
        baseline: 170,
        target: 190,
        setD: 72,
        dueIn: 90,
      },
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
    events_: [
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
  };
}

function amara(): AthletePlan {
  const rng = new Rng("amara");
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
  const comps = new Map<number, SessionPlan>([
    [38, session(38, "competition", 100, 9, 4, "Open meet 400 m: 54.62, went out too hard")],
    [59, session(59, "competition", 100, 9, 4, "Club 400 m: 55.05, solid back straight")],
  ]);
  const history = fromTemplate(rng, range(0, 10), (w) => (w >= 8 ? block : base), speed, {
    mood: (d) => (d <= 27 ? rng.pick([3, 3, 4]) : rng.pick([3, 4, 4, 5])),
    // No lighter week inside the block: that is the problem.
    deload: (w) => w === 2 || w === 6,
  }).map((s) => comps.get(s.d) ?? s);
  for (const [d, s] of comps) if (!history.some((h) => h.d === d)) history.push(s);
  const lastWeek = [
    session(6, "special_endurance", 90, 8, 3, "2×350 m at race pace, 15 min rest, legs already heavy"),
    session(5, "strength", 60, 8, 3, "Squat 5×3 at 85% and cleans, grinding"),
    session(5, "tempo", 50, 8, 3, "Evening tempo 8×150 m on top of the lifting"),
    session(4, "tempo", 110, 8, 2, "2×(8×200 m) tempo plus core, should have been easy, wasn't"),
    session(3, "speed_endurance", 85, 9, 3, "3×200 m flat out, 6 min rest, tied up on the last", [
      { reps: 3, distanceM: 200, timesS: [24.9, 25.3, 26.1], restS: 360 },
    ]),
    session(3, "plyometrics", 45, 8, 3, "Evening bounding and hurdle hops, no pop"),
    session(2, "special_endurance", 100, 9, 2, "500 m + 300 m at race pace, nearly sick after"),
    session(1, "strength", 70, 8, 3, "Heavy lifts, bar speed way down"),
    session(1, "tempo", 50, 8, 3, "Extra tempo session to keep the volume up"),
    session(0, "special_endurance", 110, 9, 2, "3×300 m at 400 m pace, dead legs from the first rep"),
  ];
  const wellness = withWellness(wellnessSeries(rng, range(7, 83), [3, 2, 3, 3], 12, 0.7), [
    { d: 6, sleep: 3, stress: 3, fatigue: 4, soreness: 3 },
    { d: 4, sleep: 4, stress: 3, fatigue: 4, soreness: 4, notes: "Heavy legs, slept badly" },
    { d: 2, sleep: 4, stress: 4, fatigue: 5, soreness: 4 },
    { d: 1, sleep: 4, stress: 4, fatigue: 5, soreness: 5, notes: "Everything aches" },
    { d: 0, sleep: 5, stress: 4, fatigue: 6, soreness: 5, notes: "Woke up exhausted, resting HR up" },
  ]);
  return {
    email: "amara@aria.example",
    name: "Amara Chen",
    timezone: "Australia/Sydney",
    utcOffset: 10,
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
      {
        title: "Run 53.50 in the 400 m",
        metric: "400m",
        lowerIsBetter: true,
        baseline: 55.2,
        target: 53.5,
        setD: 81,
        dueIn: 70,
      },
      {
        title: "Break 24.50 in the 200 m",
        metric: "200m",
        lowerIsBetter: true,
        baseline: 25.12,
        target: 24.5,
        setD: 72,
        dueIn: 100,
      },
    ],
    injuries: [],
    events_: [
      { at: -59, hh: 17, hours: 3, type: "competition", title: "Club 400 m" },
      { at: -38, hh: 14, hours: 4, type: "competition", title: "Sydney Open: 400 m", location: "Sydney Olympic Park" },
      { at: -24, hh: 16, hours: 2, type: "training", title: "400 m time trial" },
      { at: 1, hh: 17, hours: 1, type: "other", title: "Coach check-in: load review with Maya" },
      { at: 2, hh: 8, hours: 24, type: "rest", title: "Planned rest day" },
      { at: 20, hh: 14, hours: 4, type: "competition", title: "State Open: 400 m", location: "Sydney Olympic Park" },
      { at: 48, hh: 13, hours: 5, type: "competition", title: "National Championships: 400 m heats" },
    ],
    nutritionScale: 0.88,
  };
}

function leo(): AthletePlan {
  const rng = new Rng("leo");
  const speed = { acc30: 4.45, fly30: 3.3, rep150: 18.8 };
  const pick = (type: SessionType) => rng.pick(NOTES[type]);
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
      rng.pick([3, 4, 4]),
      type === "competition" ? "Club time trial: 60 m, then a 100 m" : pick(type),
      type === "acceleration" && rng.float() < 0.5 ? repsFor(type, speed, rng) : undefined,
    ),
  );
  // The last two weeks: technique only, twice a week.
  sessions.push(
    session(12, "technique", 45, 5, 4, "A-skips and B-skips, trying to stay tall"),
    session(9, "technique", 40, 5, 3, "Wall drills and dribbles, ankles getting stronger"),
    session(5, "technique", 45, 5, 4, "High knees and fast-leg drills with the group"),
    session(2, "technique", 40, 4, 4, "Drills on my own in the park, no sprints"),
  );
  const wellness = withWellness(wellnessSeries(rng, range(1, 83), [2, 2, 2, 2], 10, 0.3), [
    { d: 0, sleep: 2, stress: 2, fatigue: 2, soreness: 2 },
  ]);
  return {
    email: "leo@aria.example",
    name: "Leo Martins",
    timezone: "Europe/Lisbon",
    utcOffset: 0,
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
    metrics: [
      { d: 77, metric: "60m", value: 7.5, unit: "s", timing: "hand", notes: "Hand-timed by a teammate" },
      { d: 63, metric: "60m", value: 7.62, unit: "s", timing: "fat", notes: "Club time trial" },
      { d: 63, metric: "100m", value: 12.08, unit: "s", timing: "fat", wind: -0.3 },
      { d: 49, metric: "standing_long_jump", value: 2.38, unit: "m" },
      { d: 49, metric: "30m_fly", value: 3.34, unit: "s", timing: "fat" },
      { d: 35, metric: "60m", value: 7.48, unit: "s", timing: "fat", notes: "Club time trial, PB" },
      { d: 35, metric: "100m", value: 11.91, unit: "s", timing: "fat", wind: 1.4 },
    ],
    goals: [
      {
        title: "Run 7.30 in the 60 m",
        metric: "60m",
        lowerIsBetter: true,
        baseline: 7.62,
        target: 7.3,
        setD: 62,
        dueIn: 120,
      },
    ],
    injuries: [],
    events_: [
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
  };
}

function sofia(): AthletePlan {
  const rng = new Rng("sofia");
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
  const before = fromTemplate(rng, range(0, 6), () => week, speed).filter((s) => s.d !== 35 && s.d !== 52);
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
  const back = fromTemplate(rng, [9, 10], () => week, speed);
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
  const wellness = withWellness(wellnessSeries(rng, range(0, 83), [2, 2, 3, 3], 11, 0.6), [
    { d: 35, sleep: 3, stress: 4, fatigue: 2, soreness: 3, notes: "Ankle swollen" },
    { d: 0, sleep: 2, stress: 2, fatigue: 3, soreness: 3 },
  ]);
  return {
    email: "sofia@aria.example",
    name: "Sofia Alvarez",
    timezone: "Europe/London",
    utcOffset: 0,
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
        lowerIsBetter: true,
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
    events_: [
      { at: -52, hh: 13, hours: 4, type: "competition", title: "Hurdles meet: 100 m H" },
      { at: -34, hh: 11, hours: 1, type: "other", title: "Physio: ankle assessment" },
      { at: -8, hh: 17, hours: 2, type: "training", title: "Hurdles time trial" },
      { at: 3, hh: 17, hours: 2, type: "training", title: "Return-to-hurdles progression with Maya" },
      { at: 6, hh: 11, hours: 1, type: "other", title: "Physio: ankle review" },
      { at: 35, hh: 13, hours: 5, type: "competition", title: "Hurdles Invitational: 100 m H", location: "Lee Valley" },
    ],
    nutritionScale: null,
  };
}

function marcus(): AthletePlan {
  const rng = new Rng("marcus");
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
    [9, [2, "Cut the session short, no motivation"]],
  ]);
  const sessions = fromTemplate(rng, range(0, 10), () => week, speed, {
    keep: (d) => d >= 9,
    mood: (d) => (d > 40 ? rng.pick([3, 4, 4, 5]) : 3),
  }).map((s) => {
    const mood = low.get(s.d);
    if (!mood) return s;
    if (s.d === 12) return session(12, "competition", 90, 8, mood[0], mood[1]);
    return { ...s, mood: mood[0], notes: mood[1] };
  });
  if (!sessions.some((s) => s.d === 12)) {
    const [mood, notes] = low.get(12) ?? [1, ""];
    sessions.push(session(12, "competition", 90, 8, mood, notes));
  }
  const wellness = withWellness(
    wellnessSeries(rng, range(10, 83), [3, 3, 2, 2], 11, 0.55).map((l) =>
      l.d <= 27 ? { ...l, stress: Math.min(5, l.stress + 1), sleep: Math.max(1, l.sleep - 1) } : l,
    ),
    [{ d: 10, sleep: 3, stress: 4, fatigue: 2, soreness: 2, notes: "Stressed about exams, not sleeping well" }],
  );
  return {
    email: "marcus@aria.example",
    name: "Marcus Bell",
    timezone: "Africa/Lagos",
    utcOffset: 1,
    sex: "male",
    events: ["200m", "400m"],
    experienceYears: 3,
    ageYears: 21,
    personalBests: {
      "200m": { value: 21.98, timing: "fat", windMps: 1.0 },
      "400m": { value: 49.02, timing: "fat" },
    },
    lastActiveD: 9,
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
    goals: [
      {
        title: "Break 48.00 in the 400 m",
        metric: "400m",
        lowerIsBetter: true,
        baseline: 49.4,
        target: 48.0,
        setD: 75,
        dueIn: 130,
      },
    ],
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
    events_: [
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
  };
}

function priya(): AthletePlan {
  const rng = new Rng("priya");
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
  const comps = new Map<number, SessionPlan>([
    [45, session(45, "competition", 100, 8, 4, "Masters open 100 m: 12.74 (+1.3), won the W40 race")],
    [17, session(17, "competition", 100, 8, 5, "Masters meet 200 m: 26.18 (+0.8), season's best")],
  ]);
  const sessions = fromTemplate(rng, range(0, 10), week, speed, { rpeMin: 4 }).map((s) => comps.get(s.d) ?? s);
  for (const [d, s] of comps) if (!sessions.some((h) => h.d === d)) sessions.push(s);
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
  const wellness = withWellness(wellnessSeries(rng, range(1, 83), [2, 2, 2, 2], 10, 0.65), [
    { d: 0, sleep: 2, stress: 2, fatigue: 2, soreness: 2 },
  ]);
  return {
    email: "priya@aria.example",
    name: "Priya Nair",
    timezone: "Europe/London",
    utcOffset: 0,
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
      {
        title: "Run 12.60 in the 100 m",
        metric: "100m",
        lowerIsBetter: true,
        baseline: 12.95,
        target: 12.6,
        setD: 79,
        dueIn: 40,
      },
      {
        title: "Run 26.00 in the 200 m",
        metric: "200m",
        lowerIsBetter: true,
        baseline: 26.6,
        target: 26.0,
        setD: 65,
        dueIn: 75,
      },
      {
        title: "Standing long jump 2.55 m",
        metric: "standing_long_jump",
        lowerIsBetter: false,
        baseline: 2.4,
        target: 2.55,
        setD: 72,
        dueIn: 60,
      },
    ],
    injuries: [],
    events_: [
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
  };
}

// ---------------------------------------------------------------- goals: PRODUCT.md 4.4 and 4.7

const WIND_RULE_EVENTS = new Set(["100m", "200m", "100mh", "110mh"]);

/** A mark as it counts for goals and bests: wind-aided marks do not count, hand times become FAT-equivalent. */
function countingValue(mark: MetricPlan): number | null {
  if (WIND_RULE_EVENTS.has(mark.metric) && mark.wind !== undefined && mark.wind > 2.0) return null;
  if (mark.timing === "hand") {
    return round(Math.ceil(round(mark.value * 10, 6)) / 10 + (mark.metric === "400m" ? 0.14 : 0.24), 2);
  }
  return mark.value;
}

function progressOf(goal: GoalPlan, current: number): number {
  const ratio = goal.lowerIsBetter
    ? (goal.baseline - current) / (goal.baseline - goal.target)
    : (current - goal.baseline) / (goal.target - goal.baseline);
  return clamp(ratio * 100, 0, 100);
}

const MILESTONES = [25, 50, 75, 100] as const;

/** The goal's best counting mark since it was set, its progress, and the day each milestone was first crossed. */
function evaluateGoal(goal: GoalPlan, metrics: MetricPlan[]) {
  let best: number | null = null;
  const crossed = new Map<number, number>();
  const marks = metrics.filter((m) => m.metric === goal.metric && m.d <= goal.setD).sort((a, b) => b.d - a.d);
  for (const mark of marks) {
    const value = countingValue(mark);
    if (value === null) continue;
    if (best === null || (goal.lowerIsBetter ? value < best : value > best)) best = value;
    const progress = progressOf(goal, best);
    for (const milestone of MILESTONES)
      if (progress >= milestone && !crossed.has(milestone)) crossed.set(milestone, mark.d);
  }
  return { best, progress: best === null ? 0 : round(progressOf(goal, best), 1), crossed };
}

// ---------------------------------------------------------------- nutrition

/** Grams of protein, carbohydrate and fat and millilitres drunk per meal at scale 1; kcal follow from the macros. */
const MEALS: Record<Meal, { options: readonly string[]; p: number; c: number; f: number; ml: number }> = {
  breakfast: {
    options: [
      "Porridge with banana, honey and Greek yoghurt",
      "Eggs on sourdough with avocado",
      "Overnight oats with berries and whey",
    ],
    p: 32,
    c: 95,
    f: 14,
    ml: 500,
  },
  lunch: {
    options: ["Chicken rice bowl with vegetables", "Tuna pasta salad", "Turkey wrap, lentil soup and fruit"],
    p: 48,
    c: 95,
    f: 22,
    ml: 600,
  },
  dinner: {
    options: ["Salmon, sweet potato and greens", "Beef stir-fry with noodles", "Chickpea and chicken curry with rice"],
    p: 50,
    c: 80,
    f: 30,
    ml: 600,
  },
  snack: {
    options: [
      "Rice cakes with peanut butter and an apple",
      "Greek yoghurt, granola and honey",
      "Trail mix and a banana",
    ],
    p: 10,
    c: 48,
    f: 13,
    ml: 400,
  },
  pre_training: {
    options: ["Toast with jam and a banana", "Energy bar and a sports drink"],
    p: 8,
    c: 65,
    f: 4,
    ml: 500,
  },
  post_training: {
    options: ["Chocolate milk and a bagel", "Recovery shake and a banana"],
    p: 28,
    c: 75,
    f: 8,
    ml: 700,
  },
};

// ---------------------------------------------------------------- the builder

export function buildDemoData(today: string, passwordHash: string): DemoData {
  const ago = (d: number) => addDays(today, -d);
  const uuid = uuidSequence(0x0a21a5ed);
  // What was logged carries a time no later than the start of the seed date (UTC), so never in the future.
  const startOfToday = dayMs(today);
  const logged = (t: Date) => (t.getTime() > startOfToday ? new Date(startOfToday) : t);
  const data: DemoData = {
    users: [],
    athleteProfiles: [],
    coachAthletes: [],
    trainingSessions: [],
    wellnessLogs: [],
    progressMetrics: [],
    goals: [],
    achievements: [],
    injuries: [],
    painLogs: [],
    calendarEvents: [],
    nutritionLogs: [],
  };

  const coachId = uuid();
  data.users.push({
    id: coachId,
    email: DEMO_COACH_EMAIL,
    name: DEMO_COACH_NAME,
    passwordHash,
    role: "coach",
    timezone: "Europe/London",
    active: true,
    lastActiveAt: logged(instant(ago(1), 18, 40, 0)),
    createdAt: logged(instant(ago(120), 10, 0, 0)),
  });
  data.calendarEvents.push({
    id: uuid(),
    userId: coachId,
    title: "Squad planning meeting",
    type: "other",
    startsAt: instant(addDays(today, 3), 18, 0, 0),
    endsAt: instant(addDays(today, 3), 19, 0, 0),
    notes: "Review loads, injuries and the next competition block",
  });

  for (const plan of [jordan(), amara(), leo(), sofia(), marcus(), priya()]) {
    const userId = uuid();
    const at = (day: string, hh: number, mm = 0) => instant(day, hh, mm, plan.utcOffset);
    const loggedAt = (day: string, hh: number, mm = 0) => logged(instant(day, hh, mm, plan.utcOffset));
    const rng = new Rng(`${plan.email}:extras`);
    data.users.push({
      id: userId,
      email: plan.email,
      name: plan.name,
      passwordHash,
      role: "athlete",
      timezone: plan.timezone,
      active: true,
      lastActiveAt: loggedAt(ago(plan.lastActiveD), 20, 30),
      createdAt: loggedAt(ago(DEMO_HISTORY_DAYS + 2), 19, 0),
    });
    data.athleteProfiles.push({
      userId,
      events: plan.events,
      experienceYears: plan.experienceYears,
      // A birthday somewhere in the year, so that the age is `ageYears` on the seed date.
      birthDate: ago(Math.round((plan.ageYears + 0.1 + 0.8 * rng.float()) * 365.25)),
      sex: plan.sex,
      personalBests: Object.fromEntries(
        Object.entries(plan.personalBests).map(([metric, best], i) => [metric, { ...best, date: ago(200 + 45 * i) }]),
      ),
    });
    data.coachAthletes.push({ coachId, athleteId: userId, createdAt: loggedAt(ago(DEMO_HISTORY_DAYS), 12, 0) });

    const sessions = [...plan.sessions].sort((a, b) => b.d - a.d || a.type.localeCompare(b.type));
    const sessionsOn = new Map<number, SessionPlan[]>();
    for (const s of sessions) {
      sessionsOn.set(s.d, [...(sessionsOn.get(s.d) ?? []), s]);
      data.trainingSessions.push({
        id: uuid(),
        userId,
        date: ago(s.d),
        type: s.type,
        durationMin: s.min,
        rpe: s.rpe,
        mood: s.mood,
        notes: s.notes,
        reps: s.reps ?? null,
        createdAt: loggedAt(ago(s.d), 19, 0),
      });
    }
    for (const w of plan.wellness) {
      data.wellnessLogs.push({
        id: uuid(),
        userId,
        date: ago(w.d),
        sleep: w.sleep,
        stress: w.stress,
        fatigue: w.fatigue,
        soreness: w.soreness,
        notes: w.notes ?? null,
        createdAt: loggedAt(ago(w.d), 7, 30),
      });
    }
    for (const m of [...plan.metrics].sort((a, b) => b.d - a.d)) {
      data.progressMetrics.push({
        id: uuid(),
        userId,
        metric: m.metric,
        value: m.value,
        unit: m.unit,
        timing: m.timing ?? null,
        windMps: m.wind ?? null,
        date: ago(m.d),
        notes: m.notes ?? null,
        createdAt: loggedAt(ago(m.d), 20, 0),
      });
    }
    for (const goal of plan.goals) {
      const goalId = uuid();
      const { best, progress, crossed } = evaluateGoal(goal, plan.metrics);
      const achievedD = progress >= 100 ? crossed.get(100) : undefined;
      data.goals.push({
        id: goalId,
        userId,
        title: goal.title,
        metric: goal.metric,
        baselineValue: goal.baseline,
        targetValue: goal.target,
        currentValue: best,
        progressPct: progress,
        targetDate: addDays(today, goal.dueIn),
        status: achievedD === undefined ? "active" : "achieved",
        achievedAt: achievedD === undefined ? null : loggedAt(ago(achievedD), 20, 5),
        createdAt: loggedAt(ago(goal.setD), 21, 0),
      });
      for (const [milestone, d] of crossed) {
        data.achievements.push({ id: uuid(), goalId, userId, milestone, awardedAt: loggedAt(ago(d), 20, 5) });
      }
    }
    for (const injury of plan.injuries) {
      const injuryId = uuid();
      data.injuries.push({
        id: injuryId,
        userId,
        bodyPart: injury.bodyPart,
        side: injury.side,
        severity: injury.severity,
        status: injury.status,
        onsetDate: ago(injury.onsetD),
        resolvedDate: injury.resolvedD === undefined ? null : ago(injury.resolvedD),
        notes: injury.notes,
        createdAt: loggedAt(ago(injury.onsetD), 21, 0),
      });
      for (const pain of injury.pain) {
        data.painLogs.push({
          id: uuid(),
          injuryId,
          userId,
          level: pain.level,
          date: ago(pain.d),
          notes: pain.notes ?? null,
          createdAt: loggedAt(ago(pain.d), 21, 15),
        });
      }
    }
    for (const event of plan.events_) {
      // Future competitions fall on the Saturday on or after the planned day.
      const day =
        event.at > 0 && event.type === "competition"
          ? onOrAfterWeekday(addDays(today, event.at), 6)
          : addDays(today, event.at);
      const startsAt = at(day, event.hh);
      data.calendarEvents.push({
        id: uuid(),
        userId,
        title: event.title,
        type: event.type,
        startsAt,
        endsAt: new Date(startsAt.getTime() + event.hours * 3_600_000),
        location: event.location ?? null,
        notes: event.notes ?? null,
      });
    }
    if (plan.nutritionScale !== null) {
      for (let d = 13; d >= 0; d--) {
        const trained = (sessionsOn.get(d) ?? []).length > 0;
        const meals: Meal[] = trained
          ? ["breakfast", "lunch", "pre_training", "post_training", "dinner"]
          : ["breakfast", "lunch", "snack", "dinner"];
        for (const meal of meals) {
          const spec = MEALS[meal];
          const f = plan.nutritionScale * (0.92 + rng.float() * 0.16);
          const proteinG = round(spec.p * f, 0);
          const carbsG = round(spec.c * f, 0);
          const fatG = round(spec.f * f, 0);
          data.nutritionLogs.push({
            id: uuid(),
            userId,
            date: ago(d),
            meal,
            description: rng.pick(spec.options),
            kcal: Math.round(4 * proteinG + 4 * carbsG + 9 * fatG),
            proteinG,
            carbsG,
            fatG,
            hydrationMl: Math.round((spec.ml * (0.85 + rng.float() * 0.3)) / 50) * 50,
            createdAt: loggedAt(ago(d), meal === "breakfast" ? 8 : meal === "lunch" ? 13 : meal === "dinner" ? 19 : 16),
          });
        }
      }
    }
  }
  return data;
}
