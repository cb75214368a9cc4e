import { isLowerBodyPart } from "@/lib/analysis/drills";
import { list, num, typeLabel } from "@/lib/analysis/format";
import type { Readiness, ReadinessReason, Verdict } from "@/lib/analysis/readiness";
import {
  ACWR_SWEET_SPOT_HIGH,
  HIGH_INTENSITY_SPRINT_TYPES,
  HOOPER_HIGH,
  PAIN_ACCEPTABLE_MAX,
  READINESS_HOOPER_REST,
  TAPER_DAYS,
} from "@/lib/analysis/thresholds";
import type { AthleteContext } from "@/lib/aria/context-types";
import { askedDay } from "@/lib/aria/local/asked-day";
import { detectSessionType } from "@/lib/aria/local/parse-session";
import { daysBetween } from "@/lib/core/dates";
import type { SessionType } from "@/lib/core/domain";
import { withArticle } from "@/lib/core/words";
import { type Ctx, capitalize, firstName, injuryName, NO_DATA, safeDay, sentence, unloggedBodyPart } from "./phrasing";

/**
 * "Can I sprint today?", "am I good to go?", "what's my session?": answered from the readiness the context carries
 * (PRODUCT 4.8), as a coach says it — the verdict first, the reasons with their numbers, the session, what to leave
 * out. aria-local never judges a day itself: the verdict is the engine's, so the chat cannot disagree with the
 * dashboard. A day other than today is answered with what is already known, never a guessed verdict.
 */

const OPENER: Readonly<Record<Verdict, string>> = { go: "Go.", modify: "Modify today.", rest: "Rest today." };
const HARD = new Set<SessionType>(HIGH_INTENSITY_SPRINT_TYPES);

/** What the athlete asks to do: a session type, or "sprinting" in general (a hard sprint). */
type Activity = SessionType | "sprinting";

const ACTIVITY_WORDS: Readonly<Record<Activity, string>> = {
  sprinting: "Sprinting",
  acceleration: "Acceleration work (starts, hills, sled)",
  max_velocity: "Max-velocity work (flys)",
  speed_endurance: "Speed endurance",
  special_endurance: "Special endurance",
  tempo: "Tempo",
  technique: "Technique work",
  plyometrics: "Plyometrics",
  strength: "Lifting",
  recovery: "Easy recovery",
  competition: "Racing",
  other: "That",
};

function isHard(activity: Activity): boolean {
  return activity === "sprinting" || HARD.has(activity);
}

/** Racing is maximal sprinting too, though not a training type of PRODUCT 4.8's list. */
function isMaximal(activity: Activity): boolean {
  return isHard(activity) || activity === "competition";
}

function askedActivity(message: string): Activity | null {
  const type = detectSessionType(message);
  if (type) return type;
  return /\bsprint/i.test(message) ? "sprinting" : null;
}

// ── the reasons, short and with their numbers ─────────────────────────────────────────────────────────────────────

function injuryOf(ctx: AthleteContext, bodyPart: unknown): string {
  const part = String(bodyPart ?? "").toLowerCase();
  const injury = ctx.injuries.find((i) => i.body_part.toLowerCase() === part);
  return injury ? injuryName(injury) : part;
}

// The engine writes some figures as display strings ("1.42"), others as numbers.
const numberIn = (evidence: Record<string, unknown>, key: string): number | null => {
  const value = evidence[key];
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
};
const textIn = (evidence: Record<string, unknown>, key: string): string | null => {
  const value = evidence[key];
  return typeof value === "string" && value !== "" ? value : null;
};

