import { count, dayLabel, list, num, typeLabel } from "@/lib/analysis/format";
import { ACWR_DANGER, ACWR_SWEET_SPOT_HIGH, ACWR_SWEET_SPOT_LOW } from "@/lib/analysis/thresholds";
import type { AthleteContext, LogSessionArgs } from "@/lib/aria/context-types";
import { MENTAL_EXERCISES } from "@/lib/content/catalog/mental-exercises";
import type { Term } from "./intents";
import { detectTerm } from "./intents";
import type { MissingField } from "./parse-session";

/**
 * One composer per intent. Each writes a kind, specific answer that quotes the athlete's own numbers from the
 * context, and still says something useful when the context is missing. Pure: same input, same words.
 */

type Ctx = AthleteContext | null;

const MONOTONY_HIGH = 2.0;
const PRIORITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 } as const;

const NO_DATA =
  "I can't see your training data right now, so I can't quote your numbers. Once your sessions load I'll be able to be specific.";

function firstName(ctx: Ctx): string {
  return ctx?.name?.trim().split(/\s+/)[0] ?? "";
}

function safeDay(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? dayLabel(date) : date;
}

function sentence(items: string[]): string {
  return items.filter(Boolean).join(" ");
}

// ── load and pain zones ────────────────────────────────────────────────────────────────────────────────────────

export type AcwrZone = "low" | "sweet_spot" | "elevated" | "danger";

export function acwrZone(acwr: number): AcwrZone {
  if (acwr > ACWR_DANGER) return "danger";
  if (acwr > ACWR_SWEET_SPOT_HIGH) return "elevated";
  if (acwr < ACWR_SWEET_SPOT_LOW) return "low";
  return "sweet_spot";
}

/** "1.62 — above the 1.5 danger line". */
export function describeAcwr(acwr: number, zone?: AcwrZone | null): string {
  const z = zone ?? acwrZone(acwr);
  const value = num(acwr);
  switch (z) {
    case "danger":
      return `${value} — above the ${ACWR_DANGER} danger line, so your recent load has jumped well beyond what you're used to`;
    case "elevated":
      return `${value} — above the ${ACWR_SWEET_SPOT_LOW}–${ACWR_SWEET_SPOT_HIGH} sweet spot, though still under the ${ACWR_DANGER} danger line`;
    case "low":
      return `${value} — below the ${ACWR_SWEET_SPOT_LOW}–${ACWR_SWEET_SPOT_HIGH} sweet spot, so this week is lighter than your usual load`;
    default:
      return `${value} — inside the ${ACWR_SWEET_SPOT_LOW}–${ACWR_SWEET_SPOT_HIGH} sweet spot`;
  }
}

export type PainZone = "safe" | "acceptable" | "not_acceptable";

/** Silbernagel pain-monitoring model: 0–3 safe, 4–5 acceptable, above 5 not acceptable. */
export function painZone(level: number): PainZone {
  if (level > 5) return "not_acceptable";
  if (level >= 4) return "acceptable";
  return "safe";
}

function painZoneWords(level: number): string {
  switch (painZone(level)) {
    case "not_acceptable":
      return "above 5, which is not acceptable";
    case "acceptable":
      return "in the 4–5 zone, which is acceptable with care";
    default:
      return "in the 0–3 safe zone";
  }
}

function sortedSuggestions(ctx: AthleteContext) {
  return [...ctx.suggestions].sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
}

function trendWords(trend: number[]): string {
  if (trend.length < 2) return "";
  const first = trend[0]!;
  const last = trend[trend.length - 1]!;
  const direction = last < first ? "coming down" : last > first ? "going up" : "holding steady";
  return `Your recent pain logs read ${trend.join(" → ")} — ${direction}.`;
}

// ── training summary ───────────────────────────────────────────────────────────────────────────────────────────

