"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { newIdempotencyKey } from "@/components/log/outbox";
import { PendingSessions } from "@/components/log/pending-sessions";
import {
  parseRepsText,
  placeErrors,
  type QuickLogPrefill,
  type SentSet,
  type SessionBody,
  type SetRow,
  sessionSummary,
  setRow,
  setsBody,
} from "@/components/log/quick-log";
import { RepSetsField } from "@/components/log/rep-sets-field";
import { useOutbox } from "@/components/log/use-outbox";
import { MOOD_SCALE, RPE_SCALE, TYPE_OPTIONS } from "@/components/sessions/labels";
import { Button } from "@/components/ui/button";
import { ChipField, ScaleField } from "@/components/ui/choice-field";
import { Field, type Option, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { numberOrMissing, optionalText } from "@/components/ui/form-values";
import { addDays, todayIn } from "@/lib/core/dates";
import { SCALES, type SessionType } from "@/lib/core/domain";
import { fieldErrors } from "@/lib/core/errors";
import { sessionInput } from "@/lib/training/schemas";

export type { QuickLogPrefill } from "@/components/log/quick-log";

export interface QuickLogFormProps {
  /** The signed-in athlete's id: sessions kept offline are sent only while the same athlete is signed in. */
  userId: string;
  /** Today in the athlete's zone, `YYYY-MM-DD`, as the server rendered the page: "Today" and "Yesterday" count from it. */
  today: string;
  /**
   * The athlete's IANA zone: the form works "today" out again in the browser, for a page left open past midnight or
   * opened without signal from the phone's copy of an earlier day.
   */
  timeZone?: string;
  /** Today's session as readiness prescribed it (a `DaySession` fits): type, minutes, RPE and its sets to start from. */
  prefill?: QuickLogPrefill | null;
  /** The type to start on when there is no prefill: the athlete's most common (`mostCommonType`). */
  defaultType?: SessionType | null;
}

type Day = "today" | "yesterday" | "other";

const DAY_OPTIONS: Option<Day>[] = [
  { value: "today", label: "Today" },
  { value: "yesterday", label: "Yesterday" },
  { value: "other", label: "Pick a day" },
];

const OFFLINE_MESSAGE = "No signal — saved on this phone, it will be sent when you're back online.";
const FIX_FIELDS_MESSAGE = "Some fields need a second look.";

interface Result {
  text: string;
  tone: "saved" | "kept";
}

const RESULT_TONE: Record<Result["tone"], string> = {
  saved: "text-emerald-700 dark:text-emerald-400",
  kept: "text-amber-800 dark:text-amber-300",
};

/** Today in `timeZone` as the browser sees it, checked again whenever the page comes back to the front. */
function useToday(rendered: string, timeZone: string | undefined): string {
  const [today, setToday] = useState(rendered);
  useEffect(() => {
    if (!timeZone) return;
    const check = () => {
      if (document.visibilityState === "visible") setToday(todayIn(timeZone));
    };
    check();
    document.addEventListener("visibilitychange", check);
    return () => document.removeEventListener("visibilitychange", check);
  }, [timeZone]);
  return today;
}

function rowsFrom(prefill: QuickLogPrefill | null | undefined): SetRow[] {
  return parseRepsText(prefill?.reps).map((set, index) => setRow(index + 1, set));
}

/**
 * The quick log (PRODUCT 7, issue 17): a session with its sets of reps and their times in a few taps. Every save
 * carries an `Idempotency-Key`; without signal the session is kept on the phone and sent when the connection
 * returns (./outbox.ts), listed under the form until then. Focus moves to the line that says what was saved.
 */
export function QuickLogForm({ userId, today: renderedToday, timeZone, prefill, defaultType }: QuickLogFormProps) {
  const prefix = useId();
  const id = (key: string) => `${prefix}-${key}`;
  const router = useRouter();
  const outbox = useOutbox(userId);
  const today = useToday(renderedToday, timeZone);

  const [type, setType] = useState<SessionType | null>(prefill?.type ?? defaultType ?? null);
  const [day, setDay] = useState<Day>("today");
  const [otherDate, setOtherDate] = useState(() => addDays(today, -2));
  const [duration, setDuration] = useState(prefill?.duration_min ? String(prefill.duration_min) : "");
  const [rpe, setRpe] = useState<number | null>(prefill?.rpe ?? null);
  const [mood, setMood] = useState<number | null>(null);
  const [notes, setNotes] = useState("");
  const [rows, setRows] = useState<SetRow[]>(() => rowsFrom(prefill));

  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [pending, setPending] = useState(false);
  // Bumped when a send ends, so that focus follows its outcome once React has drawn it.
  const [outcome, setOutcome] = useState<{ n: number; focus: "status" | "invalid" } | null>(null);

  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const sending = useRef(false);
  // The key of the last attempt: pressing again after a failure, with nothing changed, is the same request.
  const attempt = useRef<{ key: string; json: string } | null>(null);

  useEffect(() => {
    if (!outcome) return;
    if (outcome.focus === "status") {
      statusRef.current?.focus();
      return;
    }
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = invalid?.matches("input, select, textarea")
      ? invalid
      : invalid?.querySelector<HTMLElement>("input:checked, input");
    target?.focus();
  }, [outcome]);

  const date = day === "today" ? today : day === "yesterday" ? addDays(today, -1) : otherDate;

  function finish(focus: "status" | "invalid") {
    setOutcome((last) => ({ n: (last?.n ?? 0) + 1, focus }));
  }

  function showErrors(fields: Record<string, string>, layout: readonly SentSet[], message: string) {
    const { placed, unplaced } = placeErrors(fields, layout);
    setErrors(placed);
    const parts = [Object.keys(placed).length > 0 ? FIX_FIELDS_MESSAGE : null, ...unplaced].filter(Boolean);
    setFormError(parts.length > 0 ? parts.join(" ") : message);
    finish("invalid");
  }

  function cleared() {
    setDuration("");
    setRpe(null);
    setMood(null);
    setNotes("");
    setRows([]);
    setDay("today");
    setErrors({});
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    setFormError(null);
    setResult(null);
    const { sets, layout } = setsBody(rows);
    const body = {
      date,
      type: type ?? undefined,
      duration_min: numberOrMissing(duration),
      rpe: rpe ?? undefined,
      mood,
      notes: optionalText(notes),
      ...(sets.length > 0 ? { reps: sets } : {}),
    };
    const parsed = sessionInput.safeParse(body);
    if (!parsed.success) {
      showErrors(fieldErrors(parsed.error), layout, FIX_FIELDS_MESSAGE);
      return;
    }
    setErrors({});
    const session: SessionBody = parsed.data;
    const json = JSON.stringify(session);
    const key = attempt.current?.json === json ? attempt.current.key : newIdempotencyKey();
    attempt.current = { key, json };

    sending.current = true;
    setPending(true);
    try {
      const sent = await outbox.submit(session, key);
      if (sent.kind === "sent" || sent.kind === "queued") {
        attempt.current = null;
        cleared();
        setResult(
          sent.kind === "sent"
            ? { text: `Logged: ${sessionSummary(session, today)}.`, tone: "saved" }
            : { text: OFFLINE_MESSAGE, tone: "kept" },
        );
        finish("status");
        if (sent.kind === "sent") router.refresh();
      } else if (sent.kind === "rejected") {
        showErrors(sent.fields, layout, sent.message);
      } else {
        setFormError(sent.message);
      }
    } catch {
      setFormError("Something went wrong. Please try again.");
    } finally {
      sending.current = false;
      setPending(false);
    }
  }

  /** Enter on a chosen chip or scale saves too, as it does in a box. */
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target;
    if (event.key === "Enter" && target instanceof HTMLInputElement && target.type === "radio") {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  return (
    <div>
      <form
        ref={formRef}
        onSubmit={submit}
        onKeyDown={onKeyDown}
        noValidate
        aria-label="Log a session"
        className="space-y-4"
      >
        <FormMessage>{formError}</FormMessage>
        <ChipField
          label="Type"
          name={id("type")}
          options={TYPE_OPTIONS}
          value={type}
          onChange={setType}
          error={errors.type}
        />
        <div className="space-y-2">
          <ChipField
            label="Date"
            name={id("day")}
            options={DAY_OPTIONS}
            value={day}
            onChange={setDay}
            error={day === "other" ? undefined : errors.date}
          />
          {day === "other" ? (
            <Field
              label="Day"
              name={id("date")}
              type="date"
              max={today}
              value={otherDate}
              onChange={(event) => setOtherDate(event.target.value)}
              error={errors.date}
              className="max-w-56"
            />
          ) : null}
        </div>
        <Field
          label="Duration (min)"
          name={id("duration_min")}
          type="number"
          inputMode="numeric"
          {...SCALES.sessionMinutes}
          step={1}
          placeholder="60"
          value={duration}
          onChange={(event) => setDuration(event.target.value)}
          error={errors.duration_min}
          className="max-w-40"
        />
        <ScaleField name={id("rpe")} {...RPE_SCALE} value={rpe} onChange={setRpe} error={errors.rpe} />
        <RepSetsField name={id("sets")} rows={rows} onChange={setRows} errors={errors} />
        <ScaleField
          name={id("mood")}
          {...MOOD_SCALE}
          hint="Optional."
          value={mood}
          onChange={setMood}
          error={errors.mood}
        />
        <TextAreaField
          label="Notes"
          name={id("notes")}
          placeholder="Optional: e.g. felt sharp, a tight left calf"
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          error={errors.notes}
        />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending} className="w-full sm:w-auto">
            {pending ? "Logging…" : "Log session"}
          </Button>
          <p
            ref={statusRef}
            role="status"
            tabIndex={-1}
            className={`rounded-lg text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-track-500/40 ${result ? RESULT_TONE[result.tone] : ""}`}
          >
            {result?.text ?? ""}
          </p>
        </div>
      </form>
      <PendingSessions entries={outbox.entries} today={today} onDiscard={(key) => void outbox.discard(key)} />
    </div>
  );
}
