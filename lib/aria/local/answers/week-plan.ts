import { typeLabel } from "@/lib/analysis/format";
import type { AthleteContext } from "@/lib/aria/context-types";
import { plural } from "@/lib/core/words";
import { type Ctx, capitalize, firstName, NO_DATA, safeDay } from "./phrasing";

/**
 * "What did my coach plan this week?": the week's planned sessions (PRODUCT 4.10) as the context carries them, one
 * line a day with what was done, what is today and what is still to come, and the count done so far.
 */

type Planned = AthleteContext["plan_this_week"][number];

function sessionWords(p: Planned): string {
  const parts = [capitalize(typeLabel(p.type))];
  if (p.duration_min !== null) parts.push(`${p.duration_min} min`);
  if (p.rpe !== null) parts.push(`RPE ${p.rpe}`);
  const line = parts.join(", ");
  return p.reps ? `${line} — ${p.reps}` : line;
}

function status(p: Planned, today: string): string {
  if (p.done) return "done";
  if (p.date === today) return "today";
  return p.date < today ? "missed" : "to come";
}

export function weekPlanAnswer(ctx: Ctx): string {
  if (!ctx) return `${NO_DATA} Your coach's plan shows on your dashboard.`;
  const plan = [...ctx.plan_this_week].sort((a, b) => a.date.localeCompare(b.date));
  if (plan.length === 0) {
    return `Nothing is planned for this week yet, ${firstName(ctx)}. When your coach plans sessions (or you plan your own on the Calendar page) I'll walk you through them. Ask me "what should I do today?" for today's session.`;
  }
  const lines = plan.map((p) => `- ${safeDay(p.date)}: ${sessionWords(p)} (${status(p, ctx.as_of)})`);
  const past = plan.filter((p) => p.date < ctx.as_of || p.done);
  const done = past.filter((p) => p.done).length;
  const tally =
    past.length === 0
      ? "The week starts now."
      : `${done} of ${plural(past.length, "planned session")} done so far${done === past.length ? " — all on plan." : "."}`;
  return `This week's plan, ${firstName(ctx)}:\n${lines.join("\n")}\n\n${tally}`;
}
