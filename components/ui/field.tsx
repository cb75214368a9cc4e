import type {
  ComponentProps,
  InputHTMLAttributes,
  ReactNode,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from "react";
import { sentence } from "@/lib/http/form-errors";

/** One look for every text box, select and text area, so a form reads the same on every page. */
export const CONTROL =
  "mt-1 block w-full rounded-xl border border-zinc-300 bg-white px-3 py-2.5 text-base text-zinc-900 shadow-sm placeholder:text-zinc-400 focus:border-track-500 focus:outline-none focus:ring-2 focus:ring-track-500/30 aria-[invalid]:border-red-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";

export const LABEL = "block text-sm font-medium text-zinc-800 dark:text-zinc-200";

/** A choice in a select or a radio group: what is sent, and the words shown for it. */
export interface Option<T = string> {
  value: T;
  label: string;
}

interface NoteProps {
  /** Shown under the control, as a sentence; it replaces the hint. */
  error?: string;
  hint?: ReactNode;
}

/**
 * What points screen readers at the note under a control: its error while there is one, else its hint (only one of
 * them is on screen).
 */
export function noteProps(key: string, { error, hint }: NoteProps) {
  return {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${key}-error` : hint ? `${key}-hint` : undefined,
  } as const;
}

/** The attributes that give a control its look and its note. */
function controlProps(key: string, note: NoteProps) {
  return { ...noteProps(key, note), className: CONTROL };
}

/** The line under a control: what is wrong with it, else its hint. */
export function FieldNote({ id, error, hint, className = "mt-1" }: NoteProps & { id: string; className?: string }) {
  if (error) {
    return (
      <p id={`${id}-error`} className={`${className} text-sm text-red-600 dark:text-red-400`}>
        {sentence(error)}
      </p>
    );
  }
  if (!hint) return null;
  return (
    <p id={`${id}-hint`} className={`${className} text-sm text-zinc-500 dark:text-zinc-400`}>
      {hint}
    </p>
  );
}

interface FrameProps extends NoteProps {
  label: ReactNode;
  /** Set at the end of the label's line (a character count). */
  aside?: ReactNode;
  /** A button on the control's line (on a wide enough screen), with the note under both. */
  action?: ReactNode;
  className?: string;
}

function FieldFrame({
  htmlFor,
  noteId,
  label,
  aside,
  action,
  error,
  hint,
  className,
  children,
}: FrameProps & { htmlFor: string; noteId: string; children: ReactNode }) {
  const labelElement = (
    <label htmlFor={htmlFor} className={LABEL}>
      {label}
    </label>
  );
  const labelled = (
    <>
      {aside ? (
        <div className="flex items-baseline justify-between gap-3">
          {labelElement}
          {aside}
        </div>
      ) : (
        labelElement
      )}
      {children}
    </>
  );
  if (action) {
    return (
      <div className={`flex flex-wrap items-end gap-2 ${className ?? ""}`}>
        <div className="min-w-0 flex-1 basis-40">{labelled}</div>
        {action}
        <FieldNote id={noteId} error={error} hint={hint} className="w-full" />
      </div>
    );
  }
  return (
    <div className={className}>
      {labelled}
      <FieldNote id={noteId} error={error} hint={hint} />
    </div>
  );
}

/** A labelled input with its hint or error announced to screen readers. */
export function Field({
  label,
  name,
  error,
  hint,
  aside,
  action,
  className,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & FrameProps & { name: string }) {
  const id = input.id ?? name;
  const frame = { label, aside, action, error, hint, className };
  return (
    <FieldFrame htmlFor={id} noteId={name} {...frame}>
      <input id={id} name={name} {...controlProps(name, { error, hint })} {...input} />
    </FieldFrame>
  );
}

/** A box for a decimal number (a time, a mark, a weight): the phone offers a keypad with a decimal point. */
export function DecimalField({ step = "0.01", ...field }: ComponentProps<typeof Field>) {
  return <Field type="number" inputMode="decimal" step={step} {...field} />;
}

/** A labelled multi-line text box with its hint or error. */
export function TextAreaField({
  label,
  name,
  error,
  hint,
  aside,
  className,
  rows = 2,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & Omit<FrameProps, "action"> & { name: string }) {
  const id = textarea.id ?? name;
  const frame = { label, aside, error, hint, className };
  return (
    <FieldFrame htmlFor={id} noteId={name} {...frame}>
      <textarea id={id} name={name} rows={rows} {...controlProps(name, { error, hint })} {...textarea} />
    </FieldFrame>
  );
}

/** Each choice as an `<option>`, for a select or one of its groups. */
export function Options({ options }: { options: readonly Option[] }) {
  return options.map((option) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  ));
}

/**
 * A labelled select with its hint or error: a first option worth "" when `placeholder` is given, then `options`,
 * then any `children` (a last option, or groups of `Options`).
 */
export function SelectField<T extends string>({
  label,
  name,
  value,
  onChange,
  options = [],
  placeholder,
  error,
  hint,
  className,
  children,
  ...select
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "value" | "onChange"> &
  Omit<FrameProps, "aside" | "action"> & {
    name: string;
    value: T | "";
    onChange: (value: T) => void;
    options?: readonly Option<T>[];
    placeholder?: string;
  }) {
  const id = select.id ?? name;
  const frame = { label, error, hint, className };
  return (
    <FieldFrame htmlFor={id} noteId={name} {...frame}>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        {...controlProps(name, { error, hint })}
        {...select}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        <Options options={options} />
        {children}
      </select>
    </FieldFrame>
  );
}
