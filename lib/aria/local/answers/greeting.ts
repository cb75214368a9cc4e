import { count, list } from "@/lib/analysis/format";
import { ACUTE_WINDOW_DAYS } from "@/lib/analysis/thresholds";
import { bySuggestionPriority, CAPABILITIES, type Ctx, firstName, sentence } from "./phrasing";

export function greetingAnswer(ctx: Ctx): string {
  const name = firstName(ctx);
  const parts = [`Hi${name ? ` ${name}` : ""}! I'm Aria, your sprint training companion.`];
  if (ctx) {
    const flagged = bySuggestionPriority(ctx)[0];
    const radar = flagged
      ? ` One thing on my radar: ${flagged.title.charAt(0).toLowerCase()}${flagged.title.slice(1)}.`
      : "";
    parts.push(
      `You've done ${count(ctx.week.sessions, "session")} (${ctx.week.minutes} min) in the last ${ACUTE_WINDOW_DAYS} days.${radar}`,
    );
  }
  parts.push(`I can ${list(CAPABILITIES)}. What would you like to do?`);
  return sentence(parts);
}
