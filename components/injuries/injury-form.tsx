"use client";

import { type FormEvent, useState } from "react";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { optionalText } from "@/components/ui/form-values";
import { SubmitRow } from "@/components/ui/submit-row";
import { useForm } from "@/components/ui/use-form";
import { INJURY_SEVERITIES, INJURY_SIDES } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { createInjuryInput } from "@/lib/injuries/schemas";

const SIDE_LABEL = { left: "Left", right: "Right", both: "Both sides", none: "Not applicable" } as const;
const SIDES = INJURY_SIDES.map((value) => ({ value, label: SIDE_LABEL[value] }));
const SEVERITIES = INJURY_SEVERITIES.map((value) => ({ value, label: value.charAt(0).toUpperCase() + value.slice(1) }));

/** POST /api/v1/injuries: a new injury starts active. */
export function InjuryForm({ today }: { today: string }) {
  const { formError, pending, send, values, field, choice, reset } = useForm({
    body_part: "",
    onset_date: today,
    side: "none",
    severity: "mild",
    notes: "",
  });
  const [status, setStatus] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    const body = { ...values, notes: optionalText(values.notes) };
    const sent = await send(createInjuryInput, body, () =>
      apiFetch("/api/v1/injuries", { method: "POST", json: body }),
    );
    if (!sent) return;
    setStatus("Injury reported. Log its pain each day so Aria can follow how it settles.");
    reset("body_part", "notes");
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label="Report an injury">
      <FormMessage>{formError}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Body part" placeholder="hamstring, achilles, lower back…" {...field("body_part")} />
        <Field label="Onset date" type="date" max={today} {...field("onset_date")} />
        <SelectField label="Side" options={SIDES} {...choice("side")} />
        <SelectField label="Severity" options={SEVERITIES} {...choice("severity")} />
      </div>
      <Field label="Notes" placeholder="Optional: how it happened, what makes it worse" {...field("notes")} />
      <SubmitRow label="Report injury" pendingLabel="Reporting…" pending={pending} status={status} />
    </form>
  );
}
