import { experienceLevel, isLowerBodyPart } from "@/lib/analysis/drills";
import { computeFigures, type Figures, latestPain } from "@/lib/analysis/figures";
import { dayLabel, injuryLabel, num, typeLabel } from "@/lib/analysis/format";
import { sessionLoad } from "@/lib/analysis/load";
import {
  ACWR_SWEET_SPOT_HIGH,
  CHRONIC_WINDOW_DAYS,
  HIGH_INTENSITY_SPRINT_TYPES,
  HIGH_RPE,
  HOOPER_HIGH,
  PAIN_ACCEPTABLE_MAX,
  READINESS_HOOPER_REST,
  READINESS_MIN_MINUTES,
  READINESS_REDUCED_MAX_RPE,
  TAPER_DAYS,
  VARIETY_WINDOW_DAYS,
} from "@/lib/analysis/thresholds";
import type { AthleteInput } from "@/lib/analysis/types";
import { assertAsOf } from "@/lib/analysis/windows";
import { addDays, todayIn } from "@/lib/core/dates";
import type { SessionType } from "@/lib/core/domain";
import { SESSION_TEMPLATES, TAPER_SESSION, TYPES_BY_LEVEL, UPPER_BODY_SESSION, VARIETY_ORDER } from "./sessions";

/**
 * Today (PRODUCT 4.8): "what should I do today, and is it safe?" — a verdict for a date, every reason with its rule
 * and evidence, and one concrete session. The strictest reason wins: rest over modify over go. Pure: the same data,
 * plan and date give the same answer.
 */

export type Verdict = "go" | "modify" | "rest";

export type ReadinessRule =
  | "pain_not_acceptable"
  | "wellness_very_poor"
  | "lower_body_injury"
  | "acwr_high"
  | "wellness_poor"
  | "hard_sprint_yesterday"
  | "competition_soon"
  | "competition_today";

export interface ReadinessReason {
  rule: ReadinessRule;
  verdict: Verdict;
  message: string;
  evidence: Record<string, unknown>;
}

/** What the coach (or the athlete) planned for the day (PRODUCT 4.10). */
export interface PlannedSessionInput {
  type: SessionType;
  durationMin?: number | null;
  rpe?: number | null;
  reps?: string | null;
  notes?: string | null;
}

export interface DaySession {
  type: SessionType;
  duration_min: number;
  rpe: number;
  reps: string;
  focus: string;
  /** What to leave out today, each with the reason. */
  avoid: { what: string; why: string }[];
  /** Where the session came from: the plan, the variety rule, a taper, race day, or a rest or injury day. */
  source: "plan" | "variety" | "taper" | "race_day" | "rest" | "injury";
  /** One line that says how the session was fitted to today. */
  notes: string;
}

export interface Readiness {
  date: string;
  verdict: Verdict;
  /** The verdict in a short sentence, as a coach would say it. */
  headline: string;
  reasons: ReadinessReason[];
  session: DaySession;
}

const SEVERITY: Record<Verdict, number> = { go: 0, modify: 1, rest: 2 };
const HARD_SPRINT = new Set<SessionType>(HIGH_INTENSITY_SPRINT_TYPES);

export function readiness(input: AthleteInput, asOf: string, planned: PlannedSessionInput | null = null): Readiness {
  assertAsOf(asOf);
  return readinessFromFigures(input, computeFigures(input, asOf), planned);
}

/** The same, from figures already counted (the scheduled analyses count them once for every rule). */
export function readinessFromFigures(input: AthleteInput, f: Figures, planned: PlannedSessionInput | null): Readiness {
  const asOf = f.asOf;
  const reasons = [
    ...injuryReasons(f),
    ...wellnessReasons(f),
    ...loadReasons(f),
    ...yesterdayReasons(f),
    ...competitionReasons(input, asOf),
  ];
  const verdict = reasons.reduce<Verdict>(
    (worst, r) => (SEVERITY[r.verdict] > SEVERITY[worst] ? r.verdict : worst),
    "go",
  );
  return {
    date: asOf,
    verdict,
    headline: headline(verdict, reasons),
    reasons: reasons.sort((a, b) => SEVERITY[b.verdict] - SEVERITY[a.verdict]),
    session: daySession(input, f, reasons, verdict, planned),
  };
}

