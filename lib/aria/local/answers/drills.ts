import { list } from "@/lib/analysis/format";
import type { AthleteContext } from "@/lib/aria/context-types";
import { type Ctx, firstName, injuryName, NO_DATA } from "./phrasing";

type Drill = AthleteContext["recommended_drills"][number];

const sentencesOf = (reason: string) =>
  reason
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The drills grouped by reason: every sentence of the reasons is said once, after the names of all the drills it
 * holds for. A sentence true of every pick is said once up front; a drill whose reasons are all shared is still named.
 */
function groupedLines(drills: readonly Drill[]): { shared: string; lines: string[] } {
  const split = drills.map((d) => sentencesOf(d.reason));
  const common: string[] = [];
  const groups: { holders: number[]; sentences: string[] }[] = [];
  const seen = new Set<string>();
  split.forEach((sentences) => {
    for (const sentence of sentences) {
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      const holders = split.flatMap((other, i) => (other.includes(sentence) ? [i] : []));
      if (drills.length > 1 && holders.length === drills.length) {
        common.push(sentence);
        continue;
      }
      const group = groups.find((g) => g.holders.join() === holders.join());
      if (group) group.sentences.push(sentence);
      else groups.push({ holders, sentences: [sentence] });
    }
  });
  const named = new Set(groups.flatMap((g) => g.holders));
  const lines = groups.map((g) => `- ${list(g.holders.map((i) => drills[i]!.name))}: ${g.sentences.join(" ")}`);
  drills.forEach((d, i) => {
    if (!named.has(i)) lines.push(`- ${d.name}`);
  });
  return { shared: common.join(" "), lines };
}

export function drillsAnswer(ctx: Ctx): string {
  if (!ctx) {
    return `${NO_DATA} A good default sprint warm-up: easy jog, dynamic mobility, A-skips, B-skips, straight-leg bounds and 2–3 build-ups.`;
  }
  const drills = ctx.recommended_drills.slice(0, 5);
  if (drills.length === 0) {
    return `I don't have drill picks for you yet, ${firstName(ctx)}. The Drills page lists the whole library by category and level.`;
  }
  const active = ctx.injuries.filter((i) => i.status === "active");
  const intro =
    active.length > 0
      ? `Because your ${list(active.map(injuryName))} is active, I've left out drills that load it — these keep you moving safely:`
      : `For your level (${ctx.experience_level}), these are my top picks, ${firstName(ctx)}:`;
  const { shared, lines } = groupedLines(drills);
  const head = shared ? `${intro.replace(/:$/, ".")} Why these: ${shared}` : intro;
  return `${head}\n${lines.join("\n")}\n\nThe steps for each are on the Drills page.`;
}
