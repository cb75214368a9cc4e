import { and, desc, eq, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { coachNotes, notifications, suggestions, trainingSessions, users } from "@/db/schema";
import { isLinkedCoach } from "@/lib/coach/links";
import { errors } from "@/lib/core/errors";
import { uuidField } from "@/lib/core/validation";
import {
  type CoachNoteInput,
  GENERAL_NOTE_LABEL,
  type NoteTargetType,
  sessionNoteLabel,
  suggestionNoteLabel,
} from "./note-input";

/**
 * Coach notes: a coach leaves a note on one of a linked athlete's sessions or suggestions, or a general note about
 * the athlete; the athlete sees it on their dashboard and in their notifications. Only the two of them can read it: a coach lists only the notes they
 * wrote, an athlete only the notes left for them, and a coach who is not linked gets a 404 as for any athlete.
 */

/** Notes shown on the athlete's dashboard and listed by the API. */
const NOTES_LISTED = 20;
const NOTIFICATION_PREVIEW_CHARS = 140;

export interface CoachNoteDto {
  id: string;
  coach: { id: string; name: string };
  athlete_id: string;
  /** "athlete" for a general note, which is about no one session or suggestion. */
  target_type: NoteTargetType;
  target_id: string | null;
  /** What the note is about, in words (note-input.ts). */
  target_label: string;
  body: string;
  created_at: string;
}

async function noteRows(db: Database, where: SQL | undefined, limit: number): Promise<CoachNoteDto[]> {
  const rows = await db
    .select({
      id: coachNotes.id,
      coachId: coachNotes.coachId,
      coachName: users.name,
      athleteId: coachNotes.athleteId,
      body: coachNotes.body,
      createdAt: coachNotes.createdAt,
      sessionId: trainingSessions.id,
      sessionDate: trainingSessions.date,
      sessionType: trainingSessions.type,
      sessionMinutes: trainingSessions.durationMin,
      sessionRpe: trainingSessions.rpe,
      suggestionId: suggestions.id,
      suggestionTitle: suggestions.title,
    })
    .from(coachNotes)
    .innerJoin(users, eq(users.id, coachNotes.coachId))
    .leftJoin(trainingSessions, eq(trainingSessions.id, coachNotes.sessionId))
    .leftJoin(suggestions, eq(suggestions.id, coachNotes.suggestionId))
    .where(where)
    .orderBy(desc(coachNotes.createdAt), desc(coachNotes.id))
    .limit(limit);
  return rows.map((row) => {
    const who = { id: row.id, coach: { id: row.coachId, name: row.coachName }, athlete_id: row.athleteId };
    const written = { body: row.body, created_at: row.createdAt.toISOString() };
    if (row.sessionId !== null) {
      const label = sessionNoteLabel({
        type: row.sessionType!,
        date: row.sessionDate!,
        durationMin: row.sessionMinutes!,
        rpe: row.sessionRpe!,
      });
      return { ...who, target_type: "session", target_id: row.sessionId, target_label: label, ...written };
    }
    if (row.suggestionId !== null) {
      const label = suggestionNoteLabel(row.suggestionTitle!);
      return { ...who, target_type: "suggestion", target_id: row.suggestionId, target_label: label, ...written };
    }
    return { ...who, target_type: "athlete", target_id: null, target_label: GENERAL_NOTE_LABEL, ...written };
  });
}

async function requireLinked(db: Database, coachId: string, athleteId: string): Promise<void> {
  if (!uuidField.safeParse(athleteId).success || !(await isLinkedCoach(db, coachId, athleteId))) {
    throw errors.notFound("athlete");
  }
}

/** The session or suggestion a note is on, checked to be the athlete's own; null for a general note. */
async function ownTarget(db: Database, athleteId: string, input: CoachNoteInput): Promise<string | null> {
  if (input.target_type === "athlete") return null;
  // coachNoteInput requires an id for a session or suggestion; a caller that skipped it gets the same answer.
  if (input.target_id == null) throw errors.validation({ target_id: `is required for a ${input.target_type} note` });
  const table = input.target_type === "session" ? trainingSessions : suggestions;
  const [target] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, input.target_id), eq(table.userId, athleteId)))
    .limit(1);
  if (!target) {
    throw errors.validation({
      target_id: `is not one of this athlete's ${input.target_type === "session" ? "sessions" : "suggestions"}`,
    });
  }
  return target.id;
}

/** What the notification says the note is on, before its first words. */
function notificationLead(note: CoachNoteDto): string {
  if (note.target_type === "session") return `Your session ${note.target_label}`;
  if (note.target_type === "suggestion") return `Aria’s suggestion ${note.target_label}`;
  return note.target_label;
}

/**
 * Writes the note and tells the athlete, in one transaction; a session or suggestion must be the athlete's own, and a
 * general note needs only the link.
 */
export async function createCoachNote(
  db: Database,
  coachId: string,
  athleteId: string,
  input: CoachNoteInput,
): Promise<CoachNoteDto> {
  await requireLinked(db, coachId, athleteId);
  return db.transaction(async (tx) => {
    const targetId = await ownTarget(tx, athleteId, input);
    const [note] = await tx
      .insert(coachNotes)
      .values({
        coachId,
        athleteId,
        sessionId: input.target_type === "session" ? targetId : null,
        suggestionId: input.target_type === "suggestion" ? targetId : null,
        body: input.body,
      })
      .returning({ id: coachNotes.id });
    const [written] = await noteRows(tx, eq(coachNotes.id, note!.id), 1);
    const preview =
      input.body.length > NOTIFICATION_PREVIEW_CHARS
        ? `${input.body.slice(0, NOTIFICATION_PREVIEW_CHARS - 1).trimEnd()}…`
        : input.body;
    await tx.insert(notifications).values({
      userId: athleteId,
      kind: "coach_note",
      title: `${written!.coach.name} left you a note`,
      body: `${notificationLead(written!)}: ${preview}`,
      link: "/dashboard#coach-notes",
      refId: note!.id,
    });
    return written!;
  });
}

/** The notes this coach left for this athlete, newest first. */
export async function notesByCoach(db: Database, coachId: string, athleteId: string): Promise<CoachNoteDto[]> {
  await requireLinked(db, coachId, athleteId);
  return noteRows(db, and(eq(coachNotes.coachId, coachId), eq(coachNotes.athleteId, athleteId)), NOTES_LISTED);
}

/** The notes left for this athlete by any of their coaches, newest first. */
export async function notesForAthlete(db: Database, athleteId: string): Promise<CoachNoteDto[]> {
  return noteRows(db, eq(coachNotes.athleteId, athleteId), NOTES_LISTED);
}

/** The coach takes back a note they wrote; its notification goes with it. */
export async function deleteCoachNote(db: Database, coachId: string, athleteId: string, noteId: string) {
  await requireLinked(db, coachId, athleteId);
  if (!uuidField.safeParse(noteId).success) throw errors.notFound("note");
  await db.transaction(async (tx) => {
    const deleted = await tx
      .delete(coachNotes)
      .where(and(eq(coachNotes.id, noteId), eq(coachNotes.coachId, coachId), eq(coachNotes.athleteId, athleteId)))
      .returning({ id: coachNotes.id });
    if (deleted.length === 0) throw errors.notFound("note");
    await tx
      .delete(notifications)
      .where(
        and(eq(notifications.userId, athleteId), eq(notifications.kind, "coach_note"), eq(notifications.refId, noteId)),
      );
  });
}