// ---------------------------------------------------------------- reasons

function injuryReasons(f: Figures): ReadinessReason[] {
  const reasons: ReadinessReason[] = [];
  for (const { injury, ...figures } of f.injuries) {
    if (injury.status !== "active") continue;
    const latest = latestPain({ injury, ...figures })[0] ?? null;
    const name = injuryLabel(injury);
    if (latest && latest.level > PAIN_ACCEPTABLE_MAX) {
      reasons.push({
        rule: "pain_not_acceptable",
        verdict: "rest",
        message: `Your ${name} was at ${latest.level}/10 on ${dayLabel(latest.date)}: above ${PAIN_ACCEPTABLE_MAX} is not acceptable to train on. Rest it, and have it looked at.`,
        evidence: {
          injury_id: injury.id,
          body_part: injury.bodyPart,
          pain: latest.level,
          pain_date: latest.date,
          threshold: PAIN_ACCEPTABLE_MAX,
        },
      });
    } else if (isLowerBodyPart(injury.bodyPart)) {
      reasons.push({
        rule: "lower_body_injury",
        verdict: "modify",
        message: latest
          ? `Your ${name} is still active (pain ${latest.level}/10 on ${dayLabel(latest.date)}): no maximal sprinting until it has healed.`
          : `Your ${name} is still active: no maximal sprinting until it has healed.`,
        evidence: {
          injury_id: injury.id,
          body_part: injury.bodyPart,
          pain: latest?.level ?? null,
          pain_date: latest?.date ?? null,
        },
      });
    }
  }
  return reasons;
}

function wellnessReasons(f: Figures): ReadinessReason[] {
  const today = f.latestWellness;
  if (!today || today.date !== f.asOf) return [];
  if (today.hooper >= READINESS_HOOPER_REST) {
    return [
      {
        rule: "wellness_very_poor",
        verdict: "rest",
        message: `This morning's wellness adds up to ${today.hooper} (${READINESS_HOOPER_REST} or more is very poor): your body is asking for a day off.`,
        evidence: { hooper: today.hooper, threshold: READINESS_HOOPER_REST, date: today.date },
      },
    ];
  }
  if (today.hooper > HOOPER_HIGH) {
    return [
      {
        rule: "wellness_poor",
        verdict: "modify",
        message: `This morning's wellness adds up to ${today.hooper} (above ${HOOPER_HIGH} is poor): train, but lighter than usual.`,
        evidence: { hooper: today.hooper, threshold: HOOPER_HIGH, date: today.date },
      },
    ];
  }
  return [];
}

function loadReasons(f: Figures): ReadinessReason[] {
  const acwr = f.load.acwr;
  if (acwr === null || acwr <= ACWR_SWEET_SPOT_HIGH) return [];
  return [
    {
      rule: "acwr_high",
      verdict: "modify",
      message: `Your load ratio (ACWR) is ${num(acwr)}, above the ${ACWR_SWEET_SPOT_HIGH} top of the sweet spot: keep today's volume down.`,
      evidence: { acwr: num(acwr), threshold: ACWR_SWEET_SPOT_HIGH },
    },
  ];
}

function yesterdayReasons(f: Figures): ReadinessReason[] {
  const yesterday = addDays(f.asOf, -1);
  const hard = f.last7.filter((s) => s.date === yesterday && s.rpe >= HIGH_RPE && HARD_SPRINT.has(s.type));
  const first = hard[0];
  if (!first) return [];
  return [
    {
      rule: "hard_sprint_yesterday",
      verdict: "modify",
      message: `Yesterday's ${typeLabel(first.type)} session was RPE ${first.rpe}: leave 48 hours between hard sprint sessions.`,
      evidence: { date: yesterday, type: first.type, rpe: first.rpe, threshold: HIGH_RPE },
    },
  ];
}

