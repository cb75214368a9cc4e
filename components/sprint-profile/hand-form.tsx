"use client";

import { type FormEvent, useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { CONTROL, DecimalField, Field, FieldNote } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitRow } from "@/components/ui/submit-row";
import { useAction } from "@/components/ui/use-action";
import { fitSprintProfile, MIN_SPLITS } from "@/lib/analysis/sprint-profile";
import type { SprintStart } from "@/lib/core/domain";
import { capitalized } from "@/lib/core/words";
import { ApiClientError, apiFetch } from "@/lib/http/client";
import { apiField } from "@/lib/sprint-profiles/api-field";
import type { SprintProfileDto } from "@/lib/sprint-profiles/responses";
import { ConditionsFields } from "./conditions-fields";
import { SplitsChart } from "./profile-charts";
import { FIGURES, figureValue, fitWords } from "./words";

/** What the form opens with: empty gates by default, or a session's splits. */
export interface HandDraft {
  date: string;
  distances_m: number[];
  times_s: (number | null)[];
  /** Set when the splits came from a logged session. */
  session?: { id: string; label: string };
}

/** The gates most sprinters time: what a blank form offers. */
export const DEFAULT_GATES_M = [5, 10, 20, 30, 40];

interface Row {
  key: number;
  distance: string;
  time: string;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? "" : String(n));

/** A number box's text: blank is left out, anything else is the number typed (NaN is reported by the model). */
const optional = (value: string) => (value.trim() === "" ? undefined : Number(value));

/**
 * A profile typed in by hand (or a session's splits, checked before saving): a row per gate, the start, the time
 * correction and optionally body mass and height. The model is fitted in the browser as the athlete types, so MSS and
 * MAC — or the row at fault — show before anything is sent; the API fits again when it stores it.
 */