/** One reason in a few words with its numbers ("pain 7/10 on the right hamstring (Mon 23 Nov)…"). */
function reasonText(ctx: AthleteContext, reason: ReadinessReason): string {
  const e = reason.evidence ?? {};
  const painDate = textIn(e, "pain_date");
  const on = painDate ? `, ${safeDay(painDate)}` : "";
  switch (reason.rule) {
    case "pain_not_acceptable": {
      const pain = numberIn(e, "pain");
      if (pain === null) break;
      const day = painDate ? ` (${safeDay(painDate)})` : "";
      return `pain ${pain}/10 in your ${injuryOf(ctx, e.body_part)}${day}, above the ${PAIN_ACCEPTABLE_MAX}/10 limit for training`;
    }
    case "lower_body_injury": {
      const pain = numberIn(e, "pain");
      const level = pain === null ? "" : ` (pain ${pain}/10${on})`;
      return `your ${injuryOf(ctx, e.body_part)} is still active${level} — no maximal sprinting until it has healed`;
    }
    case "wellness_very_poor":
    case "wellness_poor": {
      const hooper = numberIn(e, "hooper");
      if (hooper === null) break;
      const band =
        reason.rule === "wellness_very_poor"
          ? `${READINESS_HOOPER_REST} or more is very poor`
          : `above ${HOOPER_HIGH} is poor`;
      return `this morning's Hooper index is ${hooper} (${band})`;
    }
    case "acwr_high": {
      const acwr = numberIn(e, "acwr");
      if (acwr === null) break;
      return `your ACWR is ${num(acwr)}, above the ${ACWR_SWEET_SPOT_HIGH} top of the sweet spot — keep the volume down`;
    }
    case "hard_sprint_yesterday": {
      const rpe = numberIn(e, "rpe");
      const type = textIn(e, "type");
      if (rpe === null || !type) break;
      return `yesterday's ${typeLabel(type as SessionType)} session was RPE ${rpe} — 48 hours between hard sprint sessions`;
    }
    case "competition_soon": {
      const title = textIn(e, "title");
      const date = textIn(e, "date");
      if (!title || !date) break;
      return `${title} is on ${safeDay(date)} — taper: short, sharp, low volume`;
    }
    case "competition_today": {
      const title = textIn(e, "title");
      if (!title) break;
      return `race day: ${title} — warm up the way you practised, nothing new`;
    }
  }
  return reason.message.replace(/\.$/, "");
}

function reasonsBlock(ctx: AthleteContext, today: Readiness): string {
  const lines = today.reasons.map((r) => reasonText(ctx, r));
  if (lines.length === 0) return "";
  if (lines.length === 1) return `${capitalize(lines[0]!)}.`;
  return `Why:\n${lines.map((l) => `- ${capitalize(l)}.`).join("\n")}`;
}

/** Why a go day is a go day, in the numbers the context has. */
function goBecause(ctx: AthleteContext): string {
  const facts: string[] = [];
  if (!ctx.injuries.some((i) => i.status === "active")) facts.push("no active injury");
  if (ctx.load.acwr !== null) facts.push(`ACWR ${num(ctx.load.acwr)}`);
  return facts.length > 0
    ? `Nothing in your data holds you back today (${list(facts)}).`
    : "Nothing in your data holds you back today.";
}

// ── the session ───────────────────────────────────────────────────────────────────────────────────────────────────

function sessionLine(session: Readiness["session"]): string {
  const notes = session.notes.trim();
  return sentence([
    `${typeLabel(session.type)}, ${session.duration_min} min at RPE ${session.rpe} — ${session.reps}.`,
    `Focus: ${session.focus}.`,
    notes,
  ]);
}

/** "Avoid sprinting, jumping and lower-body lifting (your right hamstring is injured) and …": one sentence for all. */
function avoidLine(ctx: AthleteContext, session: Readiness["session"]): string {
  if (session.avoid.length === 0) return "";
  const why = (text: string) =>
    ctx.injuries.reduce((out, i) => out.replace(`your ${i.body_part} `, `your ${injuryName(i)} `), text);
  return `Avoid ${list(session.avoid.map((a) => `${a.what} (${why(a.why)})`))}.`;
}

function restAdvice(today: Readiness): string {
  if (today.reasons.some((r) => r.rule === "pain_not_acceptable")) {
    return "Have it looked at by a physio or doctor before you load it again.";
  }
  if (today.reasons.some((r) => r.rule === "wellness_very_poor")) {
    return "Sleep, eat well, and log your wellness again tomorrow morning.";
  }
  return "";
}

/** "You have already logged 50 min of plyometrics at RPE 6 today.", or "" while nothing is logged. */
function loggedLine(today: Readiness): string {
  if (today.logged.length === 0) return "";
  const sessions = list(today.logged.map((s) => `${s.duration_min} min of ${typeLabel(s.type)} at RPE ${s.rpe}`));
  return `You have already logged ${sessions} today: count it towards today's session rather than adding it on top.`;
}

function verdictAnswer(ctx: AthleteContext, today: Readiness): string {
  const why = today.verdict === "go" && today.reasons.length === 0 ? goBecause(ctx) : reasonsBlock(ctx, today);
  return [
    `${OPENER[today.verdict]} ${why}`,
    loggedLine(today),
    `${today.verdict === "rest" ? "If you move at all" : "Today's session"}: ${sessionLine(today.session)}`,
    sentence([avoidLine(ctx, today.session), today.verdict === "rest" ? restAdvice(today) : ""]),
  ]
    .filter(Boolean)
    .join("\n\n");
}

