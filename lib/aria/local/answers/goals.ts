import { list, num } from "@/lib/analysis/format";
import { BEHIND_SCHEDULE_DAYS, BEHIND_SCHEDULE_PCT } from "@/lib/analysis/thresholds";
import { type Ctx, firstName, NO_DATA, safeDay, sentence } from "./phrasing";

const BEHIND_SCHEDULE = ` — behind schedule (under ${BEHIND_SCHEDULE_PCT}% with less than ${BEHIND_SCHEDULE_DAYS} days to go), so it may be time to adjust the plan or the date`;

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
          const flag = g.behind_schedule ? BEHIND_SCHEDULE : "";
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
