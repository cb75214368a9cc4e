import { experienceLevel } from "@/lib/analysis/drills";
import type { Figures } from "@/lib/analysis/figures";
import {
  CHRONIC_WINDOW_DAYS,
  READINESS_MIN_MINUTES,
  READINESS_REDUCED_MAX_RPE,
  VARIETY_WINDOW_DAYS,
  WEEKS_IN_CHRONIC_WINDOW,
} from "@/lib/analysis/thresholds";
import type { AthleteInput } from "@/lib/analysis/types";
import type { SessionType } from "@/lib/core/domain";
import { SESSION_TEMPLATES, TAPER_SESSION, TYPES_BY_LEVEL, UPPER_BODY_SESSION, VARIETY_ORDER } from "./sessions";

import {
  type DaySession,
  HARD_SPRINT,
  type PlannedSessionInput,
  type ReadinessReason,
  type ReadinessRule,
  type Verdict,
} from "./types";

/** The one concrete session for the day, fitted to the reasons: plan or variety, then injury, taper and volume. */

export function daySession(
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
  const counts = f.typeCounts14;
  return [...candidates].sort(
    (a, b) => (counts[a] ?? 0) - (counts[b] ?? 0) || VARIETY_ORDER.indexOf(a) - VARIETY_ORDER.indexOf(b),
  )[0] as SessionType;
}

/** PRODUCT 4.8 reduced volume: today's load (RPE × minutes) at most the chronic daily average. */
function reduced(session: DaySession, f: Figures): DaySession {
  const rpe = Math.min(session.rpe, READINESS_REDUCED_MAX_RPE);
  // The chronic load is the 28 days' sum ÷ 4, so this is that sum ÷ 28 (exactly: ×4 undoes ÷4 in binary).
  const chronicDaily = (f.load.chronic * WEEKS_IN_CHRONIC_WINDOW) / CHRONIC_WINDOW_DAYS;
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