export function trainingSummaryAnswer(ctx: Ctx): string {
  if (!ctx) return `${NO_DATA} In general, aim for 3–6 sessions a week and keep your ACWR in the 0.8–1.3 sweet spot.`;
  const w = ctx.week;
  const parts: string[] = [];
  const rpe = w.average_rpe === null ? "" : `, at an average RPE of ${num(w.average_rpe)}`;
  parts.push(
    `Here's your last 7 days, ${firstName(ctx)}: ${count(w.sessions, "session")} and ${count(w.minutes, "minute")}${rpe}.`,
  );
  const perWeek = w.sessions_per_week_28d;
  const range = perWeek < 3 ? "under the 3–6 range" : perWeek > 6 ? "above the 3–6 range" : "inside the 3–6 range";
  parts.push(`Over the last 28 days you've averaged ${num(perWeek)} sessions a week, ${range}.`);
  if (ctx.load.acwr !== null) {
    parts.push(
      `Your ACWR is ${describeAcwr(ctx.load.acwr, ctx.load.zone)} (acute load ${num(ctx.load.acute)} vs chronic ${num(ctx.load.chronic)}).`,
    );
  } else {
    parts.push(`There isn't enough history yet for an ACWR; your acute load is ${num(ctx.load.acute)}.`);
  }
  if (ctx.load.monotony !== null && ctx.load.monotony > MONOTONY_HIGH) {
    parts.push(
      `Your monotony is ${num(ctx.load.monotony)}, above ${MONOTONY_HIGH.toFixed(1)}: your days look too alike — mix hard and easy days.`,
    );
  }
  if (ctx.last_session) {
    const s = ctx.last_session;
    parts.push(
      `Last session: ${typeLabel(s.type)} on ${safeDay(s.date)}, ${s.duration_min} min at RPE ${s.rpe} (load ${s.rpe * s.duration_min}).`,
    );
  }
  const top = sortedSuggestions(ctx).slice(0, 3);
  if (top.length > 0) {
    parts.push(`\n\nWhat I'd pay attention to:\n${top.map((s) => `- ${s.title}: ${s.message}`).join("\n")}`);
  } else {
    parts.push("Nothing is flagged right now — keep it up.");
  }
  return sentence(parts);
}

// ── injury ─────────────────────────────────────────────────────────────────────────────────────────────────────

function injuryName(i: AthleteContext["injuries"][number]): string {
  const part = i.body_part.trim().toLowerCase();
  if (!i.side || i.side === "none" || part.includes(i.side)) return part;
  if (i.side === "both") return `${part} (both sides)`;
  return `${i.side} ${part}`;
}

