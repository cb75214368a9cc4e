import { Card } from "@/components/ui/card";
import type { CoachNoteDto } from "@/lib/coach/notes";
import { formatDate } from "@/lib/core/dates";
import { plural } from "@/lib/core/words";

const SHOWN_OPEN = 3;

function NoteItem({ note, timeZone }: { note: CoachNoteDto; timeZone: string }) {
  return (
    <li className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        <span className="font-semibold text-zinc-700 dark:text-zinc-300">{note.coach.name}</span> ·{" "}
        <time dateTime={note.created_at}>{formatDate(note.created_at, { timeZone })}</time> · on{" "}
        {note.target_type === "session" ? "your session, " : "Aria’s suggestion "}
        {note.target_label}
      </p>
      <p className="mt-1 whitespace-pre-line break-words text-sm">{note.body}</p>
    </li>
  );
}

/** What the athlete's coaches wrote on their sessions and suggestions, newest first (shown when there is any). */
export function CoachNotesCard({ notes, timeZone }: { notes: CoachNoteDto[]; timeZone: string }) {
  if (notes.length === 0) return null;
  const [recent, earlier] = [notes.slice(0, SHOWN_OPEN), notes.slice(SHOWN_OPEN)];
  return (
    <Card id="coach-notes" title="From your coach">
      <ul aria-label="Notes from your coach" className="space-y-2">
        {recent.map((note) => (
          <NoteItem key={note.id} note={note} timeZone={timeZone} />
        ))}
      </ul>
      {earlier.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-medium text-track-700 dark:text-track-300">
            {plural(earlier.length, "earlier note")}
          </summary>
          <ul className="mt-2 space-y-2">
            {earlier.map((note) => (
              <NoteItem key={note.id} note={note} timeZone={timeZone} />
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}
