"use client";

import { type FormEvent, useEffect, useState } from "react";
import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";
import { Options, SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitRow } from "@/components/ui/submit-row";
import { useForm } from "@/components/ui/use-form";
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

/** The "About" choice of a general note, about the athlete rather than one session or suggestion. */
const GENERAL = "athlete";

/** The targets of one type as choices of the "About" select, whose value says the type and the id. */
function choices(targets: NoteTarget[], type: NoteTarget["type"]) {
  return targets.filter((t) => t.type === type).map((t) => ({ value: `${type}:${t.id}`, label: t.label }));
}

/**
 * The coach's side of notes on an athlete's drill-down: pick one of their open suggestions or recent sessions, or a
 * general note about the athlete, write, send; the notes already sent are listed below with a way to take one back.
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
  /**
   * "session:<id>" or "suggestion:<id>", from a "Leave a note" link on the dashboard below, or "athlete", from
   * "Write a note" at the top of the page.
   */
  initialTarget?: string;
}) {
  const { fields, formError, pending, send, values, field, reset, id } = useForm({ body: "" });
  const [target, setTarget] = useState("");
  // A "Leave a note" or "Write a note" link picks the target and puts the cursor in the note, so a keyboard user
  // who followed it types straight away; what is typed so far stays.
  const targetKeys = [GENERAL, ...targets.map((t) => `${t.type}:${t.id}`)].join(" ");
  const bodyId = id("body");
  useEffect(() => {
    if (!initialTarget || !targetKeys.split(" ").includes(initialTarget)) return;
    setTarget(initialTarget);
    document.getElementById(bodyId)?.focus();
  }, [initialTarget, targetKeys, bodyId]);
  const [sentMessage, setSentMessage] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSentMessage(null);
    const [targetType, targetId] = target.split(":");
    const sent = await send(
      coachNoteInput,
      { target_type: targetType, target_id: targetId, body: values.body },
      (input) => apiFetch(`/api/v1/coach/athletes/${athlete.id}/notes`, { method: "POST", json: input }),
      // Nothing picked reads as one missing choice, not two broken fields.
      {
        adjustFields: ({ target_type: _, ...rest }) =>
          target ? rest : { ...rest, target_id: "pick what the note is about" },
      },
    );
    if (!sent) return;
    reset();
    setSentMessage(`Sent. ${athlete.firstName} will see it on their dashboard.`);
  }

  const targetError = fields.target_id ?? fields.target_type;
  const sessions = choices(targets, "session");
  const suggestions = choices(targets, "suggestion");

  return (
    <div className="space-y-5">
      <form onSubmit={submit} noValidate className="space-y-3" aria-label={`Leave ${athlete.firstName} a note`}>
        <FormMessage>{formError}</FormMessage>
        <SelectField
          name={id("target")}
          label="About"
          value={target}
          onChange={setTarget}
          placeholder="Choose what the note is about…"
          error={targetError}
          hint={
            targets.length === 0
              ? `${athlete.firstName} has no sessions or suggestions in the last two weeks; a general note still goes.`
              : undefined
          }
        >
          <option value={GENERAL}>{`General note about ${athlete.firstName}`}</option>
          {suggestions.length > 0 ? (
            <optgroup label="Aria noticed">
              <Options options={suggestions} />
            </optgroup>
          ) : null}
          {sessions.length > 0 ? (
            <optgroup label="Sessions · last 14 days">
              <Options options={sessions} />
            </optgroup>
          ) : null}
        </SelectField>
        <TextAreaField
          label="Note"
          aside={
            <span className="text-xs tabular-nums text-zinc-500 dark:text-zinc-400">
              {values.body.length}/{NOTE_MAX_CHARS}
            </span>
          }
          rows={3}
          maxLength={NOTE_MAX_CHARS}
          placeholder={`What should ${athlete.firstName} know?`}
          {...field("body")}
        />
        <SubmitRow label="Send note" pendingLabel="Sending…" pending={pending} status={sentMessage} />
      </form>

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
