import { daysBetween } from "@/lib/core/dates";
import { PRIORITIES, type Priority, type SessionType, SUGGESTION_TYPES, type SuggestionType } from "@/lib/core/domain";
import { computeFigures, type Figures, type InjuryFigures, latestPain } from "./figures";
import { au, count, dayLabel, injuryLabel, list, num, typeLabel } from "./format";
import { dailyLoads } from "./load";
import {
  ACUTE_WINDOW_DAYS,
  ACWR_DANGER,
  CHRONIC_WINDOW_DAYS,
  DISPLAY_DECIMALS,
  HIGH_RPE,
  HIGH_RPE_SESSIONS,
  HOOPER_HIGH,
  LOW_VARIETY_MIN_SESSIONS,
  MAX_SESSIONS_PER_WEEK,
  METRICS_WINDOW_DAYS,
  MIN_SESSION_TYPES,
  MIN_SESSIONS_PER_WEEK,
  MONOTONY_HIGH,
  NEEDS_METRICS_MIN_SESSIONS,
  NEGATIVE_MOOD_MAX,
  NEGATIVE_MOOD_SESSIONS,
  PAIN_ACCEPTABLE_MAX,
  PAIN_SAFE_MAX,
  PAIN_TREND_LOGS,
  RECOVERY_NEEDED_MIN_SESSIONS,
  VARIETY_WINDOW_DAYS,
} from "./thresholds";
import type { AthleteInput, SessionInput, Suggestion } from "./types";
import { assertAsOf, type DayWindow } from "./windows";

/** PRODUCT 4.1 and 4.7: the priority of each suggestion type. */
export const SUGGESTION_PRIORITIES: Readonly<Record<SuggestionType, Priority>> = {
  injury_warning: "critical",
  high_rpe: "high",
  overtraining: "high",
  no_training: "medium",
  low_frequency: "medium",
  needs_metrics: "medium",
  pain_improving: "low",
  recovery_needed: "medium",
  mental_training: "medium",
  low_variety: "low",
  monotony_high: "medium",
  pain_high: "high",
  wellness_low: "medium",
};

/**
 * PRODUCT 4.1: what ends a critical warning, in the athlete's words, beside the rule it restates (the `injury_warning`
 * rule below). The dashboard shows it in place of a Dismiss button: closing the warning does not end the risk.
 */
export const SUGGESTION_ENDS_WHEN: Readonly<Partial<Record<SuggestionType, string>>> = {
  injury_warning:
    "Ends when the injury is marked recovering or resolved, or after " +
    `${ACUTE_WINDOW_DAYS} days without a session other than recovery.`,
};

/** PRODUCT 4.1: critical first, then high, medium and low; every list of suggestions is ordered by it. */
export function comparePriority(a: Priority, b: Priority): number {
  return PRIORITIES.indexOf(a) - PRIORITIES.indexOf(b);
}

/**
 * The proactive suggestions for an athlete as of a date (PRODUCT 4.1 and 4.7): at most one per type, ordered by
 * priority (critical first) and then by type in the order of `SUGGESTION_TYPES`. Pure: the same input and date
 * always give the same list.
 */
export function generateSuggestions(input: AthleteInput, asOf: string): Suggestion[] {
  assertAsOf(asOf);
  return suggestionsFromFigures(computeFigures(input, asOf));
}

type Draft = Omit<Suggestion, "type" | "priority">;
type Rule = (f: Figures) => Draft | null;

/** The rules applied to already-counted figures; exported so that each threshold can be tested at its edge. */
export function suggestionsFromFigures(f: Figures): Suggestion[] {
  const raised: Suggestion[] = [];
  for (const type of SUGGESTION_TYPES) {
    const draft = RULES[type](f);
    if (draft) raised.push({ type, priority: SUGGESTION_PRIORITIES[type], ...draft });
  }
  return raised.sort(
    (a, b) =>
      comparePriority(a.priority, b.priority) || SUGGESTION_TYPES.indexOf(a.type) - SUGGESTION_TYPES.indexOf(b.type),
  );
}

// ---------------------------------------------------------------- evidence helpers

const sessionView = (s: SessionInput) => ({
  date: s.date,
  type: s.type,
  durationMin: s.durationMin,
  rpe: s.rpe,
  mood: s.mood ?? null,
});

const windowView = (w: DayWindow) => ({ from: w.from, to: w.to });

const injuryView = (i: InjuryFigures) => ({
  id: i.injury.id,
  bodyPart: i.injury.bodyPart,
  side: i.injury.side,
  severity: i.injury.severity,
  status: i.injury.status,
  onsetDate: i.injury.onsetDate,
});

