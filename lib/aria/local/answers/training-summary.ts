import { count, num, typeLabel } from "@/lib/analysis/format";
import { sessionLoad } from "@/lib/analysis/load";
import {
  ACUTE_WINDOW_DAYS,
  CHRONIC_WINDOW_DAYS,
  MAX_SESSIONS_PER_WEEK,
  MIN_SESSIONS_PER_WEEK,
  MONOTONY_HIGH,
} from "@/lib/analysis/thresholds";
import {
  bySuggestionPriority,
  type Ctx,
  describeAcwr,
  firstName,
  NO_DATA,
  SWEET_SPOT_RANGE,
  safeDay,
  sentence,
} from "./phrasing";

const OPTIMAL_RANGE = `${MIN_SESSIONS_PER_WEEK}–${MAX_SESSIONS_PER_WEEK}`;

function frequencyWords(perWeek: number): string {
  if (perWeek < MIN_SESSIONS_PER_WEEK) return `under the ${OPTIMAL_RANGE} range`;
  if (perWeek > MAX_SESSIONS_PER_WEEK) return `above the ${OPTIMAL_RANGE} range`;
  return `inside the ${OPTIMAL_RANGE} range`;
}

export function trainingSummaryAnswer(ctx: Ctx): string {
  if (!ctx) {
    return `${NO_DATA} In general, aim for ${OPTIMAL_RANGE} sessions a week and keep your ACWR in the ${SWEET_SPOT_RANGE} sweet spot.`;
  }
  const w = ctx.week;
  const parts: string[] = [];
  const rpe = w.average_rpe === null ? "" : `, at an average RPE of ${num(w.average_rpe)}`;
  parts.push(
    `Here's your last ${ACUTE_WINDOW_DAYS} days, ${firstName(ctx)}: ${count(w.sessions, "session")} and ${count(w.minutes, "minute")}${rpe}.`,
  );
  const perWeek = w.sessions_per_week_28d;
  parts.push(
    `Over the last ${CHRONIC_WINDOW_DAYS} days you've averaged ${num(perWeek)} sessions a week, ${frequencyWords(perWeek)}.`,
  );
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
    const load = sessionLoad({ rpe: s.rpe, durationMin: s.duration_min });
    parts.push(
      `Last session: ${typeLabel(s.type)} on ${safeDay(s.date)}, ${s.duration_min} min at RPE ${s.rpe} (load ${load}).`,
    );
  }
  const top = bySuggestionPriority(ctx).slice(0, 3);
  if (top.length > 0) {
    parts.push(`\n\nWhat I'd pay attention to:\n${top.map((s) => `- ${s.title}: ${s.message}`).join("\n")}`);
  } else {
    parts.push("Nothing is flagged right now — keep it up.");
  }
  return sentence(parts);
}
