"use client";

import { useEffect, useState } from "react";
import { type SetRow, setErrorKey, setRow, timesFor } from "@/components/log/quick-log";
import { Button } from "@/components/ui/button";
import { CONTROL, Field, FieldNote, LABEL } from "@/components/ui/field";
import { MAX_REP_SETS } from "@/lib/training/schemas";

/**
 * The sets of a session: a row per set with its reps, distance and, once the reps are counted, a box per rep for
 * its time. "Add a set" starts a row at the last one's reps and distance (a second 4 × 30 m is one tap) and puts
 * the cursor in it.
 */
export function RepSetsField({
  name,
  rows,
  onChange,
  errors,
}: {
  name: string;
  rows: readonly SetRow[];
  onChange: (rows: SetRow[]) => void;
  errors: Record<string, string>;
}) {
  const [focusRow, setFocusRow] = useState<number | null>(null);

  useEffect(() => {
    if (focusRow === null) return;
    document.getElementById(`${name}-${focusRow}-reps`)?.focus();
    setFocusRow(null);
  }, [focusRow, name]);

  function update(id: number, change: (row: SetRow) => SetRow) {
    onChange(rows.map((row) => (row.id === id ? change(row) : row)));
  }

  function add() {
    const id = rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;
    const last = rows.at(-1);
    onChange([
      ...rows,
      last ? { id, reps: last.reps, distance: last.distance, times: timesFor(last.reps, []) } : setRow(id),
    ]);
    setFocusRow(id);
  }

  function remove(id: number) {
    onChange(rows.filter((row) => row.id !== id));
  }

  return (
    <fieldset aria-describedby={errors.reps ? `${name}-error` : undefined}>
      <legend className={`${LABEL} flex w-full items-baseline justify-between gap-3`}>
        Sets of reps
        <span className="text-sm font-normal text-zinc-500 dark:text-zinc-400">optional</span>
      </legend>
      <div className="mt-1.5 space-y-2">
        {rows.map((row, index) => (
          <SetRowFields
            key={row.id}
            name={`${name}-${row.id}`}
            number={index + 1}
            row={row}
            errors={errors}
            onChange={(change) => update(row.id, change)}
            onRemove={() => remove(row.id)}
          />
        ))}
      </div>
      {rows.length < MAX_REP_SETS ? (
        <Button variant="secondary" onClick={add} className="mt-2 w-full sm:w-auto">
          Add a set
        </Button>
      ) : null}
      <FieldNote id={name} error={errors.reps} />
    </fieldset>
  );
}

function SetRowFields({
  name,
  number,
  row,
  errors,
  onChange,
  onRemove,
}: {
  name: string;
  number: number;
  row: SetRow;
  errors: Record<string, string>;
  onChange: (change: (row: SetRow) => SetRow) => void;
  onRemove: () => void;
}) {
  const inSet = <span className="sr-only"> in set {number}</span>;
  const rowError = errors[setErrorKey.row(row.id)];
  const timeErrors = row.times
    .map((_, rep) => errors[setErrorKey.time(row.id, rep)])
    .map((error, rep) => (error ? `rep ${rep + 1} ${error}` : null))
    .filter((error): error is string => error !== null);
  const timesNote = `${name}-times`;

  return (
    <fieldset
      aria-describedby={rowError ? `${name}-error` : undefined}
      className="rounded-xl border border-zinc-200 p-3 dark:border-zinc-800"
    >
      <legend className="px-1 text-sm font-semibold">Set {number}</legend>
      <div className="flex items-start gap-2">
        <Field
          label={<>Reps{inSet}</>}
          name={`${name}-reps`}
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          placeholder="4"
          className="w-20 shrink-0"
          value={row.reps}
          error={errors[setErrorKey.reps(row.id)]}
          onChange={(event) => {
            const reps = event.target.value;
            onChange((current) => ({ ...current, reps, times: timesFor(reps, current.times) }));
          }}
        />
        <span aria-hidden="true" className="pt-9 text-zinc-500">
          ×
        </span>
        <Field
          label={<>Distance (m){inSet}</>}
          name={`${name}-distance`}
          type="number"
          inputMode="decimal"
          min={1}
          max={10_000}
          step="any"
          placeholder="30"
          className="min-w-0 flex-1"
          value={row.distance}
          error={errors[setErrorKey.distance(row.id)]}
          onChange={(event) => {
            const distance = event.target.value;
            onChange((current) => ({ ...current, distance }));
          }}
        />
        <Button variant="ghost" size="compact" onClick={onRemove} className="mt-6 shrink-0">
          Remove<span className="sr-only"> set {number}</span>
        </Button>
      </div>
      {row.times.length > 0 ? (
        <div className="mt-2">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Times (s), optional</p>
          <div className="mt-1 grid grid-cols-4 gap-2 sm:grid-cols-6">
            {row.times.map((time, rep) => {
              const id = `${name}-time-${rep}`;
              const invalid = errors[setErrorKey.time(row.id, rep)] !== undefined;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: a rep's box is its position in the set
                <div key={rep}>
                  <label htmlFor={id} className="block text-xs text-zinc-600 dark:text-zinc-400">
                    <span className="sr-only">Set {number}, </span>Rep {rep + 1}
                    <span className="sr-only"> time in seconds</span>
                  </label>
                  <input
                    id={id}
                    name={id}
                    type="number"
                    inputMode="decimal"
                    min={0}
                    max={600}
                    step="0.01"
                    placeholder="0.00"
                    className={`${CONTROL} tabular-nums`}
                    aria-invalid={invalid ? true : undefined}
                    aria-describedby={invalid ? `${timesNote}-error` : undefined}
                    value={time}
                    onChange={(event) => {
                      const value = event.target.value;
                      onChange((current) => ({
                        ...current,
                        times: current.times.map((t, i) => (i === rep ? value : t)),
                      }));
                    }}
                  />
                </div>
              );
            })}
          </div>
          <FieldNote id={timesNote} error={timeErrors.length > 0 ? timeErrors.join("; ") : undefined} />
        </div>
      ) : null}
      <FieldNote id={name} error={rowError} />
    </fieldset>
  );
}