// ── "can I do X?" ─────────────────────────────────────────────────────────────────────────────────────────────────

type Call = "yes" | "lighter" | "no";
const CALL_ORDER: Readonly<Record<Call, number>> = { yes: 0, lighter: 1, no: 2 };

/** What one reason says about one activity: the rules of PRODUCT 4.8, read for a single kind of session. */
function callFor(reason: ReadinessReason, activity: Activity): Call {
  const hard = isHard(activity);
  if (activity === "recovery") return "yes";
  switch (reason.rule) {
    case "pain_not_acceptable":
    case "wellness_very_poor":
      return "no";
    case "lower_body_injury":
      // Upper-body lifting is the day's session; everything else loads the injured leg.
      return activity === "strength" ? "lighter" : activity === "other" ? "yes" : "no";
    case "hard_sprint_yesterday":
      return hard ? "no" : "yes";
    case "acwr_high":
    case "wellness_poor":
      return "lighter";
    case "competition_soon":
      if (activity === "acceleration" || activity === "max_velocity" || activity === "sprinting") return "lighter";
      return activity === "tempo" || activity === "technique" || activity === "other" ? "lighter" : "no";
    case "competition_today":
      // The race is the day's sprinting; block starts belong to its warm-up, nothing else fits.
      if (activity === "competition" || activity === "sprinting") return "yes";
      return activity === "acceleration" ? "lighter" : "no";
  }
}

function activityAnswer(ctx: AthleteContext, today: Readiness, activity: Activity): string {
  let call: Call = today.verdict === "rest" && activity !== "recovery" ? "no" : "yes";
  let because: ReadinessReason | null = today.verdict === "rest" ? (today.reasons[0] ?? null) : null;
  for (const reason of today.reasons) {
    const c = callFor(reason, activity);
    if (CALL_ORDER[c] > CALL_ORDER[call] || (c === call && c !== "yes" && !because)) {
      call = c;
      because = reason;
    }
  }
  const what = ACTIVITY_WORDS[activity];
  const why = because ? reasonText(ctx, because) : "";
  const session = sessionLine(today.session);
  const avoid = avoidLine(ctx, today.session);
  if (call === "no") {
    const kind =
      activity === "sprinting"
        ? `No — not today: ${why}.`
        : `No — not today. ${what} is ${isHard(activity) ? "a hard sprint session" : isMaximal(activity) ? "maximal sprinting" : "off today"}${why ? `, and ${why}` : ""}.`;
    const instead: Readonly<Record<Verdict, string>> = {
      rest: "Rest today instead. If you move at all",
      modify: "Modify today instead",
      go: "Instead",
    };
    return [
      kind,
      `${instead[today.verdict]}: ${session}`,
      sentence([avoid, today.verdict === "rest" ? restAdvice(today) : ""]),
    ]
      .filter(Boolean)
      .join("\n\n");
  }
  if (call === "lighter") {
    const how =
      activity === "strength" && because?.rule === "lower_body_injury" ? "upper body only" : "lighter than usual";
    return [`Yes, but ${how}: ${why}.`, `${OPENER[today.verdict]} Today's session: ${session}`, avoid]
      .filter(Boolean)
      .join("\n\n");
  }
  const first = today.reasons[0];
  const lead = first
    ? `Yes — ${what.toLowerCase()} fits today. ${capitalize(reasonText(ctx, first))}.`
    : `Yes. ${goBecause(ctx)}`;
  const pick = activity === today.session.type || activity === "sprinting" ? "Today's session" : "My pick for today";
  return [lead, `${pick}: ${session}`, avoid].filter(Boolean).join("\n\n");
}

// ── another day ───────────────────────────────────────────────────────────────────────────────────────────────────

