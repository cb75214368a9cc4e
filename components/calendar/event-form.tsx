"use client";

import { type FormEvent, useId, useState } from "react";
import { SelectField, TextAreaField } from "@/components/sessions/controls";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitRow } from "@/components/ui/submit-row";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { calendarEventInput } from "@/lib/calendar/schemas";
import { zonedTimeToUtc } from "@/lib/core/dates";
import { CALENDAR_EVENT_TYPES } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import { EVENT_TYPE_LABELS } from "./labels";

/**
 * "2026-06-14" stays a day (all-day); "2026-06-14T18:30" from a date-time box is that wall time in the athlete's
 * zone, sent as UTC because the API refuses a time without a zone.
 */
function toEventTime(value: string, timeZone: string): string | undefined {
  if (value === "") return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return value;
  const [, date = "", hour = "0", minute = "0"] = match;
  return zonedTimeToUtc(date, Number(hour), Number(minute), timeZone).toISOString();
}

export function EventForm({ today, timeZone }: { today: string; timeZone: string }) {
  const { fields, formError, pending, send } = useFormSubmit();
  const ids = useId();
  const [title, setTitle] = useState("");
  const [type, setType] = useState<string>("competition");
  const [allDay, setAllDay] = useState(true);
  const [start, setStart] = useState(today);
  const [end, setEnd] = useState("");
  const [location, setLocation] = useState("");
  const [notes, setNotes] = useState("");
  const [added, setAdded] = useState<string | null>(null);

  function switchAllDay(next: boolean) {
    setAllDay(next);
    // Keep the chosen day when switching between a date and a date-time box.
    setStart((value) => (next ? value.slice(0, 10) : value ? `${value.slice(0, 10)}T09:00` : ""));
    setEnd((value) => (next ? value.slice(0, 10) : value ? `${value.slice(0, 10)}T17:00` : ""));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const body = {
      title,
      type,
      start: toEventTime(start, timeZone),
      end: end === "" ? null : toEventTime(end, timeZone),
      location,
      notes,
    };
    const sent = await send(calendarEventInput, body, () =>
      apiFetch("/api/v1/calendar", { method: "POST", json: body }),
    );
    if (!sent) return;
    setAdded(`Added “${title.trim()}”`);
    setTitle("");
    setLocation("");
    setNotes("");
    setEnd("");
  }

  const dateType = allDay ? "date" : "datetime-local";

  return (
    <form onSubmit={submit} noValidate aria-label="Add event" className="space-y-4">
      <FormMessage>{formError ?? (fields.body ? sentence(fields.body) : null)}</FormMessage>
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <Field
          label="Title"
          name={`${ids}-title`}
          value={title}
          maxLength={200}
          placeholder="e.g. County championships"
          onChange={(e) => setTitle(e.target.value)}
          error={sentence(fields.title)}
        />
        <SelectField id={`${ids}-type`} label="Type" value={type} onChange={setType} error={fields.type}>
          {CALENDAR_EVENT_TYPES.map((value) => (
            <option key={value} value={value}>
              {EVENT_TYPE_LABELS[value]}
            </option>
          ))}
        </SelectField>
      </div>
      <label className="flex w-fit cursor-pointer items-center gap-2 text-sm font-medium text-zinc-800 dark:text-zinc-200">
        <input
          type="checkbox"
          checked={allDay}
          onChange={(e) => switchAllDay(e.target.checked)}
          className="size-4 accent-track-500"
        />
        All day
      </label>
      <div className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2">
        <Field
          key={`start-${dateType}`}
          label={allDay ? "Start date" : "Starts"}
          name={`${ids}-start`}
          type={dateType}
          value={start}
          onChange={(e) => setStart(e.target.value)}
          error={sentence(fields.start)}
        />
        <Field
          key={`end-${dateType}`}
          label={allDay ? "End date (optional)" : "Ends (optional)"}
          name={`${ids}-end`}
          type={dateType}
          value={end}
          min={start || undefined}
          onChange={(e) => setEnd(e.target.value)}
          error={sentence(fields.end)}
        />
      </div>
      <Field
        label="Location (optional)"
        name={`${ids}-location`}
        value={location}
        maxLength={200}
        onChange={(e) => setLocation(e.target.value)}
        error={sentence(fields.location)}
      />
      <TextAreaField
        id={`${ids}-notes`}
        label="Notes (optional)"
        value={notes}
        onChange={setNotes}
        error={fields.notes}
      />
      <SubmitRow label="Add event" pendingLabel="Adding…" pending={pending} status={added} />
    </form>
  );
}