function competitionReasons(input: AthleteInput, asOf: string): ReadinessReason[] {
  const races = input.calendar
    .filter((e) => e.type === "competition")
    .map((e) => ({ title: e.title, date: todayIn(input.timezone, e.startsAt) }))
    .filter((e) => e.date >= asOf && e.date <= addDays(asOf, TAPER_DAYS))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const next = races[0];
  if (!next) return [];
  if (next.date === asOf) {
    return [
      {
        rule: "competition_today",
        verdict: "go",
        message: `Race day: ${next.title}. Warm up the way you practised, nothing new.`,
        evidence: { title: next.title, date: next.date },
      },
    ];
  }
  return [
    {
      rule: "competition_soon",
      verdict: "modify",
      message: `${next.title} is on ${dayLabel(next.date)}: taper — short, sharp, low volume.`,
      evidence: { title: next.title, date: next.date, taper_days: TAPER_DAYS },
    },
  ];
}

function headline(verdict: Verdict, reasons: readonly ReadinessReason[]): string {
  if (verdict === "rest") return "Rest today.";
  if (reasons.some((r) => r.rule === "competition_today") && verdict === "go") return "Race day. Go.";
  if (verdict === "modify") {
    if (reasons.some((r) => r.rule === "lower_body_injury")) return "Train, but no sprinting today.";
    if (reasons.some((r) => r.rule === "competition_soon")) return "Taper: short and sharp today.";
    return "Train today, but lighter.";
  }
  return "You're good to go.";
}

// ---------------------------------------------------------------- the session

function daySession(
  input: AthleteInput,
  f: Figures,
  reasons: readonly ReadinessReason[],
  verdict: Verdict,
  planned: PlannedSessionInput | null,
): DaySession {
  const has = (rule: ReadinessRule) => reasons.some((r) => r.rule === rule);
  const avoid = avoidances(reasons);
  if (verdict === "rest") return restSession(input, avoid);
  if (has("competition_today"))
    return fromTemplate(input, "competition", "race_day", avoid, "Race day: your warm-up, then the race.");

  let session: DaySession;
  if (has("lower_body_injury")) {
    session = {
      ...UPPER_BODY_SESSION,
      rpe: UPPER_BODY_SESSION.targetRpe,
      duration_min: UPPER_BODY_SESSION.durationMin,
      avoid,
      source: "injury",
      notes: "Swapped for upper-body work while the injury heals.",
    };
  } else if (has("competition_soon")) {
    session = {
      ...TAPER_SESSION,
      rpe: TAPER_SESSION.targetRpe,
      duration_min: TAPER_SESSION.durationMin,
      avoid,
      source: "taper",
      notes: "A taper session: quality, not quantity.",
    };
  } else if (planned) {
    session = fromPlan(input, planned, avoid);
  } else {
    const type = leastTrainedType(input, f);
    session = fromTemplate(
      input,
      type,
      "variety",
      avoid,
      `The type your last ${VARIETY_WINDOW_DAYS} days had least of.`,
    );
  }
  if (has("hard_sprint_yesterday") && HARD_SPRINT.has(session.type)) {
    session = fromTemplate(
      input,
      "technique",
      session.source,
      avoid,
      "Moved off sprinting: yesterday was a hard sprint day.",
    );
  }
  if (has("acwr_high") || has("wellness_poor") || has("hard_sprint_yesterday")) session = reduced(session, f);
  return session;
}

