"use client";

import { type FormEvent, useState } from "react";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitRow } from "@/components/ui/submit-row";
import { useForm } from "@/components/ui/use-form";
import { calendarEventInput } from "@/lib/calendar/schemas";
import { zonedTimeToUtc } from "@/lib/core/dates";
import { CALENDAR_EVENT_TYPES } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import { EVENT_TYPE_LABELS } from "./labels";

const EVENT_TYPES = CALENDAR_EVENT_TYPES.map((value) => ({ value, label: EVENT_TYPE_LABELS[value] }));

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
  const { fields, formError, pending, send, values, setValues, field, choice, reset } = useForm({
    title: "",
    type: "competition",
    start: today,
    end: "",
    location: "",
    notes: "",
  });
  const [allDay, setAllDay] = useState(true);
  const [added, setAdded] = useState<string | null>(null);

  function switchAllDay(next: boolean) {
    setAllDay(next);
    // Keep the chosen day when switching between a date and a date-time box.
    setValues((current) => ({
      ...current,
      start: next ? current.start.slice(0, 10) : current.start ? `${current.start.slice(0, 10)}T09:00` : "",
      end: next ? current.end.slice(0, 10) : current.end ? `${current.end.slice(0, 10)}T17:00` : "",
    }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const body = {
      ...values,
      start: toEventTime(values.start, timeZone),
      end: values.end === "" ? null : toEventTime(values.end, timeZone),
    };
    const sent = await send(calendarEventInput, body, () =>
      apiFetch("/api/v1/calendar", { method: "POST", json: body }),
    );
    if (!sent) return;
    setAdded(`Added “${values.title.trim()}”`);
    reset("title", "location", "notes", "end");
  }

  const dateType = allDay ? "date" : "datetime-local";

  return (
    <form onSubmit={submit} noValidate aria-label="Add event" className="space-y-4">
      <FormMessage>{formError ?? sentence(fields.body)}</FormMessage>
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <Field label="Title" maxLength={200} placeholder="e.g. County championships" {...field("title")} />
        <SelectField label="Type" options={EVENT_TYPES} {...choice("type")} />
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
        <Field key={`start-${dateType}`} label={allDay ? "Start date" : "Starts"} type={dateType} {...field("start")} />
        <Field
          key={`end-${dateType}`}
          label={allDay ? "End date (optional)" : "Ends (optional)"}
          type={dateType}
          min={values.start || undefined}
          {...field("end")}
        />
      </div>
      <Field label="Location (optional)" maxLength={200} {...field("location")} />
      <TextAreaField label="Notes (optional)" {...field("notes")} />
      <SubmitRow label="Add event" pendingLabel="Adding…" pending={pending} status={added} />
    </form>
  );
}