function otherDayAnswer(ctx: AthleteContext, today: Readiness, day: string, activity: Activity | null): string {
  const ahead = daysBetween(ctx.as_of, day);
  const when = ahead === 1 ? "tomorrow" : safeDay(day);
  const parts: string[] = [
    `I make the call for ${when} on the day: the verdict is set that morning, from your wellness log, your latest pain and your load.`,
  ];
  const known: string[] = [];
  for (const injury of ctx.injuries.filter((i) => i.status === "active" && isLowerBodyPart(i.body_part))) {
    const pain = injury.latest_pain;
    const level = pain ? ` (pain ${pain.level}/10 on ${safeDay(pain.date)})` : "";
    const rest = pain && pain.level > PAIN_ACCEPTABLE_MAX ? `, and pain above ${PAIN_ACCEPTABLE_MAX} means rest` : "";
    const off =
      activity && isMaximal(activity) ? `, so ${ACTIVITY_WORDS[activity].toLowerCase()} is off until then` : "";
    known.push(
      `your ${injuryName(injury)} is still active${level}: no maximal sprinting until it has healed${rest}${off}`,
    );
  }
  const race = ctx.next_competition;
  if (race && /^\d{4}-\d{2}-\d{2}$/.test(race.date)) {
    const before = daysBetween(day, race.date);
    if (before === 0) known.push(`${race.title} is that day: race day`);
    else if (before > 0 && before <= TAPER_DAYS)
      known.push(`${race.title} is on ${safeDay(race.date)}, so ${when} falls in your taper: short, sharp, low volume`);
    else if (before > 0) known.push(`your next competition is ${race.title} on ${safeDay(race.date)}`);
  }
  if (known.length > 0) parts.push(`What I know now: ${known.join("; ")}.`);
  parts.push(
    `Today (${safeDay(ctx.as_of)}) is ${withArticle(today.verdict)} day. Log your wellness that morning and ask me again.`,
  );
  return sentence(parts);
}

// ── the answers ───────────────────────────────────────────────────────────────────────────────────────────────────

function withoutReadiness(ctx: Ctx): string {
  if (!ctx) {
    return `${NO_DATA} Until then: pain above ${PAIN_ACCEPTABLE_MAX}/10 means rest, and an active lower-body injury means no sprinting.`;
  }
  const hurt = ctx.injuries.filter((i) => i.status === "active" && isLowerBodyPart(i.body_part));
  const known =
    hurt.length > 0
      ? ` What I can say: your ${list(hurt.map(injuryName))} ${hurt.length === 1 ? "is" : "are"} still active, so no maximal sprinting until ${hurt.length === 1 ? "it has" : "they have"} healed.`
      : "";
  return `I can't see today's readiness verdict right now, ${firstName(ctx)}, so I won't guess.${known} The Today card on your dashboard has the full call.`;
}

/** The day asked about, when it isn't the context's own day (null: answer for today). */
function otherDay(ctx: AthleteContext, today: Readiness, message: string): string | null {
  const day = askedDay(message, ctx.as_of);
  return day && day !== today.date && day !== ctx.as_of ? day : null;
}

/** "Can I sprint today?", "am I good to go?", "can I do flying 30s?", "can I race Saturday?". */
export function readinessAnswer(ctx: Ctx, message: string): string {
  const today = ctx?.today;
  if (!ctx || !today) return withoutReadiness(ctx);
  const activity = askedActivity(message);
  const day = otherDay(ctx, today, message);
  if (day && day > ctx.as_of) return otherDayAnswer(ctx, today, day, activity);
  const past = day ? `${safeDay(day)} has passed — here's today.\n\n` : "";
  const unlogged = unloggedBodyPart(ctx, message);
  const note = unlogged
    ? `\n\nI don't have your ${unlogged} logged as an injury: log it with a 0–10 pain level and the verdict will take it into account.`
    : "";
  const answer = activity ? activityAnswer(ctx, today, activity) : verdictAnswer(ctx, today);
  return `${past}${answer}${note}`;
}

/** "What's my session?", "plan for today?", "what should I do today?": the session first, then why. */
export function todaysSessionAnswer(ctx: Ctx, message: string): string {
  const today = ctx?.today;
  if (!ctx || !today) return withoutReadiness(ctx);
  const day = otherDay(ctx, today, message);
  if (day && day > ctx.as_of) return otherDayAnswer(ctx, today, day, null);
  const why = today.verdict === "go" && today.reasons.length === 0 ? goBecause(ctx) : reasonsBlock(ctx, today);
  const lead =
    today.verdict === "rest"
      ? "Rest today — if you move at all"
      : `${OPENER[today.verdict].replace(/\.$/, "")} — today's session`;
  return [
    `${lead}: ${sessionLine(today.session)}`,
    loggedLine(today),
    why,
    sentence([avoidLine(ctx, today.session), today.verdict === "rest" ? restAdvice(today) : ""]),
  ]
    .filter(Boolean)
    .join("\n\n");
}

/** The verdict in one line, for the injury answer: it and the readiness answers read the same call. */
export function verdictSummary(ctx: AthleteContext): string | null {
  const today = ctx.today;
  if (!today) return null;
  const s = today.session;
  const session = `${typeLabel(s.type)}, ${s.duration_min} min at RPE ${s.rpe}`;
  if (today.verdict === "rest") return `Today's call is rest: if you move at all, ${session}.`;
  return `Today's call is ${today.verdict}: ${session} (${s.reps}).`;
}
