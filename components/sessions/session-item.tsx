"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DeleteButtons, useConfirmedDelete } from "@/components/ui/confirm-delete-button";
import { FormMessage } from "@/components/ui/form-message";
import { dayLabel } from "@/lib/analysis/format";
import { sessionTypeLabel } from "./labels";
import { SessionFacts } from "./session-facts";
import { SessionForm, type SessionValues } from "./session-form";

/** One logged session with its load, and Edit (inline) and Delete (with a confirming second tap). */
export function SessionItem({ session, today }: { session: SessionValues; today: string }) {
  const [editing, setEditing] = useState(false);
  const deletion = useConfirmedDelete(`/api/v1/sessions/${encodeURIComponent(session.id)}`);
  const label = `${sessionTypeLabel(session.type)} on ${dayLabel(session.date)}`;

  if (editing) {
    return (
      <li aria-label={label} className="rounded-xl border border-track-200 p-3 dark:border-track-900/60">
        <p className="mb-3 text-sm font-semibold">Edit {label.toLowerCase()}</p>
        <SessionForm today={today} initial={session} onDone={() => setEditing(false)} />
      </li>
    );
  }

  return (
    <li aria-label={label} className="py-3" data-session-id={session.id}>
      <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-3">
        <SessionFacts session={session} date={dayLabel(session.date)} />
        <div className="-mr-2 flex shrink-0 justify-end gap-1 sm:mr-0">
          <DeleteButtons
            state={deletion}
            size="compact"
            idle={
              <Button variant="ghost" size="compact" onClick={() => setEditing(true)}>
                Edit
              </Button>
            }
          />
        </div>
      </div>
      {deletion.error ? (
        <div className="mt-2">
          <FormMessage>{deletion.error}</FormMessage>
        </div>
      ) : null}
    </li>
  );
}