function avoidances(reasons: readonly ReadinessReason[]): DaySession["avoid"] {
  const avoid: DaySession["avoid"] = [];
  for (const r of reasons) {
    if (r.rule === "lower_body_injury" || r.rule === "pain_not_acceptable") {
      avoid.push({
        what: "sprinting, jumping and lower-body lifting",
        why: `your ${String(r.evidence.body_part)} is injured`,
      });
    } else if (r.rule === "hard_sprint_yesterday") {
      avoid.push({ what: "maximal sprints", why: "48 hours between hard sprint sessions" });
    } else if (r.rule === "acwr_high") {
      avoid.push({ what: "extra volume", why: `your ACWR is ${String(r.evidence.acwr)}` });
    } else if (r.rule === "competition_soon") {
      avoid.push({ what: "anything new or exhausting", why: "you race soon" });
    }
  }
  return avoid.filter((a, i) => avoid.findIndex((b) => b.what === a.what) === i);
}

function restSession(input: AthleteInput, avoid: DaySession["avoid"]): DaySession {
  return fromTemplate(input, "recovery", "rest", avoid, "A rest day: this is optional, easy movement only.");
}

function fromTemplate(
  input: AthleteInput,
  type: SessionType,
  source: DaySession["source"],
  avoid: DaySession["avoid"],
  notes: string,
): DaySession {
  const template = SESSION_TEMPLATES[type];
  const level = experienceLevel(input.experienceYears);
  return {
    type,
    duration_min: template.durationMin,
    rpe: template.targetRpe,
    reps: template.reps[level],
    focus: template.focus,
    avoid,
    source,
    notes,
  };
}

function fromPlan(input: AthleteInput, planned: PlannedSessionInput, avoid: DaySession["avoid"]): DaySession {
  const base = fromTemplate(input, planned.type, "plan", avoid, planned.notes ?? "Your planned session.");
  return {
    ...base,
    duration_min: planned.durationMin ?? base.duration_min,
    rpe: planned.rpe ?? base.rpe,
    reps: planned.reps ?? base.reps,
  };
}

/** The candidate type with the fewest sessions in the last 14 days; ties go to the one a sprinter needs most. */
function leastTrainedType(input: AthleteInput, f: Figures): SessionType {
  const candidates = TYPES_BY_LEVEL[experienceLevel(input.experienceYears)];
  const counts = new Map<SessionType, number>();
  for (const s of f.last14) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  return [...candidates].sort(
    (a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0) || VARIETY_ORDER.indexOf(a) - VARIETY_ORDER.indexOf(b),
  )[0] as SessionType;
}

/** PRODUCT 4.8 reduced volume: today's load (RPE × minutes) at most the chronic daily average. */
function reduced(session: DaySession, f: Figures): DaySession {
  const rpe = Math.min(session.rpe, READINESS_REDUCED_MAX_RPE);
  const chronicDaily = f.last28.reduce((total, s) => total + sessionLoad(s), 0) / CHRONIC_WINDOW_DAYS;
  const minutes = Math.min(session.duration_min, Math.floor(chronicDaily / rpe));
  if (minutes < READINESS_MIN_MINUTES) {
    return {
      ...recoveryInstead(session),
      notes: `Your usual daily load is ${Math.round(chronicDaily)}: today, only recovery work fits under it.`,
    };
  }
  return {
    ...session,
    rpe,
    duration_min: minutes,
    notes:
      `${session.notes} Cut to ${minutes} min at RPE ${rpe}: a load of ${minutes * rpe}, within your usual ${Math.round(chronicDaily)} a day.`.trim(),
  };
}

function recoveryInstead(session: DaySession): DaySession {
  const template = SESSION_TEMPLATES.recovery;
  return {
    ...session,
    type: "recovery",
    duration_min: template.durationMin,
    rpe: template.targetRpe,
    reps: template.reps.intermediate,
    focus: template.focus,
  };
}

export const READINESS_REASON_LABELS: Readonly<Record<ReadinessRule, string>> = {
  pain_not_acceptable: `Pain above ${PAIN_ACCEPTABLE_MAX}/10`,
  wellness_very_poor: "Very poor wellness",
  lower_body_injury: "Lower-body injury",
  acwr_high: "Load ratio high",
  wellness_poor: "Poor wellness",
  hard_sprint_yesterday: "Hard sprints yesterday",
  competition_soon: "Race soon",
  competition_today: "Race day",
};