export function HandForm({ draft, today }: { draft: HandDraft; today: string }) {
  const prefix = useId();
  const id = (key: string) => `${prefix}-${key}`;
  const [nextKey, setNextKey] = useState(draft.distances_m.length);
  const [rows, setRows] = useState<Row[]>(() =>
    draft.distances_m.map((d, i) => ({ key: i, distance: text(d), time: text(draft.times_s[i]) })),
  );
  const [values, setValues] = useState({
    date: draft.date,
    start: "standing" as SprintStart,
    time_correction_s: "",
    body_mass_kg: "",
    height_m: "",
    wind_mps: "",
    notes: "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  const { pending, error: formError, setError: setFormError, run } = useAction<"save">();

  // A gate counts once it has a time: the blank form offers the usual distances, and an untimed one is not an error.
  const filled = rows.filter((r) => r.time.trim() !== "");
  const input = {
    splits: filled.map((r) => ({ distance_m: Number(r.distance), time_s: Number(r.time) })),
    timeCorrection_s: optional(values.time_correction_s),
    bodyMass_kg: optional(values.body_mass_kg),
    height_m: optional(values.height_m),
    wind_mps: optional(values.wind_mps),
  };
  const inputKey = JSON.stringify(input);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the fit depends on the input's content, keyed as text
  const fit = useMemo(() => (filled.length === 0 ? null : fitSprintProfile(input)), [inputKey]);

  /** Where an error of the API's or the model's field shows: a row's cell, the rows as a whole, or a named field. */
  function errorsFrom(fields: Record<string, string>): Record<string, string> {
    const placed: Record<string, string> = {};
    for (const [field, message] of Object.entries(fields)) {
      const cell = /^(times_s|distances_m)\.(\d+)$/.exec(field);
      const row = cell ? filled[Number(cell[2])] : undefined;
      const key = row ? `${cell![1] === "times_s" ? "time" : "distance"}.${row.key}` : field;
      placed[key === "distances_m" ? "times_s" : key] ??= message;
    }
    return placed;
  }

  function edit(change: () => void) {
    change();
    setStatus(null);
    setErrors({});
  }
  const setValue = (key: keyof typeof values) => (value: string) =>
    edit(() => setValues((v) => ({ ...v, [key]: value })));
  const setRow = (key: number, part: "distance" | "time", value: string) =>
    edit(() => setRows((current) => current.map((r) => (r.key === key ? { ...r, [part]: value } : r))));

  function addRow() {
    const last = Number(rows[rows.length - 1]?.distance);
    setRows((current) => [
      ...current,
      { key: nextKey, distance: Number.isFinite(last) && last > 0 ? String(last + 10) : "", time: "" },
    ]);
    setNextKey((k) => k + 1);
  }

  function removeRow(key: number) {
    edit(() => setRows((current) => current.filter((r) => r.key !== key)));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    setFormError(null);
    if (!fit?.ok) {
      setErrors(
        fit
          ? errorsFrom({ [apiField(fit.error.field)]: fit.error.message })
          : { times_s: `type at least ${MIN_SPLITS} distances with their times` },
      );
      setFormError("These split times cannot give a sprint profile yet: fix the field named below.");
      return;
    }
    const body = {
      date: values.date,
      start: values.start,
      distances_m: input.splits.map((s) => s.distance_m),
      times_s: input.splits.map((s) => s.time_s),
      time_correction_s: input.timeCorrection_s,
      body_mass_kg: input.bodyMass_kg,
      height_m: input.height_m,
      wind_mps: input.wind_mps,
      notes: values.notes.trim() === "" ? undefined : values.notes,
      ...(draft.session ? { source: "session", session_id: draft.session.id } : { source: "manual" }),
    };
    const sent = await run(
      "save",
      () => apiFetch<{ profile: SprintProfileDto }>("/api/v1/sprint-profiles", { method: "POST", json: body }),
      {
        describe: (failure) => {
          if (failure instanceof ApiClientError && Object.keys(failure.fields).length > 0) {
            setErrors(errorsFrom(failure.fields));
            return "Some fields need a second look.";
          }
          return failure instanceof Error ? failure.message : "Something went wrong. Please try again.";
        },
      },
    );
    if (!sent) return;
    const saved = sent.value.profile;
    setStatus(
      `Saved: MSS ${figureValue(FIGURES.mss, saved.mss)}, MAC ${figureValue(FIGURES.mac, saved.mac)}, ${fitWords(saved.rse)}.`,
    );
    setRows((current) => current.map((r) => ({ ...r, time: "" })));
  }

  const rowsError = errors.times_s;
  return (
    <form onSubmit={submit} noValidate aria-label="Add a sprint profile by hand" className="space-y-4">
      <FormMessage>{formError}</FormMessage>
      {draft.session ? (
        <div className="rounded-xl bg-zinc-100 px-3 py-2 text-sm text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
          Splits from your session of {draft.session.label}: the best time at each distance. Check them before saving.
          <FieldNote id={id("session_id")} error={errors.session_id} />
        </div>
      ) : null}

      <fieldset aria-describedby={rowsError ? `${id("times_s")}-error` : undefined}>
        <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Split times</legend>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          Distance of each gate from the start line and the time from the start to it, at least {MIN_SPLITS}.
        </p>
        <div className="mt-2 grid grid-cols-[3.5rem_1fr_1fr_2.75rem] items-center gap-x-2 gap-y-1 text-xs font-medium text-zinc-500 dark:text-zinc-400">
          <span aria-hidden="true">Gate</span>
          <span aria-hidden="true">Distance (m)</span>
          <span aria-hidden="true">Time (s)</span>
          <span />
        </div>
        <ol className="space-y-1">
          {rows.map((row, i) => {
            const distanceError = errors[`distance.${row.key}`];
            const timeError = errors[`time.${row.key}`];
            const note = distanceError ?? timeError;
            const noteId = id(`row-${row.key}`);
            return (
              <li key={row.key}>
                <div className="grid grid-cols-[3.5rem_1fr_1fr_2.75rem] items-center gap-x-2">
                  <span className="text-sm tabular-nums text-zinc-600 dark:text-zinc-400">{i + 1}</span>
                  <label className="sr-only" htmlFor={id(`distance-${row.key}`)}>
                    Gate {i + 1} distance (m)
                  </label>
                  <input
                    id={id(`distance-${row.key}`)}
                    type="number"
                    inputMode="decimal"
                    step="0.1"
                    min={0}
                    value={row.distance}
                    onChange={(e) => setRow(row.key, "distance", e.target.value)}
                    aria-invalid={distanceError ? true : undefined}
                    aria-describedby={distanceError ? `${noteId}-error` : undefined}
                    className={`${CONTROL} mt-0 tabular-nums`}
                  />
                  <label className="sr-only" htmlFor={id(`time-${row.key}`)}>
                    Gate {i + 1} time (s)
                  </label>
                  <input
                    id={id(`time-${row.key}`)}
                    type="number"
                    inputMode="decimal"
                    step="0.01"
                    min={0}
                    value={row.time}
                    onChange={(e) => setRow(row.key, "time", e.target.value)}
                    aria-invalid={timeError ? true : undefined}
                    aria-describedby={timeError ? `${noteId}-error` : undefined}
                    className={`${CONTROL} mt-0 tabular-nums`}
                  />
                  <Button
                    variant="ghost"
                    size="icon"
                    className="size-11 text-lg"
                    aria-label={`Remove gate ${i + 1}`}
                    onClick={() => removeRow(row.key)}
                    disabled={rows.length <= 1}
                  >
                    <span aria-hidden="true">×</span>
                  </Button>
                </div>
                {note ? <FieldNote id={noteId} error={`Gate ${i + 1}: ${note}`} /> : null}
              </li>
            );
          })}
        </ol>
        <FieldNote id={id("times_s")} error={rowsError} />
        <Button variant="secondary" className="mt-2" onClick={addRow}>
          Add a gate
        </Button>
      </fieldset>

      <ConditionsFields
        id={id}
        values={values}
        errors={errors}
        set={setValue}
        date={
          <Field
            label="Date"
            type="date"
            name={id("date")}
            max={today}
            value={values.date}
            onChange={(e) => setValue("date")(e.target.value)}
            error={errors.date}
          />
        }
      >
        <DecimalField
          label="Wind (m/s, optional)"
          name={id("wind_mps")}
          step="0.1"
          hint="Tailwind +, headwind −"
          value={values.wind_mps}
          onChange={(e) => setValue("wind_mps")(e.target.value)}
          error={errors.wind_mps}
        />
        <Field
          label="Notes (optional)"
          name={id("notes")}
          placeholder="Indoor, timing gates"
          value={values.notes}
          onChange={(e) => setValue("notes")(e.target.value)}
          error={errors.notes}
        />
      </ConditionsFields>

      <FitPreview
        fit={fit}
        filled={filled.length}
        correction={input.timeCorrection_s ?? 0}
        gateNumber={(i) => rows.indexOf(filled[i]!) + 1}
      />

      <SubmitRow label="Save profile" pendingLabel="Saving…" pending={pending !== null} status={status} />
    </form>
  );
}

/** The model fitted to what is typed so far, or what stops it, updated on every keystroke. */
function FitPreview({
  fit,
  filled,
  correction,
  gateNumber,
}: {
  fit: ReturnType<typeof fitSprintProfile> | null;
  filled: number;
  correction: number;
  /** The form's number of the gate the model calls `splits[i]` (blank rows are left out of the fit). */
  gateNumber: (i: number) => number;
}) {
  return (
    <section
      aria-label="Fit preview"
      className="rounded-xl border border-dashed border-zinc-300 p-3 text-sm dark:border-zinc-700"
    >
      <h3 className="font-semibold">Fit preview</h3>
      {!fit || filled < MIN_SPLITS ? (
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          Type the times of at least {MIN_SPLITS} gates to see your top speed and acceleration.
        </p>
      ) : fit.ok ? (
        <>
          <p className="mt-1 tabular-nums" data-testid="fit-preview-values">
            MSS <strong>{figureValue(FIGURES.mss, fit.profile.mss)}</strong> · MAC{" "}
            <strong>{figureValue(FIGURES.mac, fit.profile.mac)}</strong> · TAU{" "}
            {figureValue(FIGURES.tau, fit.profile.tau)} · PMAX {figureValue(FIGURES.pmax, fit.profile.pmax)}
          </p>
          <p className="text-zinc-600 dark:text-zinc-400">{capitalized(fitWords(fit.profile.rse))}.</p>
          <div className="mt-2">
            <SplitsChart
              profile={{
                distances_m: fit.profile.residuals.map((r) => r.distance_m),
                times_s: fit.profile.residuals.map((r) => r.time_s),
                time_correction_s: correction,
                mss: fit.profile.mss,
                tau: fit.profile.tau,
                rse: fit.profile.rse,
              }}
            />
          </div>
        </>
      ) : (
        <p className="mt-1 text-red-700 dark:text-red-300">
          {describeFitError(fit.error.field, fit.error.message, gateNumber)}
        </p>
      )}
    </section>
  );
}

/** "Gate 3 time: must be …": the model's error with its row named the way the form numbers rows. */
function describeFitError(field: string, message: string, gateNumber: (i: number) => number): string {
  const split = /^splits\[(\d+)\]\.(distance_m|time_s)$/.exec(field);
  if (split) return `Gate ${gateNumber(Number(split[1]))} ${split[2] === "time_s" ? "time" : "distance"}: ${message}.`;
  const names: Record<string, string> = {
    splits: "Split times",
    timeCorrection_s: "Time correction",
    bodyMass_kg: "Body mass",
    height_m: "Height",
    wind_mps: "Wind",
  };
  return `${names[field] ?? field}: ${message}.`;
}
