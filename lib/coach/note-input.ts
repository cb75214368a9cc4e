import { z } from "zod";
import { dayLabel, typeLabel } from "@/lib/analysis/format";
import type { SessionType } from "@/lib/core/domain";
import { enumField, messageField, uuidField } from "@/lib/core/validation";

/** What a coach's note is, checked the same way in the form and by the API. */

export const NOTE_MAX_CHARS = 2000;

export const coachNoteInput = z.object({
  target_type: enumField(["session", "suggestion"]),
  target_id: uuidField,
  body: messageField(NOTE_MAX_CHARS),
});
export type CoachNoteInput = z.infer<typeof coachNoteInput>;

/** What a note is about, in words: "Max velocity on Tue 24 Nov · 60 min at RPE 8", or a suggestion's title. */
export function sessionNoteLabel(session: { type: SessionType; date: string; durationMin: number; rpe: number }) {
  const type = typeLabel(session.type);
  return `${type.charAt(0).toUpperCase()}${type.slice(1)} on ${dayLabel(session.date)} · ${session.durationMin} min at RPE ${session.rpe}`;
}

export function suggestionNoteLabel(title: string): string {
  return `“${title}”`;
}
