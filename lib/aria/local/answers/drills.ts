import { list } from "@/lib/analysis/format";
import { type Ctx, firstName, injuryName, NO_DATA, sentence } from "./phrasing";

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