const noTraining = (f: Figures) => f.last7.length === 0;

/** Sprint session types to suggest when an athlete only does one thing. */
const CORE_SPRINT_TYPES: readonly SessionType[] = ["acceleration", "max_velocity", "strength", "plyometrics"];

// ---------------------------------------------------------------- the rules

const RULES: Readonly<Record<SuggestionType, Rule>> = {
  injury_warning(f) {
    const hits = f.injuries.filter((i) => i.injury.status === "active" && i.loadedSessions.length > 0);
    if (hits.length === 0) return null;
    const sentences = hits.map((i) => {
      const done = i.loadedSessions.map((s) => `${typeLabel(s.type)} on ${dayLabel(s.date)}`);
      return (
        `Your ${injuryLabel(i.injury)} injury is still active (since ${dayLabel(i.injury.onsetDate)}), and you ` +
        `trained on it ${count(i.loadedSessions.length, "time")} in the last ${ACUTE_WINDOW_DAYS} days: ${list(done)}.`
      );
    });
    return {
      title: "You're training on an active injury",
      message: `${sentences.join(" ")} Please keep to recovery work and have it checked by a physio or doctor before you load it again.`,
      evidence: {
        window: windowView(f.windows.last7),
        rule: { injuryStatus: "active", sessionOnOrAfterOnset: true, excludedSessionType: "recovery" },
        injuries: hits.map((i) => ({ ...injuryView(i), sessions: i.loadedSessions.map(sessionView) })),
      },
    };
  },

  high_rpe(f) {
    const hard = f.highRpe7;
    if (hard.length < HIGH_RPE_SESSIONS) return null;
    return {
      title: `${count(hard.length, "hard session")} in ${ACUTE_WINDOW_DAYS} days`,
      message:
        `You logged ${hard.length} sessions at RPE ${HIGH_RPE} or higher in the last ${ACUTE_WINDOW_DAYS} days ` +
        `(${list(hard.map((s) => `RPE ${s.rpe} on ${dayLabel(s.date)}`))}). Make the next one easy, such as tempo, ` +
        "technique or recovery, so that the hard work can turn into speed.",
      evidence: {
        window: windowView(f.windows.last7),
        threshold: { rpe: HIGH_RPE, sessions: HIGH_RPE_SESSIONS },
        count: hard.length,
        sessions: hard.map(sessionView),
      },
    };
  },

  overtraining(f) {
    const tooOften = f.sessionsPerWeek > MAX_SESSIONS_PER_WEEK;
    const { acwr } = f.load;
    const spike = acwr !== null && acwr > ACWR_DANGER;
    if (!tooOften && !spike) return null;
    const parts: string[] = [];
    if (tooOften) {
      parts.push(
        `You trained ${f.sessions28} times in the last ${CHRONIC_WINDOW_DAYS} days, ${num(f.sessionsPerWeek)} sessions a week on ` +
          `average; more than ${MAX_SESSIONS_PER_WEEK} a week leaves too little time to recover.`,
      );
    }
    if (spike) {
      parts.push(
        `Your acute:chronic workload ratio is ${acwr.toFixed(DISPLAY_DECIMALS)}, above ${ACWR_DANGER}: the last ${ACUTE_WINDOW_DAYS} days ` +
          `(${au(f.load.acute)}) are well ahead of what your body is used to (${au(f.load.chronic)} a week).`,
      );
    }
    return {
      title: "Your training load is too high",
      message: `${parts.join(" ")} Plan a few lighter days, with at least one full rest day, before the next hard session.`,
      evidence: {
        window: windowView(f.windows.last28),
        triggers: [...(tooOften ? ["frequency"] : []), ...(spike ? ["acwr"] : [])],
        threshold: { sessionsPerWeek: MAX_SESSIONS_PER_WEEK, acwr: ACWR_DANGER },
        sessions28: f.sessions28,
        sessionsPerWeek: f.sessionsPerWeek,
        // The acute load behind both triggers: a session added to it is what makes the warning new.
        sessions7: f.last7.map(sessionView),
        acwr,
        acuteEwma: f.load.acuteEwma,
        chronicEwma: f.load.chronicEwma,
        acuteLoad: f.load.acute,
        chronicLoad: f.load.chronic,
      },
    };
  },

  no_training(f) {
    // PRODUCT 4.1: a brand-new account gets a welcome and a first-steps checklist, never a warning; so "no training
    // in the last week" needs a session to have been logged at all.
    const last = f.lastSession;
    if (!noTraining(f) || last === null) return null;
    const since = daysBetween(last.date, f.asOf);
    return {
      title: "No training in the last week",
      message:
        `You haven't logged a session in the last ${ACUTE_WINDOW_DAYS} days; the last one was ${typeLabel(last.type)} on ` +
        `${dayLabel(last.date)}, ${since} days ago. An easy session is a good way back in, and if you have been ` +
        "training, log it so that Aria's numbers stay right.",
      evidence: {
        window: windowView(f.windows.last7),
        sessions7: 0,
        lastSessionDate: last.date,
        daysSinceLastSession: since,
      },
    };
  },

  low_frequency(f) {
    const n = f.sessions28;
    if (n === 0 || f.sessionsPerWeek >= MIN_SESSIONS_PER_WEEK || noTraining(f)) return null;
    return {
      title: "Train a little more often",
      message:
        `You've averaged ${num(f.sessionsPerWeek)} sessions a week over the last ${CHRONIC_WINDOW_DAYS} days (${n} in total). Sprinters ` +
        `progress best with ${MIN_SESSIONS_PER_WEEK} or more a week; could you add one short session, even just ` +
        "acceleration work?",
      evidence: {
        window: windowView(f.windows.last28),
        threshold: { sessionsPerWeek: MIN_SESSIONS_PER_WEEK },
        sessions28: n,
        sessionsPerWeek: f.sessionsPerWeek,
        weeks: f.weeks28,
      },
    };
  },

  needs_metrics(f) {
    const n = f.last14.length;
    if (n < NEEDS_METRICS_MIN_SESSIONS || f.metrics30 > 0) return null;
    const last = f.lastMetric;
    const lastText = last
      ? ` (the last was your ${last.metric} on ${dayLabel(last.date)}, ${daysBetween(last.date, f.asOf)} days ago)`
      : "";
    return {
      title: "Time to test yourself",
      message:
        `You've trained ${n} times in the last ${VARIETY_WINDOW_DAYS} days but haven't recorded a time or test in the last ${METRICS_WINDOW_DAYS} days` +
        `${lastText}. A timed run or a jump test shows whether the work is paying off.`,
      evidence: {
        sessionsWindow: windowView(f.windows.last14),
        metricsWindow: windowView(f.windows.metrics30),
        threshold: { sessions14: NEEDS_METRICS_MIN_SESSIONS },
        sessions14: n,
        lastMetric: last ? { metric: last.metric, value: last.value, unit: last.unit, date: last.date } : null,
      },
    };
  },

  pain_improving(f) {
    const hits = f.injuries
      .filter((i) => i.injury.status === "active" || i.injury.status === "recovering")
      .map((i) => ({ i, pain: latestPain(i) }))
      .filter(
        ({ pain }) => pain.length === PAIN_TREND_LOGS && pain.every((p, k) => k === 0 || pain[k - 1]!.level < p.level),
      );
    if (hits.length === 0) return null;
    const sentences = hits.map(({ i, pain }) => {
      const chronological = [...pain].reverse();
      const newest = pain[0]!.level;
      const safe = newest <= PAIN_SAFE_MAX ? `, now in the safe range (0–${PAIN_SAFE_MAX})` : "";
      return (
        `Your ${injuryLabel(i.injury)} pain is coming down: ${chronological.map((p) => p.level).join(" → ")} over ` +
        `your last three logs (${list(chronological.map((p) => dayLabel(p.date)))})${safe}.`
      );
    });
    return {
      title: "Your pain is improving",
      message: `${sentences.join(" ")} Keep progressing step by step and keep logging pain after your sessions.`,
      evidence: {
        rule: { logs: PAIN_TREND_LOGS, strictlyDecreasing: true, statuses: ["active", "recovering"] },
        injuries: hits.map(({ i, pain }) => ({ ...injuryView(i), pain: [...pain].reverse() })),
      },
    };
  },

  recovery_needed(f) {
    const avg = f.averageRpe7;
    if (f.last7.length < RECOVERY_NEEDED_MIN_SESSIONS || avg === null || avg < HIGH_RPE) return null;
    return {
      title: "Time for an easier day",
      message:
        `Your average RPE over the last ${ACUTE_WINDOW_DAYS} days is ${num(avg)} across ${f.last7.length} sessions; ${HIGH_RPE} or more ` +
        "is a lot to recover from. Make the next day easy or a full rest day, sleep well and refuel.",
      evidence: {
        window: windowView(f.windows.last7),
        threshold: { averageRpe: HIGH_RPE, minSessions: RECOVERY_NEEDED_MIN_SESSIONS },
        averageRpe: avg,
        sessions: f.last7.map(sessionView),
      },
    };
  },

  mental_training(f) {
    const low = f.negativeMoods28;
    if (low.length < NEGATIVE_MOOD_SESSIONS) return null;
    const latest = low[low.length - 1]!;
    return {
      title: "Look after your head too",
      message:
        `You rated your mood ${NEGATIVE_MOOD_MAX} or lower after ${low.length} sessions in the last ${CHRONIC_WINDOW_DAYS} days, most ` +
        `recently on ${dayLabel(latest.date)}. That happens to every athlete. A few minutes of visualization or ` +
        "breathing before training can help, and it's worth talking it through with your coach.",
      evidence: {
        window: windowView(f.windows.last28),
        threshold: { mood: NEGATIVE_MOOD_MAX, sessions: NEGATIVE_MOOD_SESSIONS },
        count: low.length,
        sessions: low.map(sessionView),
      },
    };
  },

  low_variety(f) {
    const n = f.last14.length;
    if (n < LOW_VARIETY_MIN_SESSIONS || f.types14.length >= MIN_SESSION_TYPES) return null;
    const only = f.types14[0]!;
    const others = CORE_SPRINT_TYPES.filter((t) => t !== only).map(typeLabel);
    return {
      title: "Mix up your training",
      message:
        `All ${n} of your sessions in the last ${VARIETY_WINDOW_DAYS} days were ${typeLabel(only)}. Adding ${list(others)} work ` +
        "trains the other qualities a sprinter needs.",
      evidence: {
        window: windowView(f.windows.last14),
        threshold: { types: MIN_SESSION_TYPES, minSessions: LOW_VARIETY_MIN_SESSIONS },
        sessions14: n,
        types: f.types14,
        sessions: f.last14.map(sessionView),
      },
    };
  },

  monotony_high(f) {
    const { monotony } = f.load;
    if (monotony === null || monotony <= MONOTONY_HIGH) return null;
    const week = f.windows.last7;
    const days = dailyLoads(f.last7, week.from, week.to);
    const mean = f.load.acute / days.length;
    return {
      title: "Your days are too alike",
      message:
        `Your training monotony over the last ${ACUTE_WINDOW_DAYS} days is ${monotony.toFixed(DISPLAY_DECIMALS)} (above ${MONOTONY_HIGH.toFixed(1)}): ` +
        `your days average ${au(mean)} with little difference between them. Make easy days clearly easier ` +
        "and keep at least one full rest day.",
      evidence: {
        window: windowView(week),
        threshold: { monotony: MONOTONY_HIGH },
        monotony,
        strain: f.load.strain,
        weeklyLoad: f.load.acute,
        dailyLoads: days,
      },
    };
  },

  pain_high(f) {
    const hits = f.injuries
      .filter((i) => i.injury.status === "active")
      .map((i) => ({ i, latest: i.pain[0] }))
      .filter(({ latest }) => latest !== undefined && latest.level > PAIN_ACCEPTABLE_MAX);
    if (hits.length === 0) return null;
    const sentences = hits.map(
      ({ i, latest }) =>
        `You logged pain ${latest!.level}/10 for your ${injuryLabel(i.injury)} on ${dayLabel(latest!.date)}.`,
    );
    return {
      title: "Your pain is too high to train through",
      message:
        `${sentences.join(" ")} Above ${PAIN_ACCEPTABLE_MAX} is more than an injury should take: stop loading that ` +
        "area and see a physio or doctor before you train it again.",
      evidence: {
        threshold: { painAbove: PAIN_ACCEPTABLE_MAX },
        injuries: hits.map(({ i, latest }) => ({ ...injuryView(i), latestPain: latest })),
      },
    };
  },

  wellness_low(f) {
    const w = f.latestWellness;
    if (w === null || w.hooper <= HOOPER_HIGH) return null;
    return {
      title: "Your wellness is low",
      message:
        `Your wellness check on ${dayLabel(w.date)} added up to ${w.hooper} (sleep ${w.sleep}, stress ${w.stress}, ` +
        `fatigue ${w.fatigue}, soreness ${w.soreness}); above ${HOOPER_HIGH} means recovery is falling behind. ` +
        "Go easy today, put sleep first, and tell your coach how you feel.",
      evidence: {
        threshold: { hooperAbove: HOOPER_HIGH },
        date: w.date,
        hooper: w.hooper,
        sleep: w.sleep,
        stress: w.stress,
        fatigue: w.fatigue,
        soreness: w.soreness,
      },
    };
  },
};
