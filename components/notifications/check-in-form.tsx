"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { ScaleField, TextAreaField } from "@/components/sessions/controls";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { CheckInType } from "@/lib/core/domain";
import { fieldErrors } from "@/lib/core/errors";
import { ApiClientError, apiFetch, errorMessage } from "@/lib/http/client";
import { sentence, topLevel } from "@/lib/http/form-errors";
import { checkInResponses } from "@/lib/notifications/schemas";

interface DueCheckIn {
  id: string;
  type: CheckInType;
  prompt: string;
  /** Already formatted in the athlete's zone. */
  when: string;
}

const TITLES: Record<CheckInType, string> = {
  morning_motivation: "Morning check-in",
  recovery_check: "Recovery check",
  weekly_review: "Weekly review",
  injury_status: "Injury check",
};

const MOOD_WORDS: Record<number, string> = { 1: "awful", 2: "bad", 3: "okay", 4: "good", 5: "great" };
const RATING_WORDS: Record<number, string> = { 1: "poor", 2: "meh", 3: "fine", 4: "good", 5: "great" };
const SORENESS_WORDS: Record<number, string> = { 1: "none", 4: "moderate", 7: "very sore" };
const PAIN_WORDS: Record<number, string> = { 0: "no pain", 3: "mild", 5: "moderate", 7: "severe", 10: "worst" };

