import { isLowerBodyPart } from "@/lib/analysis/drills";
import { type Figures, latestPain } from "@/lib/analysis/figures";
import { dayLabel, injuryLabel, num, typeLabel } from "@/lib/analysis/format";
import {
  ACWR_SWEET_SPOT_HIGH,
  HIGH_RPE,
  HOOPER_HIGH,
  PAIN_ACCEPTABLE_MAX,
  READINESS_HOOPER_REST,
  TAPER_DAYS,
} from "@/lib/analysis/thresholds";
import type { AthleteInput } from "@/lib/analysis/types";
import { addDays, todayIn } from "@/lib/core/dates";

import { HARD_SPRINT, type ReadinessReason, type Verdict } from "./types";

/** The reasons of PRODUCT 4.8, each with the verdict it calls for, its message and its evidence. */

export function injuryReasons(f: Figures): ReadinessReason[] {
  const reasons: ReadinessReason[] = [];
  for (const { injury, ...figures } of f.injuries) {
    if (injury.status !== "active") continue;
    const latest = latestPain(figures)[0] ?? null;
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

export function wellnessReasons(f: Figures): ReadinessReason[] {
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

export function loadReasons(f: Figures): ReadinessReason[] {
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

export function yesterdayReasons(f: Figures): ReadinessReason[] {
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

export function competitionReasons(input: AthleteInput, asOf: string): ReadinessReason[] {
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

export function headline(verdict: Verdict, reasons: readonly ReadinessReason[]): string {
  if (verdict === "rest") return "Rest today.";
  if (reasons.some((r) => r.rule === "competition_today") && verdict === "go") return "Race day. Go.";
  if (verdict === "modify") {
    if (reasons.some((r) => r.rule === "lower_body_injury")) return "Train, but no sprinting today.";
    if (reasons.some((r) => r.rule === "competition_soon")) return "Taper: short and sharp today.";
    return "Train today, but lighter.";
  }
  return "You're good to go.";
}
