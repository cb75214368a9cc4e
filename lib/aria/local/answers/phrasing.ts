import { dayLabel, injuryLabel, num } from "@/lib/analysis/format";
import { acwrZone } from "@/lib/analysis/load";
import { comparePriority } from "@/lib/analysis/suggestions";
import { ACWR_DANGER, ACWR_SWEET_SPOT_HIGH, ACWR_SWEET_SPOT_LOW } from "@/lib/analysis/thresholds";
import type { AcwrZone } from "@/lib/analysis/types";
import type { AthleteContext } from "@/lib/aria/context-types";

/**
 * Phrasing shared by the answers. Every answer quotes the athlete's own numbers from the context and still says
 * something useful when the context is missing; the rules and their numbers come from lib/analysis, so the chat
 * never disagrees with the engine. Pure: same input, same words.
 */

export type Ctx = AthleteContext | null;

export const NO_DATA =
  "I can't see your training data right now, so I can't quote your numbers. Once your sessions load I'll be able to be specific.";

export const SWEET_SPOT_RANGE = `${ACWR_SWEET_SPOT_LOW}–${ACWR_SWEET_SPOT_HIGH}`;

export const CAPABILITIES = [
  "tell you whether you're good to go today, and what your session is",
  "summarise your training week, load and ACWR",
  "check an injury against the pain rules",
  "show your goal progress and PBs",
  "pick drills and mental exercises for you",
  'log a session you describe (like "6x30m flys, RPE 7, 45 min")',
  "explain terms like ACWR, RPE, monotony or FAT timing",
];

export function firstName(ctx: Ctx): string {
  return ctx?.name?.trim().split(/\s+/)[0] ?? "";
}

/** The context is parsed from a prompt, so a date that isn't ISO is quoted as it came rather than misread. */
export function safeDay(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? dayLabel(date) : date;
}

export function sentence(items: string[]): string {
  return items.filter(Boolean).join(" ");
}

/** "1.62 — above the 1.5 danger line"; the zone the context carries wins, as the engine computed it. */
export function describeAcwr(acwr: number, zone?: AcwrZone | null): string {
  const value = num(acwr);
  switch (zone ?? acwrZone(acwr)) {
    case "danger":
      return `${value} — above the ${ACWR_DANGER} danger line, so your recent load has jumped well beyond what you're used to`;
    case "elevated":
      return `${value} — above the ${SWEET_SPOT_RANGE} sweet spot, though still under the ${ACWR_DANGER} danger line`;
    case "low":
      return `${value} — below the ${SWEET_SPOT_RANGE} sweet spot, so this week is lighter than your usual load`;
    case "sweet_spot":
      return `${value} — inside the ${SWEET_SPOT_RANGE} sweet spot`;
    default:
      return value;
  }
}

export function bySuggestionPriority(ctx: AthleteContext): AthleteContext["suggestions"] {
  return [...ctx.suggestions].sort((a, b) => comparePriority(a.priority, b.priority));
}

const NAMED_BODY_PART =
  /\b(foot|ankle|achilles|calf|shin|knee|hamstring|quad|hip|groin|glute|lower back|back|shoulder|heel|adductor)\b/;

/** The body part a message names when none of the athlete's current injuries is that part ("my calf", a hamstring logged). */
export function unloggedBodyPart(ctx: AthleteContext, message: string): string | null {
  const text = message.toLowerCase();
  const named = text.match(NAMED_BODY_PART)?.[1];
  if (!named) return null;
  return ctx.injuries.some((i) => text.includes(i.body_part.toLowerCase())) ? null : named;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A partial context may carry no side at all, which reads as "none". */
export function injuryName(injury: AthleteContext["injuries"][number]): string {
  return injuryLabel({ bodyPart: injury.body_part, side: injury.side || "none" });
}
