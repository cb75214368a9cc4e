import type { CSSProperties, InputHTMLAttributes, ReactNode } from "react";
import { FieldNote, LABEL, noteProps, type Option } from "@/components/ui/field";

/** A native radio laid over its whole label, so the label is drawn as a button and the radio keeps the keyboard. */
const HIDDEN_RADIO = "absolute inset-0 size-full cursor-pointer appearance-none rounded-xl opacity-0";

const CHIP =
  "relative flex cursor-pointer select-none flex-col items-center justify-center rounded-xl border border-zinc-300 bg-white text-sm font-semibold text-zinc-800 transition-colors hover:border-track-400 has-[:checked]:border-track-500 has-[:checked]:bg-track-500 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-track-500/50 has-[:focus-visible]:ring-offset-1 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:has-[:checked]:bg-track-500";

/** One radio and the words that name it. */
function RadioOption({
  className,
  inputClassName = HIDDEN_RADIO,
  children,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { inputClassName?: string; children: ReactNode }) {
  return (
    <label className={className}>
      <input type="radio" className={inputClassName} {...input} />
      {children}
    </label>
  );
}

interface ChoiceProps<T> {
  name: string;
  options: readonly Option<T>[];
  value: T | null;
  onChange: (value: T) => void;
}

/** A radio per choice, the one equal to `value` checked. */
function RadioOptions<T extends string | boolean>({
  name,
  options,
  value,
  onChange,
  className,
  inputClassName,
}: ChoiceProps<T> & { className: string; inputClassName?: string }) {
  return options.map((option) => (
    <RadioOption
      key={option.label}
      name={name}
      value={String(option.value)}
      checked={value === option.value}
      onChange={() => onChange(option.value)}
      className={className}
      inputClassName={inputClassName}
    >
      {option.label}
    </RadioOption>
  ));
}

/** How a set of radios is drawn: the box that lines them up, each option, the radio in it, and the legend. */
export interface RadioLook {
  list: string;
  option: string;
  input?: string;
  legend?: string;
}

/** Radios under a legend, with the error of the choice under them. */
export function RadioFieldset<T extends string | boolean>({
  legend,
  look,
  error,
  ...choices
}: ChoiceProps<T> & { legend: string; look: RadioLook; error?: string }) {
  return (
    <fieldset aria-describedby={error ? `${choices.name}-error` : undefined}>
      <legend className={look.legend ?? LABEL}>{legend}</legend>
      <div className={look.list}>
        <RadioOptions {...choices} className={look.option} inputClassName={look.input} />
      </div>
      <FieldNote id={choices.name} error={error} />
    </fieldset>
  );
}

/** A named radio group: its label (and what is chosen, read out as it changes), the choices, and its note. */
function RadioGroupFrame({
  id,
  label,
  current,
  hint,
  error,
  className,
  style,
  children,
}: {
  id: string;
  label: string;
  current?: string;
  hint?: ReactNode;
  error?: string;
  className: string;
  style?: CSSProperties;
  children: ReactNode;
}) {
  const labelId = `${id}-label`;
  const labelElement = (
    <span id={labelId} className={LABEL}>
      {label}
    </span>
  );
  return (
    <div>
      {current === undefined ? (
        labelElement
      ) : (
        <div className="flex flex-wrap items-baseline justify-between gap-x-3">
          {labelElement}
          <span aria-live="polite" className="text-sm tabular-nums text-zinc-600 dark:text-zinc-400">
            {current}
          </span>
        </div>
      )}
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        {...noteProps(id, { error, hint })}
        className={className}
        style={style}
      >
        {children}
      </div>
      <FieldNote id={id} error={error} hint={hint} />
    </div>
  );
}

/**
 * A row of numbered choices (RPE, mood, the wellness scales) as native radios drawn as buttons: arrow keys move
 * between them, and the chosen value with its meaning is announced.
 */
export function ScaleField({
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
  /** The radios' name, and the id their label and note hang from. */
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
  return (
    <RadioGroupFrame
      id={name}
      label={label}
      current={value === null ? "Not set" : `${value}${words?.[value] ? ` · ${words[value]}` : ""}`}
      hint={hint}
      error={error}
      className="mt-1.5 grid gap-1 sm:gap-1.5"
      style={{ gridTemplateColumns: `repeat(${values.length}, minmax(0, 1fr))` }}
    >
      {values.map((n) => (
        <RadioOption
          key={n}
          name={name}
          value={n}
          checked={value === n}
          onChange={() => onChange(n)}
          aria-label={showWords && words?.[n] ? `${n} ${words[n]}` : String(n)}
          className={`${CHIP} ${showWords ? "min-h-14 py-1.5" : "h-11"}`}
        >
          <span className="tabular-nums">{n}</span>
          {showWords && words?.[n] ? (
            <span className="mt-0.5 text-[11px] font-medium leading-none opacity-80">{words[n]}</span>
          ) : null}
        </RadioOption>
      ))}
    </RadioGroupFrame>
  );
}

/** Large tappable choices with words (session type, meal): native radios drawn as chips. */
export function ChipField<T extends string>({
  label,
  error,
  ...choices
}: ChoiceProps<T> & { label: string; error?: string }) {
  return (
    <RadioGroupFrame id={choices.name} label={label} error={error} className="mt-1.5 flex flex-wrap gap-1.5">
      <RadioOptions {...choices} className={`${CHIP} min-h-10 px-3 py-2`} />
    </RadioGroupFrame>
  );
}
