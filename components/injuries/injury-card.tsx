"use client";

import { useId, useState } from "react";
import { Sparkline } from "@/components/charts/sparkline";
import { Button } from "@/components/ui/button";
import { Field, FieldNote, Options } from "@/components/ui/field";
import { FormMessage, StatusLine } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";
import { injuryLabel } from "@/lib/analysis/format";
import type { PainZone } from "@/lib/analysis/sprint";
import { formatDate } from "@/lib/core/dates";
import { INJURY_STATUSES, type InjuryStatus } from "@/lib/core/domain";
import { fieldErrors } from "@/lib/core/errors";
import { ApiClientError, apiFetch, errorMessage } from "@/lib/http/client";
import { painLogInput } from "@/lib/injuries/schemas";
import type { InjuryDto } from "@/lib/injuries/service";

const ZONE_TEXT: Record<PainZone, { label: string; advice: string; className: string }> = {
  safe: {
    label: "safe (0–3)",
    advice: "Training can continue as planned.",
    className: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200",
  },
  acceptable: {
    label: "acceptable (4–5)",
    advice: "Keep loading, but watch that it settles by the next morning.",
    className: "bg-amber-100 text-amber-800 dark:bg-amber-900/40 dark:text-amber-200",
  },
  not_acceptable: {
    label: "too high (above 5)",
    advice: "Stop loading this area and see a physio or doctor.",
    className: "bg-red-100 text-red-800 dark:bg-red-900/50 dark:text-red-200",
  },
};

const STATUS_LABEL: Record<InjuryStatus, string> = { active: "Active", recovering: "Recovering", resolved: "Resolved" };
const STATUSES = INJURY_STATUSES.map((value) => ({ value, label: STATUS_LABEL[value] }));
const LEVELS = Array.from({ length: 11 }, (_, i) => i);

function levelClass(level: number, selected: boolean): string {
  const tone =
    level <= 3
      ? "border-emerald-300 dark:border-emerald-800"
      : level <= 5
        ? "border-amber-300 dark:border-amber-800"
        : "border-red-300 dark:border-red-800";
  return `h-10 rounded-lg border text-sm font-semibold tabular-nums transition-colors ${tone} ${
    selected ? "bg-track-500 text-white" : "bg-white hover:bg-zinc-100 dark:bg-zinc-900 dark:hover:bg-zinc-800"
  }`;
}

/** One injury: the pain trend with its Silbernagel zone, a quick pain log, and its status. */
export function InjuryCard({ injury, today, timeZone }: { injury: InjuryDto; today: string; timeZone: string }) {
  const ids = useId();
  const { pending, error: formError, setError: setFormError, run } = useAction<"pain" | "status">();
  const [level, setLevel] = useState<number | null>(null);
  const [date, setDate] = useState(today);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const name = injuryLabel({ bodyPart: injury.body_part, side: injury.side });
  const zone = injury.pain_zone ? ZONE_TEXT[injury.pain_zone] : null;
  const levels = injury.pain.map((p) => p.level);
  const day = (date: string) => formatDate(date, { timeZone });

  async function logPain() {
    setMessage(null);
    setFormError(null);
    const body = { level: level ?? undefined, date };
    const parsed = painLogInput.safeParse(body);
    if (!parsed.success) {
      setFields(fieldErrors(parsed.error));
      return;
    }
    setFields({});
    const logged = await run(
      "pain",
      () => apiFetch(`/api/v1/injuries/${injury.id}/pain`, { method: "POST", json: body }),
      {
        describe: (failure) => {
          const apiFields = failure instanceof ApiClientError ? failure.fields : {};
          setFields(apiFields);
          return Object.keys(apiFields).length === 0 ? errorMessage(failure) : null;
        },
      },
    );
    if (!logged) return;
    setMessage(`Pain ${parsed.data.level}/10 logged for ${day(parsed.data.date)}.`);
    setLevel(null);
  }

  async function changeStatus(status: InjuryStatus) {
    setMessage(null);
    const changed = await run("status", () =>
      apiFetch(`/api/v1/injuries/${injury.id}`, { method: "PATCH", json: { status } }),
    );
    if (changed) setMessage(`Marked as ${STATUS_LABEL[status].toLowerCase()}.`);
  }

  return (
    <li
      aria-label={name}
      className="rounded-2xl border border-zinc-200 bg-white p-4 sm:p-5 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="font-semibold first-letter:uppercase">{name}</h3>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            <span className="capitalize">{injury.severity}</span> · since {day(injury.onset_date)}
            {injury.resolved_date ? ` · resolved ${day(injury.resolved_date)}` : ""}
          </p>
        </div>
        <div>
          <label htmlFor={`${ids}-status`} className="sr-only">
            Status of {name}
          </label>
          <select
            id={`${ids}-status`}
            value={injury.status}
            disabled={pending !== null}
            onChange={(e) => changeStatus(e.target.value as InjuryStatus)}
            className="rounded-xl border border-zinc-300 bg-white px-3 py-1.5 text-sm font-medium dark:border-zinc-700 dark:bg-zinc-900"
          >
            <Options options={STATUSES} />
          </select>
        </div>
      </div>

      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0" data-testid="latest-pain">
          {injury.latest_pain && zone ? (
            <>
              <p className="text-sm">
                Latest pain <span className="font-semibold tabular-nums">{injury.latest_pain.level}/10</span> on{" "}
                {day(injury.latest_pain.date)}{" "}
                <span className={`ml-1 rounded-full px-2 py-0.5 text-xs font-semibold ${zone.className}`}>
                  {zone.label}
                </span>
              </p>
              <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-400">{zone.advice}</p>
            </>
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No pain logged yet.</p>
          )}
        </div>
        {levels.length > 0 ? (
          <Sparkline points={injury.pain} label={`Pain trend for ${name}: ${levels.join(", ")}`} />
        ) : null}
      </div>

      {injury.notes ? <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{injury.notes}</p> : null}

      {injury.status !== "resolved" ? (
        <fieldset className="mt-4 border-t border-zinc-100 pt-4 dark:border-zinc-800">
          <legend className="text-sm font-medium">
            Log pain <span className="font-normal text-zinc-500 dark:text-zinc-400">(0 none – 10 worst)</span>
            <span className="sr-only"> for {name}</span>
          </legend>
          <div className="mt-2 grid grid-cols-6 gap-1.5 sm:grid-cols-11">
            {LEVELS.map((l) => (
              <button
                key={l}
                type="button"
                aria-pressed={level === l}
                aria-label={`Pain ${l} of 10`}
                onClick={() => setLevel(l)}
                className={levelClass(l, level === l)}
              >
                {l}
              </button>
            ))}
          </div>
          <FieldNote id={`${ids}-level`} error={fields.level ? "Choose a level from 0 to 10." : undefined} />
          <Field
            label="Date"
            name={`${ids}-date`}
            type="date"
            value={date}
            min={injury.onset_date}
            max={today}
            onChange={(e) => setDate(e.target.value)}
            error={fields.date}
            className="mt-3"
            action={
              <Button onClick={logPain} disabled={pending !== null || level === null}>
                {pending === "pain" ? "Logging…" : "Log pain"}
              </Button>
            }
          />
        </fieldset>
      ) : null}

      <div className="mt-2 space-y-2">
        <FormMessage>{formError}</FormMessage>
        <StatusLine>{message}</StatusLine>
      </div>
    </li>
  );
}