export function injuryAnswer(ctx: Ctx, message: string): string {
  const text = message.toLowerCase();
  const general =
    "The rule I follow: rate the pain 0–10 during and after training. 0–3 is safe, 4–5 is acceptable if it settles by the next morning, and above 5 is not acceptable — stop loading that area and see a physio or doctor.";
  if (!ctx) return `${NO_DATA} ${general}`;
  const mentioned = ctx.injuries.filter((i) => text.includes(i.body_part.toLowerCase()));
  const injuries = mentioned.length > 0 ? mentioned : ctx.injuries;
  const parts: string[] = [];
  const named = text.match(
    /\b(foot|ankle|achilles|calf|shin|knee|hamstring|quad|hip|groin|glute|lower back|back|shoulder|heel|adductor)\b/,
  )?.[1];
  if (named && mentioned.length === 0 && ctx.injuries.length > 0) {
    parts.push(
      `I don't have your ${named} logged as an injury — please log it with a 0–10 pain level so I can track it. If it's above 5, don't sprint on it and get it checked.`,
    );
  }

  if (injuries.length === 0) {
    parts.push(
      `I don't see an active injury on your profile, ${firstName(ctx)}. If something hurts, log it (body part and a 0–10 pain level) so I can track it.`,
    );
    parts.push(general);
    parts.push("And if the pain is sharp, sudden or you can't walk normally, don't sprint — get it checked first.");
    return sentence(parts);
  }

  let worst = -1;
  let anyActive = false;
  for (const i of injuries) {
    const name = injuryName(i);
    anyActive ||= i.status === "active";
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

  parts.push("\n\nMy advice:");
  if (anyActive)
    parts.push("please don't sprint on an active injury — no max-velocity, blocks or speed work until it's cleared.");
  if (worst > 5) {
    parts.push(
      `With pain at ${worst}/10 (above 5), stop loading that area and see a physio or doctor before you train it again. Don't train through this pain.`,
    );
  } else if (worst >= 4) {
    parts.push(
      `Pain at ${worst}/10 is acceptable with care: keep the load moderate, and stop if it climbs above 5 or is worse the next morning.`,
    );
  } else if (worst >= 0) {
    parts.push(
      `Pain at ${worst}/10 is in the safe zone, so gentle, progressive loading is fine — keep logging it and back off if it rises above 3.`,
    );
  }

  const drills = ctx.recommended_drills.slice(0, 3);
  if (drills.length > 0) {
    parts.push(`\n\nWhat you can do instead:\n${drills.map((d) => `- ${d.name}: ${d.reason}`).join("\n")}`);
  }
  return sentence(parts);
}

// ── goals ──────────────────────────────────────────────────────────────────────────────────────────────────────

export function goalsAnswer(ctx: Ctx): string {
  if (!ctx) return `${NO_DATA} Set a goal with a baseline, a target and a date and I'll track your progress.`;
  const parts: string[] = [];
  if (ctx.goals.length === 0) {
    parts.push(
      `You don't have an active goal yet, ${firstName(ctx)}. Add one (a metric, a target and a date) on the Goals page and I'll track it.`,
    );
  } else {
    parts.push(`Here's where your goals stand, ${firstName(ctx)}:`);
    parts.push(
      `\n${ctx.goals
        .map((g) => {
          const flag = g.behind_schedule
            ? " — behind schedule (under 70% with less than 30 days to go), so it may be time to adjust the plan or the date"
            : "";
          return `- ${g.title}: ${num(g.progress_pct)}% of the way, target ${safeDay(g.target_date)}${flag}.`;
        })
        .join("\n")}`,
    );
  }
  if (ctx.personal_bests.length > 0) {
    parts.push(
      `\n\nYour personal bests: ${list(ctx.personal_bests.map((p) => `${p.metric} ${num(p.value)} ${p.unit} (${safeDay(p.date)})`))}.`,
    );
  }
  if (ctx.next_competition) {
    parts.push(`Next up: ${ctx.next_competition.title} on ${safeDay(ctx.next_competition.date)}.`);
  }
  return sentence(parts);
}

// ── coach notes ────────────────────────────────────────────────────────────────────────────────────────────────

export function coachAnswer(ctx: Ctx): string {
  if (!ctx) return `${NO_DATA} Notes your coach leaves on your sessions show on your dashboard.`;
  if (ctx.coach_notes.length === 0) {
    return `No notes from your coach yet, ${firstName(ctx)}. When your coach leaves one on a session or on something I noticed, it shows on your dashboard and I'll have it here too.`;
  }
  const latest = ctx.coach_notes.map((n) => `- ${n.coach}, ${safeDay(n.date)}, on ${n.about}: “${n.body}”`).join("\n");
  return `Here's what your coach said lately, ${firstName(ctx)}:\n${latest}\n\nWant me to help you act on it?`;
}

// ── drills ─────────────────────────────────────────────────────────────────────────────────────────────────────

export function drillsAnswer(ctx: Ctx): string {
  if (!ctx) {
    return `${NO_DATA} A good default sprint warm-up: easy jog, dynamic mobility, A-skips, B-skips, straight-leg bounds and 2–3 build-ups.`;
  }
  const drills = ctx.recommended_drills.slice(0, 5);
  if (drills.length === 0) {
    return `I don't have drill picks for you yet, ${firstName(ctx)}. The Drills page lists the whole library by category and level.`;
  }
  const parts: string[] = [];
  const active = ctx.injuries.filter((i) => i.status === "active");
  if (active.length > 0) {
    parts.push(
      `Because your ${list(active.map(injuryName))} is active, I've left out drills that load it — these keep you moving safely:`,
    );
  } else {
    parts.push(`For your level (${ctx.experience_level}), these are my top picks, ${firstName(ctx)}:`);
  }
  parts.push(`\n${drills.map((d, i) => `${i + 1}. ${d.name} — ${d.reason}`).join("\n")}`);
  return sentence(parts);
}

// ── mental ─────────────────────────────────────────────────────────────────────────────────────────────────────

const MENTAL_RULES: { pattern: RegExp; slugs: string[]; types: string[] }[] = [
  {
    pattern: /nervous|nerves|anxious|anxiety|jitters|butterflies|panic|scared|afraid|worried|pressure|choke/,
    slugs: ["double-inhale-before-blocks", "reframe-pre-race-nerves", "box-breathing"],
    types: ["breathing", "cognitive"],
  },
  {
    pattern: /visuali[sz]|imagery|imagine|rehears/,
    slugs: ["perfect-block-start", "race-day-walkthrough"],
    types: ["visualization"],
  },
  { pattern: /breath/, slugs: ["box-breathing", "double-inhale-before-blocks"], types: ["breathing"] },
  { pattern: /sleep/, slugs: ["four-seven-eight-sleep", "body-scan"], types: ["breathing", "meditation"] },
  {
    pattern: /focus|concentrat|distract/,
    slugs: ["cue-words", "ten-minute-focus-meditation"],
    types: ["meditation", "cognitive"],
  },
  {
    pattern: /confiden|doubt|believe/,
    slugs: ["three-wins-journal", "sprint-affirmations"],
    types: ["journaling", "affirmation"],
  },
  { pattern: /injur|rehab|hurt/, slugs: ["healing-imagery"], types: ["visualization"] },
  {
    pattern: /bad race|mistake|false start|lost|disappoint/,
    slugs: ["next-rep-reset", "post-race-debrief"],
    types: ["cognitive", "journaling"],
  },
  {
    pattern: /race|competition|meet/,
    slugs: ["race-day-walkthrough", "competition-day-timeline"],
    types: ["visualization", "planning"],
  },
  { pattern: /stress|calm|relax/, slugs: ["box-breathing", "body-scan"], types: ["breathing", "meditation"] },
];

interface MentalPick {
  slug: string;
  name: string;
  type: string;
  duration_min: number;
  description?: string;
}

/** Picks 1–3 exercises that fit the message, preferring the athlete's context list, else the built-in library. */
export function pickMentalExercises(ctx: Ctx, message: string): MentalPick[] {
  const text = message.toLowerCase();
  const library: MentalPick[] = MENTAL_EXERCISES.map((e) => ({
    slug: e.slug,
    name: e.name,
    type: e.type,
    duration_min: e.durationMin,
    description: e.description,
  }));
  const pool: MentalPick[] =
    ctx && ctx.mental_exercises.length > 0
      ? ctx.mental_exercises.map((e) => ({
          ...e,
          description: library.find((l) => l.slug === e.slug)?.description,
        }))
      : library;
  const picks: MentalPick[] = [];
  const add = (p: MentalPick | undefined) => {
    if (p && picks.length < 3 && !picks.some((x) => x.slug === p.slug)) picks.push(p);
  };
  for (const rule of MENTAL_RULES) {
    if (!rule.pattern.test(text)) continue;
    for (const slug of rule.slugs) add(pool.find((p) => p.slug === slug) ?? library.find((p) => p.slug === slug));
    for (const type of rule.types) add(pool.find((p) => p.type === type));
  }
  if (picks.length === 0) {
    add(pool.find((p) => p.slug === "box-breathing") ?? pool[0]);
    add(pool.find((p) => p.type === "visualization" && !picks.some((x) => x.slug === p.slug)));
  }
  return picks.slice(0, 3);
}

export function mentalAnswer(ctx: Ctx, message: string): string {
  const picks = pickMentalExercises(ctx, message);
  const text = message.toLowerCase();
  const parts: string[] = [];
  const name = firstName(ctx);
  if (/nervous|nerves|anxious|anxiety|jitters|butterflies|scared|worried/.test(text)) {
    parts.push(
      `Feeling nervous before a race is normal${name ? `, ${name}` : ""} — it's your body getting ready to run fast. The goal isn't to kill the nerves but to channel them.`,
    );
  } else {
    parts.push(`Good call working on the mental side${name ? `, ${name}` : ""}. Here's what I'd try:`);
  }
  parts.push(
    `\n${picks
      .map((p) => `- ${p.name} (${p.type}, ${p.duration_min} min)${p.description ? `: ${p.description}` : ""}`)
      .join("\n")}`,
  );
  if (ctx?.next_competition) {
    parts.push(
      `\n\nWith ${ctx.next_competition.title} on ${safeDay(ctx.next_competition.date)}, practise these in training first so they feel automatic on the day.`,
    );
  } else {
    parts.push("\n\nPractise them in training first so they feel automatic on race day.");
  }
  parts.push("You'll find the full steps on the Mental page.");
  return sentence(parts);
}

// ── definitions ────────────────────────────────────────────────────────────────────────────────────────────────

export function defineAnswer(ctx: Ctx, message: string, term: Term | null = detectTerm(message)): string {
  switch (term) {
    case "acwr":
    case "ewma": {
      const base =
        "ACWR (acute:chronic workload ratio) compares your recent load with what you're used to: the acute load is the last 7 days and the chronic load the last 28 days, each an exponentially weighted moving average (EWMA, λ = 2/(N+1), so recent days count more; Williams et al. 2017). Session load is RPE × minutes. The sweet spot is 0.8–1.3; above 1.5 is the danger zone, where injury risk climbs.";
      const own =
        ctx?.load.acwr != null
          ? ` Yours is ${describeAcwr(ctx.load.acwr, ctx.load.zone)} (acute ${num(ctx.load.acute)} vs chronic ${num(ctx.load.chronic)}).`
          : "";
      return base + own;
    }
    case "rpe": {
      const base =
        "RPE (rating of perceived exertion) is how hard the whole session felt, on a 1–10 scale: 1 is very easy, 10 is maximal. Session load = RPE × minutes (Foster's sRPE): RPE 7 for 45 minutes is a load of 315.";
      const parts: string[] = [base];
      if (ctx?.week.average_rpe != null)
        parts.push(`Your average RPE over the last 7 days is ${num(ctx.week.average_rpe)}.`);
      if (ctx?.last_session) {
        const s = ctx.last_session;
        parts.push(
          `Your last session was RPE ${s.rpe} for ${s.duration_min} min — a load of ${s.rpe * s.duration_min}.`,
        );
      }
      return sentence(parts);
    }
    case "load": {
      const base =
        "Session load (Foster's session-RPE method) is RPE × minutes: a 60-minute session at RPE 6 is 360 units. Summing it over 7 days gives your acute load, over 28 days your chronic load; their ratio is the ACWR.";
      return ctx
        ? `${base} Your acute load is ${num(ctx.load.acute)} and your chronic load ${num(ctx.load.chronic)}.`
        : base;
    }
    case "monotony":
    case "strain": {
      const base =
        "Monotony (Foster) is your mean daily load divided by its standard deviation over 7 days, with rest days counting as 0. Above 2.0 means your days are too alike — hard days not hard enough, easy days not easy enough — which raises illness and overtraining risk. Strain is weekly load × monotony.";
      return ctx?.load.monotony != null
        ? `${base} Your monotony is ${num(ctx.load.monotony)}${ctx.load.monotony > MONOTONY_HIGH ? ", which is high" : ", which is fine"}.`
        : base;
    }
    case "hooper":
      return "The Hooper index is a quick daily wellness check: rate sleep, stress, fatigue and muscle soreness each from 1 (best) to 7 (worst) and add them up, so it runs from 4 to 28. Lower is better; a score above 12 suggests you're not recovering well and I'll flag it. Log it in the morning, before training.";
    case "fat":
      return "FAT is fully automatic timing: the clock starts from the gun and stops on a photo-finish, to 0.01 s. Hand timing reacts late to the gun, so hand times are quicker. To compare, round the hand time up to the next 0.1 s and add 0.24 s for races up to 200 m (0.14 s at 400 m): a hand-timed 10.5 is about 10.74 FAT. I always convert hand times before comparing or counting a personal best.";
    case "wind":
      return "In the 100 m, 200 m and the hurdles, a tailwind over +2.0 m/s makes a mark wind-aided: it stands as a result but can't be a record or a personal best here. +2.0 exactly is legal. I also show a still-air equivalent (Moinat, Fabius & Emanuel 2018): for example, 10.00 s with +2.0 m/s is worth about 10.08 s in still air.";
    default:
      return "I can explain ACWR, RPE and session load, monotony and strain, the Hooper wellness index, FAT vs hand timing and wind-aided marks. Which one would you like?";
  }
}

// ── greeting and unknown ───────────────────────────────────────────────────────────────────────────────────────

const CAPABILITIES = [
  "summarise your training week, load and ACWR",
  "check an injury against the pain rules",
  "show your goal progress and PBs",
  "pick drills and mental exercises for you",
  'log a session you describe (like "6x30m flys, RPE 7, 45 min")',
  "explain terms like ACWR, RPE, monotony or FAT timing",
];

export function greetingAnswer(ctx: Ctx): string {
  const name = firstName(ctx);
  const parts = [`Hi${name ? ` ${name}` : ""}! I'm Aria, your sprint training companion.`];
  if (ctx) {
    const flagged = sortedSuggestions(ctx)[0];
    parts.push(
      `You've done ${count(ctx.week.sessions, "session")} (${ctx.week.minutes} min) in the last 7 days.${flagged ? ` One thing on my radar: ${flagged.title.charAt(0).toLowerCase()}${flagged.title.slice(1)}.` : ""}`,
    );
  }
  parts.push(`I can ${list(CAPABILITIES)}. What would you like to do?`);
  return sentence(parts);
}

export function unknownAnswer(ctx: Ctx): string {
  const name = firstName(ctx);
  return sentence([
    `Sorry${name ? ` ${name}` : ""}, I'm not sure I can answer that one — I'm the built-in model, and I only answer from your training data and a few sprint topics.`,
    `Here's what I can do: ${list(CAPABILITIES)}.`,
    "Try asking one of those!",
  ]);
}

// ── logging a session ──────────────────────────────────────────────────────────────────────────────────────────

/** Ask for exactly what's missing: "How long was it, and how hard (RPE 1–10)?". */
export function askMissingAnswer(
  missing: MissingField[],
  invalid: { rpe?: number; duration_min?: number } = {},
): string {
  const notes: string[] = [];
  if (invalid.rpe !== undefined) notes.push(`RPE ${num(invalid.rpe)} isn't on the 1–10 scale.`);
  if (invalid.duration_min !== undefined)
    notes.push(`${num(invalid.duration_min)} minutes is outside what I can log (1–600 minutes).`);
  const asks: string[] = [];
  if (missing.includes("type"))
    asks.push("what kind of session was it (e.g. acceleration, max velocity, tempo, strength)");
  if (missing.includes("duration")) asks.push("how long was it");
  if (missing.includes("rpe")) asks.push("how hard (RPE 1–10)");
  const q =
    asks.length === 0
      ? ""
      : asks.length === 1
        ? asks[0]!
        : `${asks.slice(0, -1).join(", ")}, and ${asks[asks.length - 1]}`;
  const question = q ? `${q.charAt(0).toUpperCase()}${q.slice(1)}?` : "";
  return sentence([notes.length > 0 ? notes.join(" ") : "I'd love to log that session for you.", question]);
}

function sessionLine(args: LogSessionArgs): string {
  const when = args.date ? ` on ${safeDay(args.date)}` : "";
  return `${typeLabel(args.type)}, ${args.duration_min} min at RPE ${args.rpe}${when}`;
}

/** After the tool ran: confirm what was logged, its load, and one remark from the context. */
export function loggedAnswer(ctx: Ctx, args: LogSessionArgs, failure: string | null = null): string {
  if (failure) {
    return `I couldn't log that session (${sessionLine(args)}): ${failure}. You can add it on the Sessions page instead.`;
  }
  const load = args.rpe * args.duration_min;
  const parts = [
    `Logged: ${sessionLine(args)} — a session load of ${load} (RPE ${args.rpe} × ${args.duration_min} min).`,
  ];
  const activeInjury = ctx?.injuries.find((i) => i.status === "active");
  if (activeInjury && args.type !== "recovery") {
    const pain = activeInjury.latest_pain ? ` (latest pain ${activeInjury.latest_pain.level}/10)` : "";
    parts.push(
      `One thing: your ${injuryName(activeInjury)} is still active${pain}, so please keep the next sessions to recovery work that doesn't load it.`,
    );
  } else if (ctx?.load.acwr != null && (ctx.load.zone ?? acwrZone(ctx.load.acwr)) !== "sweet_spot") {
    const z = ctx.load.zone ?? acwrZone(ctx.load.acwr);
    const advice =
      z === "low"
        ? "build back up gradually rather than all at once."
        : "consider an easier day next to let your body absorb the work.";
    parts.push(`Before this session your ACWR was ${describeAcwr(ctx.load.acwr, z)} — ${advice}`);
  } else if (args.rpe >= 8) {
    parts.push("That was a hard one — prioritise sleep and keep tomorrow easy.");
  } else {
    parts.push("Nice work — that fits well with your current load.");
  }
  return sentence(parts);
}

/** When the log_session tool isn't available in this conversation. */
export function logWithoutToolAnswer(args: LogSessionArgs | null): string {
  const what = args ? ` (${sessionLine(args)}, load ${args.rpe * args.duration_min})` : "";
  return `I can't save sessions from this chat right now, but you can log it${what} on the Sessions page: choose "Log session", pick the type, the date, the minutes and the RPE (1–10), and save.`;
}
