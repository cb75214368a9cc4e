"use client";

import { type FormEvent, useId, useState } from "react";
import { Field, type Option } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitRow } from "@/components/ui/submit-row";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { profileUpdateInput } from "@/lib/accounts/profile-schema";
import { type Role, SEXES, type Sex, SPRINT_EVENTS } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import { metricLabel } from "@/lib/progress/metrics";

export interface ProfileValues {
  name: string;
  timezone: string;
  events: string[];
  experience_years: number | null;
  birth_date: string | null;
  sex: Sex | null;
}

const SEX_LABELS: Record<Sex, string> = { female: "Female", male: "Male", other: "Other" };

const CONTROL =
  "mt-1 block w-full rounded-xl border border-zinc-300 bg-white px-3 py-2.5 text-base text-zinc-900 shadow-sm focus:border-track-500 focus:outline-none focus:ring-2 focus:ring-track-500/30 aria-[invalid]:border-red-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";

// One fixed collation, so the server and the browser put the zones in the same order.
const byWords = new Intl.Collator("en").compare;

/** Zones grouped by region for the picker ("America", "Europe"; "UTC" under "Other"), by city within each. */
function groupZones(zones: readonly Option[]): [string, Option[]][] {
  const groups = new Map<string, Option[]>();
  for (const zone of [...zones].sort((a, b) => byWords(a.value, b.value))) {
    const slash = zone.value.indexOf("/");
    const region = slash === -1 ? "Other" : zone.value.slice(0, slash);
    groups.set(region, [...(groups.get(region) ?? []), zone]);
  }
  return [...groups].map(([region, options]) => [region, options.sort((a, b) => byWords(a.label, b.label))]);
}

export function ProfileForm({
  role,
  initial,
  timeZones,
}: {
  role: Role;
  initial: ProfileValues;
  /** Every zone to offer, as its IANA id (what is stored) and its words ("New York (UTC−5)"). */
  timeZones: readonly Option[];
}) {
  const { fields, formError, pending, send } = useFormSubmit();
  const ids = useId();
  const [name, setName] = useState(initial.name);
  const [timezone, setTimezone] = useState(initial.timezone);
  const [events, setEvents] = useState<string[]>(initial.events);
  const [experience, setExperience] = useState(initial.experience_years?.toString() ?? "");
  const [birthDate, setBirthDate] = useState(initial.birth_date ?? "");
  const [sex, setSex] = useState<string>(initial.sex ?? "");
  const [saved, setSaved] = useState(false);
  const athlete = role === "athlete";

  function changed<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      setSaved(false);
    };
  }

  function payload() {
    const base = { name, timezone };
    if (!athlete) return base;
    return {
      ...base,
      events: SPRINT_EVENTS.filter((event) => events.includes(event)),
      // An empty box clears the value.
      experience_years: experience.trim() === "" ? null : Number(experience),
      birth_date: birthDate === "" ? null : birthDate,
      sex: sex === "" ? null : sex,
    };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const body = payload();
    const sent = await send(profileUpdateInput, body, () =>
      apiFetch("/api/v1/me/profile", { method: "PUT", json: body }),
    );
    if (sent) setSaved(true);
  }

  const zoneId = `${ids}-timezone`;
  const sexId = `${ids}-sex`;
  const eventsErrorId = `${ids}-events-error`;

  return (
    <form onSubmit={submit} className="space-y-5" noValidate aria-label="Profile">
      <FormMessage>{formError ?? (fields.body ? sentence(fields.body) : null)}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Name"
          name="name"
          id={`${ids}-name`}
          autoComplete="name"
          required
          value={name}
          onChange={(e) => changed(setName)(e.target.value)}
          error={sentence(fields.name)}
        />
        <div>
          <label htmlFor={zoneId} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
            Time zone
          </label>
          <select
            id={zoneId}
            name="timezone"
            value={timezone}
            onChange={(e) => changed(setTimezone)(e.target.value)}
            aria-invalid={fields.timezone ? true : undefined}
            aria-describedby={`${zoneId}-${fields.timezone ? "error" : "hint"}`}
            className={CONTROL}
          >
            {groupZones(timeZones).map(([region, zones]) => (
              <optgroup key={region} label={region}>
                {zones.map((zone) => (
                  <option key={zone.value} value={zone.value}>
                    {zone.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {fields.timezone ? (
            <p id={`${zoneId}-error`} className="mt-1 text-sm text-red-600 dark:text-red-400">
              {sentence(fields.timezone)}
            </p>
          ) : (
            <p id={`${zoneId}-hint`} className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
              Dates and times in Aria follow it.
            </p>
          )}
        </div>
      </div>

      {athlete ? (
        <>
          <fieldset aria-describedby={fields.events ? eventsErrorId : undefined}>
            <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Events</legend>
            <div className="mt-2 flex flex-wrap gap-2">
              {SPRINT_EVENTS.map((value) => (
                <label
                  key={value}
                  className="flex cursor-pointer items-center gap-2 rounded-xl border border-zinc-300 px-3 py-2 text-sm has-[:checked]:border-track-500 has-[:checked]:bg-track-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-track-500/40 dark:border-zinc-700 dark:has-[:checked]:bg-track-900/20"
                >
                  <input
                    type="checkbox"
                    name="events"
                    value={value}
                    checked={events.includes(value)}
                    onChange={(e) =>
                      changed(setEvents)(
                        e.target.checked ? [...events, value] : events.filter((existing) => existing !== value),
                      )
                    }
                    className="size-4 shrink-0 accent-track-500"
                  />
                  {metricLabel(value)}
                </label>
              ))}
            </div>
            {fields.events ? (
              <p id={eventsErrorId} className="mt-1 text-sm text-red-600 dark:text-red-400">
                {sentence(fields.events)}
              </p>
            ) : null}
          </fieldset>

          <div className="grid gap-4 sm:grid-cols-3">
            <Field
              label="Years of sprint training"
              name="experience_years"
              id={`${ids}-experience`}
              type="number"
              inputMode="decimal"
              min={0}
              max={80}
              step={0.5}
              value={experience}
              onChange={(e) => changed(setExperience)(e.target.value)}
              error={sentence(fields.experience_years)}
              hint="Structured seasons, e.g. 2.5"
            />
            <Field
              label="Birth date"
              name="birth_date"
              id={`${ids}-birth-date`}
              type="date"
              autoComplete="bday"
              value={birthDate}
              onChange={(e) => changed(setBirthDate)(e.target.value)}
              error={sentence(fields.birth_date)}
            />
            <div>
              <label htmlFor={sexId} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
                Sex
              </label>
              <select
                id={sexId}
                name="sex"
                value={sex}
                onChange={(e) => changed(setSex)(e.target.value)}
                aria-invalid={fields.sex ? true : undefined}
                aria-describedby={fields.sex ? `${sexId}-error` : undefined}
                className={CONTROL}
              >
                <option value="">Prefer not to say</option>
                {SEXES.map((value) => (
                  <option key={value} value={value}>
                    {SEX_LABELS[value]}
                  </option>
                ))}
              </select>
              {fields.sex ? (
                <p id={`${sexId}-error`} className="mt-1 text-sm text-red-600 dark:text-red-400">
                  {sentence(fields.sex)}
                </p>
              ) : null}
            </div>
          </div>
        </>
      ) : null}

      <SubmitRow label="Save profile" pendingLabel="Saving…" pending={pending} status={saved ? "Saved" : null} />
    </form>
  );
}
