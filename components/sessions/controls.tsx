"use client";

import type { ReactNode } from "react";
import { sentence } from "@/lib/http/form-errors";

/** Form pieces shared by the training-log pages: one look for selects, text areas, scales and chips. */

export const CONTROL =
  "mt-1 block w-full rounded-xl border border-zinc-300 bg-white px-3 py-2.5 text-base text-zinc-900 shadow-sm placeholder:text-zinc-400 focus:border-track-500 focus:outline-none focus:ring-2 focus:ring-track-500/30 aria-[invalid]:border-red-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";

export const LABEL = "block text-sm font-medium text-zinc-800 dark:text-zinc-200";

/** An optional number box: empty is null, anything else is the number typed (NaN fails validation). */
export function optionalNumber(value: string): number | null {
  return value.trim() === "" ? null : Number(value);
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-600 dark:text-red-400">
      {sentence(message)}
    </p>
  );
}

const OPTION =
  "relative flex cursor-pointer select-none flex-col items-center justify-center rounded-xl border border-zinc-300 bg-white text-sm font-semibold text-zinc-800 transition-colors hover:border-track-400 has-[:checked]:border-track-500 has-[:checked]:bg-track-500 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-track-500/50 has-[:focus-visible]:ring-offset-1 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:has-[:checked]:bg-track-500";

/**
 * A row of numbered choices (RPE, mood, the wellness scales) as native radios drawn as buttons: arrow keys move
 * between them, and the chosen value with its meaning is announced.
 */
export function ScaleField({
  id,
  name,
  label,
  min,
  max,
  value,
  onChange,
  words,
  hint,
  error,
  showWords = false,
}: {
  id: string;
  name: string;
  label: string;
  min: number;
  max: number;
  value: number | null;
  onChange: (value: number) => void;
  words?: Record<number, string>;
  hint?: ReactNode;
  error?: string;
  /** Print each option's word under its number (mood); otherwise the words are only read out. */
  showWords?: boolean;
}) {
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const labelId = `${id}-label`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <span id={labelId} className={LABEL}>
          {label}
        </span>
        <span aria-live="polite" className="text-sm tabular-nums text-zinc-600 dark:text-zinc-400">
          {value === null ? "Not set" : `${value}${words?.[value] ? ` · ${words[value]}` : ""}`}
        </span>
      </div>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        className="mt-1.5 grid gap-1 sm:gap-1.5"
        style={{ gridTemplateColumns: `repeat(${values.length}, minmax(0, 1fr))` }}
      >
        {values.map((n) => (
          <label key={n} className={`${OPTION} ${showWords ? "min-h-14 py-1.5" : "h-11"}`}>
            <input
              type="radio"
              name={name}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              aria-label={showWords && words?.[n] ? `${n} ${words[n]}` : String(n)}
              className="absolute inset-0 size-full cursor-pointer appearance-none rounded-xl opacity-0"
            />
            <span className="tabular-nums">{n}</span>
            {showWords && words?.[n] ? (
              <span className="mt-0.5 text-[11px] font-medium leading-none opacity-80">{words[n]}</span>
            ) : null}
          </label>
        ))}
      </div>
      {error ? (
        <FieldError id={`${id}-error`} message={error} />
      ) : hint ? (
        <p id={`${id}-hint`} className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Large tappable choices with words (session type, meal): native radios drawn as chips. */
export function ChipField<T extends string>({
  id,
  name,
  label,
  options,
  value,
  onChange,
  error,
}: {
  id: string;
  name: string;
  label: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string;
}) {
  const labelId = `${id}-label`;
  return (
    <div>
      <span id={labelId} className={LABEL}>
        {label}
      </span>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        className="mt-1.5 flex flex-wrap gap-1.5"
      >
        {options.map((option) => (
          <label key={option.value} className={`${OPTION} min-h-10 px-3 py-2`}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="absolute inset-0 size-full cursor-pointer appearance-none rounded-xl opacity-0"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A labelled multi-line text box with its error. */
export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  placeholder,
  rows = 2,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  placeholder?: string;
  rows?: number;
}) {
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={CONTROL}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A labelled select with its error. */
export function SelectField({
  id,
  label,
  value,
  onChange,
  error,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={CONTROL}
      >
        {children}
      </select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

/** A pulsing placeholder for a route's loading state. */
export function PageSkeleton({ label, blocks }: { label: string; blocks: string[] }) {
  return (
    <div className="space-y-6" aria-busy="true">
      <p className="sr-only" role="status">
        Loading {label}…
      </p>
      <div className="h-8 w-48 animate-pulse rounded-lg bg-zinc-200 dark:bg-zinc-800" />
      {blocks.map((height, i) => (
        <div
          // The blocks never reorder.
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder list
          key={i}
          className={`${height} animate-pulse rounded-2xl bg-zinc-200/80 dark:bg-zinc-800/80`}
        />
      ))}
    </div>
  );
}
