import { Card } from "@/components/ui/card";
import type { CoachNoteDto } from "@/lib/coach/notes";
import { formatDate } from "@/lib/core/dates";
import { plural } from "@/lib/core/words";

const SHOWN_OPEN = 3;

/** "on your session, …", "on Aria’s suggestion “…”", or "General note". */
function aboutLine(note: CoachNoteDto): string {
  if (note.target_type === "session") return `on your session, ${note.target_label}`;
  if (note.target_type === "suggestion") return `on Aria’s suggestion ${note.target_label}`;
  return note.target_label;
}

function NoteItem({ note, timeZone }: { note: CoachNoteDto; timeZone: string }) {
  return (
    <li className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800">
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        <span className="font-semibold text-zinc-700 dark:text-zinc-300">{note.coach.name}</span> ·{" "}
        <time dateTime={note.created_at}>{formatDate(note.created_at, { timeZone })}</time> · {aboutLine(note)}
      </p>
      <p className="mt-1 whitespace-pre-line break-words text-sm">{note.body}</p>
    </li>
  );
}

/** What the athlete's coaches wrote to them, about a session, a suggestion or in general, newest first (if any). */
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
