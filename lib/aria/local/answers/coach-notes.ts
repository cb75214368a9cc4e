import { type Ctx, firstName, NO_DATA, safeDay } from "./phrasing";

export function coachAnswer(ctx: Ctx): string {
  if (!ctx) return `${NO_DATA} Notes your coach leaves on your sessions show on your dashboard.`;
  if (ctx.coach_notes.length === 0) {
    return `No notes from your coach yet, ${firstName(ctx)}. When your coach leaves one on a session or on something I noticed, it shows on your dashboard and I'll have it here too.`;
  }
  const latest = ctx.coach_notes.map((n) => `- ${n.coach}, ${safeDay(n.date)}, on ${n.about}: “${n.body}”`).join("\n");
  return `Here's what your coach said lately, ${firstName(ctx)}:\n${latest}\n\nWant me to help you act on it?`;
}
