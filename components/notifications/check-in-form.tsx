"use client";

import { type FormEvent, useState } from "react";
import { MOOD_WORDS } from "@/components/sessions/labels";
import { Button } from "@/components/ui/button";
import { RadioFieldset, type RadioLook, ScaleField } from "@/components/ui/choice-field";
import { type Option, TextAreaField } from "@/components/ui/field";
import { FormMessage, StatusLine } from "@/components/ui/form-message";
import { doneWhen } from "@/components/ui/use-action";
import { useForm } from "@/components/ui/use-form";
import { type CheckInType, SCALES } from "@/lib/core/domain";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
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

const RATING_WORDS: Record<number, string> = { 1: "poor", 2: "meh", 3: "fine", 4: "good", 5: "great" };
const SORENESS_WORDS: Record<number, string> = { 1: "none", 4: "moderate", 7: "very sore" };
const PAIN_WORDS: Record<number, string> = { 0: "no pain", 3: "mild", 5: "moderate", 7: "severe", 10: "worst" };
const READY: Option<boolean>[] = [
  { value: true, label: "Yes" },
  { value: false, label: "Not yet" },
];
const READY_LOOK: RadioLook = {
  list: "mt-1.5 grid grid-cols-2 gap-1.5",
  option:
    "relative flex h-11 cursor-pointer items-center justify-center rounded-xl border border-zinc-300 bg-white text-sm font-semibold has-[:checked]:border-track-500 has-[:checked]:bg-track-500 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-track-500/50 dark:border-zinc-700 dark:bg-zinc-900",
};

/** Answers one due check-in with the short form of its type. */
function CheckInForm({ checkIn, onAnswered }: { checkIn: DueCheckIn; onAnswered: (id: string) => void }) {
  const { fields, formError, pending, send, values, field, id } = useForm({ note: "", highlight: "", next_focus: "" });
  const [score, setScore] = useState<number | null>(null);
  const [ready, setReady] = useState<boolean | null>(null);
  const type = checkIn.type;

  function body(): Record<string, unknown> {
    const value = score ?? undefined;
    const { note, highlight, next_focus } = values;
    switch (type) {
      case "morning_motivation":
        return { mood: value, note };
      case "recovery_check":
        return { soreness: value, ready_to_train: ready ?? undefined, note };
      case "weekly_review":
        return { rating: value, highlight, next_focus };
      case "injury_status":
        return { pain: value, note };
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const answer = body();
    const sent = await send(
      checkInResponses[type],
      answer,
      () =>
        apiFetch(`/api/v1/check-ins/${encodeURIComponent(checkIn.id)}/respond`, { method: "POST", json: answer })
          // Answered elsewhere (in chat, or another tab): it is no longer due.
          .catch(doneWhen("conflict")),
      { summary: "Some answers need a second look." },
    );
    if (sent) onAnswered(checkIn.id);
  }

  const { key: scaleKey, ...scale } =
    type === "morning_motivation"
      ? { key: "mood", label: "Mood", ...SCALES.mood, words: MOOD_WORDS, showWords: true }
      : type === "recovery_check"
        ? { key: "soreness", label: "Soreness", ...SCALES.hooperItem, words: SORENESS_WORDS, showWords: false }
        : type === "weekly_review"
          ? { key: "rating", label: "Rating", ...SCALES.mood, words: RATING_WORDS, showWords: true }
          : { key: "pain", label: "Pain", ...SCALES.pain, words: PAIN_WORDS, showWords: false };
  const hint =
    type === "recovery_check"
      ? "1 no soreness · 7 very sore"
      : type === "injury_status"
        ? "0 no pain · 10 the worst imaginable"
        : undefined;

  return (
    <form onSubmit={submit} noValidate aria-label={TITLES[type]} className="space-y-3">
      <FormMessage>{formError ?? sentence(fields.body)}</FormMessage>
      <ScaleField
        name={id(scaleKey)}
        {...scale}
        value={score}
        onChange={setScore}
        hint={hint}
        error={fields[scaleKey]}
      />
      {type === "recovery_check" ? (
        <RadioFieldset
          legend="Ready to train?"
          name={id("ready")}
          options={READY}
          value={ready}
          onChange={setReady}
          look={READY_LOOK}
          error={fields.ready_to_train}
        />
      ) : null}
      {type === "weekly_review" ? (
        <>
          <TextAreaField label="Highlight of the week" {...field("highlight")} />
          <TextAreaField label="Next week's focus" {...field("next_focus")} />
        </>
      ) : (
        <TextAreaField label="Note (optional)" {...field("note")} />
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
      <StatusLine className="empty:hidden">
        {answered > 0 ? "Thanks, your answer is saved. Aria reads it with your training." : null}
      </StatusLine>
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
