import { z } from "zod";
import { dayLabel, typeLabel } from "@/lib/analysis/format";
import type { SessionType } from "@/lib/core/domain";
import { enumField, messageField, uuidField } from "@/lib/core/validation";

/** What a coach's note is, checked the same way in the form and by the API. */

export const NOTE_MAX_CHARS = 2000;

export const NOTE_TARGET_TYPES = ["session", "suggestion", "athlete"] as const;
export type NoteTargetType = (typeof NOTE_TARGET_TYPES)[number];

/** What a general note, about the athlete rather than one session or suggestion, says it is about. */
export const GENERAL_NOTE_LABEL = "General note";

/**
 * A note is on one of the athlete's sessions or suggestions, named by `target_id`, or on the athlete as a whole
 * (`target_type: "athlete"`), which names nothing: an id sent with it would read as a note on something it is not.
 */
export const coachNoteInput = z
  .object({
    target_type: enumField(NOTE_TARGET_TYPES).meta({
      description: '"athlete" is a general note about the athlete, not about one session or suggestion.',
    }),
    target_id: uuidField
      .nullish()
      .meta({ description: "The session's or suggestion's id; omitted or null for a general note." }),
    body: messageField(NOTE_MAX_CHARS),
  })
  .superRefine((note, ctx) => {
    if (note.target_type === "athlete") {
      if (note.target_id != null) {
        ctx.addIssue({ code: "custom", path: ["target_id"], message: "must be omitted for a general note" });
      }
    } else if (note.target_id == null) {
      ctx.addIssue({ code: "custom", path: ["target_id"], message: `is required for a ${note.target_type} note` });
    }
  });
export type CoachNoteInput = z.output<typeof coachNoteInput>;

/** What a note is about, in words: "Max velocity on Tue 24 Nov · 60 min at RPE 8", or a suggestion's title. */
export function sessionNoteLabel(session: { type: SessionType; date: string; durationMin: number; rpe: number }) {
  const type = typeLabel(session.type);
  return `${type.charAt(0).toUpperCase()}${type.slice(1)} on ${dayLabel(session.date)} · ${session.durationMin} min at RPE ${session.rpe}`;
}

export function suggestionNoteLabel(title: string): string {
  return `“${title}”`;
}
