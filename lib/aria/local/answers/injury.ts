import { isLowerBodyPart } from "@/lib/analysis/drills";
import { painZone } from "@/lib/analysis/sprint";
import { PAIN_ACCEPTABLE_MAX, PAIN_SAFE_MAX } from "@/lib/analysis/thresholds";
import { type Ctx, firstName, injuryName, NO_DATA, safeDay, sentence, unloggedBodyPart } from "./phrasing";
import { verdictSummary } from "./readiness";

const SAFE_BAND = `0–${PAIN_SAFE_MAX}`;
// Pain is logged in whole points, so the acceptable band starts one above the safe one.
const ACCEPTABLE_BAND = `${PAIN_SAFE_MAX + 1}–${PAIN_ACCEPTABLE_MAX}`;

const GENERAL_RULE = `The rule I follow: rate the pain 0–10 during and after training. ${SAFE_BAND} is safe, ${ACCEPTABLE_BAND} is acceptable if it settles by the next morning, and above ${PAIN_ACCEPTABLE_MAX} is not acceptable — stop loading that area and see a physio or doctor.`;

function painZoneWords(level: number): string {
  switch (painZone(level)) {
    case "not_acceptable":
      return `above ${PAIN_ACCEPTABLE_MAX}, which is not acceptable`;
    case "acceptable":
      return `in the ${ACCEPTABLE_BAND} zone, which is acceptable with care`;
    case "safe":
      return `in the ${SAFE_BAND} safe zone`;
  }
}

function painAdvice(worst: number): string {
  switch (painZone(worst)) {
    case "not_acceptable":
      return `With pain at ${worst}/10 (above ${PAIN_ACCEPTABLE_MAX}), stop loading that area and see a physio or doctor before you train it again. Don't train through this pain.`;
    case "acceptable":
      return `Pain at ${worst}/10 is acceptable with care: keep the load moderate, and stop if it climbs above ${PAIN_ACCEPTABLE_MAX} or is worse the next morning.`;
    case "safe":
      return `Pain at ${worst}/10 is in the safe zone, so gentle, progressive loading is fine — keep logging it and back off if it rises above ${PAIN_SAFE_MAX}.`;
  }
}

function trendWords(trend: number[]): string {
  if (trend.length < 2) return "";
  const first = trend[0]!;
  const last = trend[trend.length - 1]!;
  const direction = last < first ? "coming down" : last > first ? "going up" : "holding steady";
  return `Your recent pain logs read ${trend.join(" → ")} — ${direction}.`;
}

export function injuryAnswer(ctx: Ctx, message: string): string {
  const text = message.toLowerCase();
  if (!ctx) return `${NO_DATA} ${GENERAL_RULE}`;
  const mentioned = ctx.injuries.filter((i) => text.includes(i.body_part.toLowerCase()));
  const injuries = mentioned.length > 0 ? mentioned : ctx.injuries;
  const parts: string[] = [];
  const named = unloggedBodyPart(ctx, message);
  if (named && ctx.injuries.length > 0) {
    parts.push(
      `I don't have your ${named} logged as an injury — please log it with a 0–10 pain level so I can track it. If it's above ${PAIN_ACCEPTABLE_MAX}, don't sprint on it and get it checked.`,
    );
  }

  if (injuries.length === 0) {
    parts.push(
      `I don't see an active injury on your profile, ${firstName(ctx)}. If something hurts, log it (body part and a 0–10 pain level) so I can track it.`,
    );
    parts.push(GENERAL_RULE);
    parts.push("And if the pain is sharp, sudden or you can't walk normally, don't sprint — get it checked first.");
    return sentence(parts);
  }

  // Below the 0–10 scale: no pain logged, so no advice on a level.
  let worst = -1;
  let legActive = false;
  for (const i of injuries) {
    const name = injuryName(i);
    legActive ||= i.status === "active" && isLowerBodyPart(i.body_part);
    const since = `${i.status} since ${safeDay(i.onset_date)}`;
    if (i.latest_pain) {
      worst = Math.max(worst, i.latest_pain.level);
      parts.push(
        `Your ${name} is ${since}; your latest pain was ${i.latest_pain.level}/10 on ${safeDay(i.latest_pain.date)}, ${painZoneWords(i.latest_pain.level)}.`,
      );
    } else {
      parts.push(`Your ${name} is ${since}, with no pain level logged yet — please log one (0–10).`);
    }
    const trend = trendWords(i.pain_trend);
    if (trend) parts.push(trend);
  }

  const warnings = ctx.suggestions.filter(
    (s) => s.type === "injury_warning" || s.type === "pain_high" || s.priority === "critical",
  );
  if (warnings.length > 0) {
    parts.push(`\n\nI've also flagged: ${warnings.map((w) => `${w.title} (${w.priority}) — ${w.message}`).join(" ")}`);
  }

  // The advice follows today's readiness verdict, so that "can I sprint?" and "my hamstring hurts" agree.
  parts.push("\n\nMy advice:");
  if (legActive)
    parts.push("please don't sprint on an active injury — no max-velocity, blocks or speed work until it's cleared.");
  if (worst >= 0) parts.push(painAdvice(worst));
  const verdict = verdictSummary(ctx);
  if (verdict) parts.push(verdict);

  const drills = ctx.recommended_drills.slice(0, 3);
  if (drills.length > 0) {
    parts.push(`\n\nWhat you can do instead:\n${drills.map((d) => `- ${d.name}: ${d.reason}`).join("\n")}`);
  }
  return sentence(parts);
}