/** Answers one due check-in with the short form of its type. */
function CheckInForm({ checkIn, onAnswered }: { checkIn: DueCheckIn; onAnswered: (id: string) => void }) {
  const router = useRouter();
  const ids = useId();
  const [score, setScore] = useState<number | null>(null);
  const [ready, setReady] = useState<boolean | null>(null);
  const [note, setNote] = useState("");
  const [highlight, setHighlight] = useState("");
  const [nextFocus, setNextFocus] = useState("");
  const [fields, setFields] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const type = checkIn.type;

  function body(): Record<string, unknown> {
    const value = score ?? undefined;
    switch (type) {
      case "morning_motivation":
        return { mood: value, note };
      case "recovery_check":
        return { soreness: value, ready_to_train: ready ?? undefined, note };
      case "weekly_review":
        return { rating: value, highlight, next_focus: nextFocus };
      case "injury_status":
        return { pain: value, note };
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const answer = body();
    const parsed = checkInResponses[type].safeParse(answer);
    if (!parsed.success) {
      setFields(topLevel(fieldErrors(parsed.error)));
      setFormError("Some answers need a second look.");
      return;
    }
    setFields({});
    setPending(true);
    try {
      await apiFetch(`/api/v1/check-ins/${encodeURIComponent(checkIn.id)}/respond`, { method: "POST", json: answer });
      onAnswered(checkIn.id);
      router.refresh();
    } catch (error) {
      if (error instanceof ApiClientError && error.code === "conflict") {
        // Answered elsewhere (in chat, or another tab): it is no longer due.
        onAnswered(checkIn.id);
        router.refresh();
        return;
      }
      const apiFields = error instanceof ApiClientError ? topLevel(error.fields) : {};
      setFields(apiFields);
      setFormError(Object.keys(apiFields).length > 0 ? "Some answers need a second look." : errorMessage(error));
    } finally {
      setPending(false);
    }
  }

  const scale =
    type === "morning_motivation"
      ? { key: "mood", label: "Mood", min: 1, max: 5, words: MOOD_WORDS, showWords: true }
      : type === "recovery_check"
        ? { key: "soreness", label: "Soreness", min: 1, max: 7, words: SORENESS_WORDS, showWords: false }
        : type === "weekly_review"
          ? { key: "rating", label: "Rating", min: 1, max: 5, words: RATING_WORDS, showWords: true }
          : { key: "pain", label: "Pain", min: 0, max: 10, words: PAIN_WORDS, showWords: false };
  const hint =
    type === "recovery_check"
      ? "1 no soreness · 7 very sore"
      : type === "injury_status"
        ? "0 no pain · 10 the worst imaginable"
        : undefined;

  return (
    <form onSubmit={submit} noValidate aria-label={TITLES[type]} className="space-y-3">
      <FormMessage>{formError ?? (fields.body ? sentence(fields.body) : null)}</FormMessage>
      <ScaleField
        id={`${ids}-${scale.key}`}
        name={`${ids}-${scale.key}`}
        label={scale.label}
        min={scale.min}
        max={scale.max}
        value={score}
        onChange={setScore}
        words={scale.words}
        showWords={scale.showWords}
        hint={hint}
        error={fields[scale.key]}
      />
      {type === "recovery_check" ? (
        <fieldset aria-describedby={fields.ready_to_train ? `${ids}-ready-error` : undefined}>
          <legend className="text-sm font-medium text-zinc-800 dark:text-zinc-200">Ready to train?</legend>
          <div className="mt-1.5 grid grid-cols-2 gap-1.5">
            {[
              { value: true, label: "Yes" },
              { value: false, label: "Not yet" },
            ].map((option) => (
              <label
                key={option.label}
                className="relative flex h-11 cursor-pointer items-center justify-center rounded-xl border border-zinc-300 bg-white text-sm font-semibold has-[:checked]:border-track-500 has-[:checked]:bg-track-500 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-track-500/50 dark:border-zinc-700 dark:bg-zinc-900"
              >
                <input
                  type="radio"
                  name={`${ids}-ready`}
                  checked={ready === option.value}
                  onChange={() => setReady(option.value)}
                  className="absolute inset-0 size-full cursor-pointer appearance-none rounded-xl opacity-0"
                />
                {option.label}
              </label>
            ))}
          </div>
          {fields.ready_to_train ? (
            <p id={`${ids}-ready-error`} className="mt-1 text-sm text-red-600 dark:text-red-400">
              {sentence(fields.ready_to_train)}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      {type === "weekly_review" ? (
        <>
          <TextAreaField
            id={`${ids}-highlight`}
            label="Highlight of the week"
            value={highlight}
            onChange={setHighlight}
            error={fields.highlight}
          />
          <TextAreaField
            id={`${ids}-next-focus`}
            label="Next week's focus"
            value={nextFocus}
            onChange={setNextFocus}
            error={fields.next_focus}
          />
        </>
      ) : (
        <TextAreaField id={`${ids}-note`} label="Note (optional)" value={note} onChange={setNote} error={fields.note} />
      )}
      <Button type="submit" disabled={pending} className="w-full sm:w-auto">
        {pending ? "Sending…" : "Send answer"}
      </Button>
    </form>
  );
}

/** The due check-ins, each with its own form; an answered one leaves the list at once. */
export function DueCheckIns({ initial }: { initial: DueCheckIn[] }) {
  const [due, setDue] = useState(initial);
  const [answered, setAnswered] = useState(0);

  function remove(id: string) {
    setDue((current) => current.filter((c) => c.id !== id));
    setAnswered((n) => n + 1);
  }

  return (
    <div className="space-y-4">
      <p role="status" className="text-sm font-medium text-emerald-700 empty:hidden dark:text-emerald-400">
        {answered > 0 ? "Thanks, your answer is saved. Aria reads it with your training." : ""}
      </p>
      {due.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          {answered > 0
            ? "You are all caught up."
            : "No check-ins due. Aria asks each morning, after hard sessions, on Sunday evenings and while an injury is active."}
        </p>
      ) : (
        <ul aria-label="Due check-ins" className="space-y-4">
          {due.map((checkIn) => (
            <li
              key={checkIn.id}
              data-check-in-id={checkIn.id}
              data-check-in-type={checkIn.type}
              className="rounded-2xl border border-track-200 bg-track-50/60 p-4 dark:border-track-900/60 dark:bg-track-900/10"
            >
              <div className="mb-3">
                <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
                  <span className="font-semibold text-track-800 dark:text-track-200">{TITLES[checkIn.type]}</span>
                  <span className="text-xs text-zinc-500 dark:text-zinc-400">{checkIn.when}</span>
                </p>
                <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{checkIn.prompt}</p>
              </div>
              <CheckInForm checkIn={checkIn} onAnswered={remove} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
