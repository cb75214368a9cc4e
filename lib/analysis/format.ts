import type { SessionType } from "@/lib/core/domain";
import { DISPLAY_DECIMALS } from "./thresholds";

/** Wording helpers for messages: fixed English, no locale data, so the same input always reads the same. */

// "Tue 24 Nov" and "1 session" have one source each in lib/core, shared with the pages.
export { dayLabel } from "@/lib/core/dates";
export { plural as count } from "@/lib/core/words";

/** "max_velocity" → "max velocity". */
export function typeLabel(type: SessionType): string {
  return type.replace(/_/g, " ");
}

/** A number as a person reads it: at most 2 decimals, no trailing zeros. */
export function num(value: number): string {
  return String(Math.round(value * 10 ** DISPLAY_DECIMALS) / 10 ** DISPLAY_DECIMALS);
}

/** A training load in arbitrary units, whole: "2991 AU" (a chronic week of 11,965 / 4 is not "2991.25"). */
export function au(value: number): string {
  return `${Math.round(value)} AU`;
}

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "right hamstring", "ankle" (no side when it is "none" or already named). */
export function injuryLabel(injury: { bodyPart: string; side: string }): string {
  const part = injury.bodyPart.trim().toLowerCase();
  if (injury.side === "none" || part.includes(injury.side)) return part;
  if (injury.side === "both") return `${part} (both sides)`;
  return `${injury.side} ${part}`;
}

/** Code-point order: unlike `localeCompare`, it does not depend on the server's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
