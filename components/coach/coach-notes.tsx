"use client";

import { type FormEvent, useEffect, useId, useState } from "react";
import { CONTROL, FieldError, LABEL } from "@/components/sessions/controls";
import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitRow } from "@/components/ui/submit-row";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { coachNoteInput, NOTE_MAX_CHARS } from "@/lib/coach/note-input";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";

interface NoteTarget {
  type: "session" | "suggestion";
  id: string;
  label: string;
}

interface SentNote {
  id: string;
  target_label: string;
  body: string;
  when: string;
}

/**
 * The coach's side of notes on an athlete's drill-down: pick one of their open suggestions or recent sessions,
 * write, send; the notes already sent are listed below with a way to take one back.
 */
export function CoachNotes({
  athlete,
  targets,
  sent,
  initialTarget,
}: {
  athlete: { id: string; firstName: string };
  targets: NoteTarget[];
  sent: SentNote[];
  /** "session:<id>" or "suggestion:<id>", from a "Leave a note" link on the dashboard below. */
  initialTarget?: string;
}) {
  const ids = useId();
  const { fields, formError, pending, send } = useFormSubmit();
  const [target, setTarget] = useState("");
  // A "Leave a note" link below picks the target; what is typed so far stays.
  const targetKeys = targets.map((t) => `${t.type}:${t.id}`).join(" ");
  useEffect(() => {
    if (initialTarget && targetKeys.split(" ").includes(initialTarget)) setTarget(initialTarget);
  }, [initialTarget, targetKeys]);
  const [body, setBody] = useState("");
  const [sentMessage, setSentMessage] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSentMessage(null);
    const [type, id] = target.split(":");
    const sent = await send(
      coachNoteInput,
      { target_type: type, target_id: id, body },
      (input) => apiFetch(`/api/v1/coach/athletes/${athlete.id}/notes`, { method: "POST", json: input }),
      // Nothing picked reads as one missing choice, not two broken fields.
      {
        adjustFields: ({ target_type: _, ...rest }) =>
          target ? rest : { ...rest, target_id: "pick what the note is about" },
      },
    );
    if (!sent) return;
    setBody("");
    setSentMessage(`Sent. ${athlete.firstName} will see it on their dashboard.`);
  }

  const targetError = fields.target_id ?? fields.target_type;
  const bodyError = fields.body;
  const sessions = targets.filter((t) => t.type === "session");
  const suggestions = targets.filter((t) => t.type === "suggestion");

  return (
    <div className="space-y-5">
      {targets.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Notes go on a session or on something Aria noticed. {athlete.firstName} has neither in the last two weeks.
        </p>
      ) : (
        <form onSubmit={submit} noValidate className="space-y-3" aria-label={`Leave ${athlete.firstName} a note`}>
          <FormMessage>{formError}</FormMessage>
          <div>
            <label htmlFor={`${ids}-target`} className={LABEL}>
              About
            </label>
            <select
              id={`${ids}-target`}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              aria-invalid={targetError ? true : undefined}
              aria-describedby={targetError ? `${ids}-target-error` : undefined}
              className={CONTROL}
            >
              <option value="">Choose a session or suggestion…</option>
              {suggestions.length > 0 ? (
                <optgroup label="Aria noticed">
                  {suggestions.map((t) => (
                    <option key={t.id} value={`suggestion:${t.id}`}>
                      {t.label}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {sessions.length > 0 ? (
                <optgroup label="Sessions · last 14 days">
                  {sessions.map((t) => (
                    <option key={t.id} value={`session:${t.id}`}>
                      {t.label}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
            <FieldError id={`${ids}-target-error`} message={targetError} />
          </div>
          <div>
            <div className="flex items-baseline justify-between gap-3">
              <label htmlFor={`${ids}-body`} className={LABEL}>
                Note
              </label>
              <span className="text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
                {body.length}/{NOTE_MAX_CHARS}
              </span>
            </div>
            <textarea
              id={`${ids}-body`}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              rows={3}
              maxLength={NOTE_MAX_CHARS}
              placeholder={`What should ${athlete.firstName} know?`}
              aria-invalid={bodyError ? true : undefined}
              aria-describedby={bodyError ? `${ids}-body-error` : undefined}
              className={CONTROL}
            />
            <FieldError id={`${ids}-body-error`} message={bodyError} />
          </div>
          <SubmitRow label="Send note" pendingLabel="Sending…" pending={pending} status={sentMessage} />
        </form>
      )}

      <div>
        <h3 className="text-sm font-semibold">Sent</h3>
        {sent.length === 0 ? (
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            No notes yet. Only you and {athlete.firstName} can read what you write here.
          </p>
        ) : (
          <ul aria-label="Notes sent" className="mt-2 divide-y divide-zinc-100 dark:divide-zinc-800">
            {sent.map((note) => (
              <li key={note.id} className="flex items-start justify-between gap-3 py-2.5">
                <div className="min-w-0">
                  <p className="text-xs text-zinc-500 dark:text-zinc-400">
                    {note.when} · {note.target_label}
                  </p>
                  <p className="mt-0.5 whitespace-pre-line break-words text-sm">{note.body}</p>
                </div>
                <ConfirmDeleteButton
                  endpoint={`/api/v1/coach/athletes/${athlete.id}/notes/${note.id}`}
                  label={`the note “${sentence(note.body.slice(0, 40))}”`}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
