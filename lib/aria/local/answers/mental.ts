import { MENTAL_EXERCISES } from "@/lib/content/catalog/mental-exercises";
import { type Ctx, firstName, safeDay, sentence } from "./phrasing";

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
