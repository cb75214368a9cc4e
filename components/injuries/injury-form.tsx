"use client";

import { type FormEvent, useId, useState } from "react";
import { CONTROL, LABEL } from "@/components/progress/controls";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitRow } from "@/components/ui/submit-row";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { INJURY_SEVERITIES, INJURY_SIDES } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import { createInjuryInput } from "@/lib/injuries/schemas";

const SIDE_LABEL = { left: "Left", right: "Right", both: "Both sides", none: "Not applicable" } as const;

/** POST /api/v1/injuries: a new injury starts active. */
export function InjuryForm({ today }: { today: string }) {
  const { fields, formError, pending, send } = useFormSubmit();
  const ids = useId();
  const [bodyPart, setBodyPart] = useState("");
  const [side, setSide] = useState<(typeof INJURY_SIDES)[number]>("none");
  const [severity, setSeverity] = useState<(typeof INJURY_SEVERITIES)[number]>("mild");
  const [onset, setOnset] = useState(today);
  const [notes, setNotes] = useState("");
  const [status, setStatus] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    const body = { body_part: bodyPart, side, severity, onset_date: onset, notes: notes.trim() === "" ? null : notes };
    const sent = await send(createInjuryInput, body, () =>
      apiFetch("/api/v1/injuries", { method: "POST", json: body }),
    );
    if (!sent) return;
    setStatus("Injury reported. Log its pain each day so Aria can follow how it settles.");
    setBodyPart("");
    setNotes("");
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Report an injury">
      <FormMessage>{formError}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Body part"
          name="body_part"
          id={`${ids}-part`}
          value={bodyPart}
          onChange={(e) => setBodyPart(e.target.value)}
          placeholder="hamstring, achilles, lower back…"
          error={sentence(fields.body_part)}
        />
        <Field
          label="Onset date"
          name="onset_date"
          id={`${ids}-onset`}
          type="date"
          max={today}
          value={onset}
          onChange={(e) => setOnset(e.target.value)}
          error={sentence(fields.onset_date)}
        />
        <div>
          <label htmlFor={`${ids}-side`} className={LABEL}>
            Side
          </label>
          <select
            id={`${ids}-side`}
            value={side}
            onChange={(e) => setSide(e.target.value as typeof side)}
            className={CONTROL}
          >
            {INJURY_SIDES.map((s) => (
              <option key={s} value={s}>
                {SIDE_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${ids}-severity`} className={LABEL}>
            Severity
          </label>
          <select
            id={`${ids}-severity`}
            value={severity}
            onChange={(e) => setSeverity(e.target.value as typeof severity)}
            className={CONTROL}
          >
            {INJURY_SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s.charAt(0).toUpperCase() + s.slice(1)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Field
        label="Notes"
        name="notes"
        id={`${ids}-notes`}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        placeholder="Optional: how it happened, what makes it worse"
        error={sentence(fields.notes)}
      />
      <SubmitRow label="Report injury" pendingLabel="Reporting…" pending={pending} status={status} />
    </form>
  );
}
