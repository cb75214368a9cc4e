"use client";

import { type FormEvent, useId, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitRow } from "@/components/ui/submit-row";
import { useFormSubmit } from "@/components/ui/use-form-submit";
import { apiFetch } from "@/lib/http/client";
import { sentence } from "@/lib/http/form-errors";
import type { MetricDto } from "@/lib/progress/analytics";
import { isRaceMetric, METRIC_UNITS, trackMetricInput } from "@/lib/progress/schemas";
import { CONTROL, LABEL, markLabel, metricLabel, windLabel } from "./controls";

const COMMON_METRICS = ["60m", "100m", "200m", "400m", "100mh", "110mh", "400mh", "30m_fly"] as const;
const OTHER = "other";

/** Logs a time trial or any other mark (POST /api/v1/progress/track) and says whether it is a new PB. */
export function TrackForm({ today }: { today: string }) {
  const { fields, formError, pending, send } = useFormSubmit();
  const ids = useId();
  const [choice, setChoice] = useState<string>("100m");
  const [custom, setCustom] = useState("");
  const [value, setValue] = useState("");
  const [unit, setUnit] = useState("");
  const [timing, setTiming] = useState<"fat" | "hand">("fat");
  const [wind, setWind] = useState("");
  const [date, setDate] = useState(today);
  const [notes, setNotes] = useState("");
  const [status, setStatus] = useState<string | null>(null);

  const metric = choice === OTHER ? custom.trim().toLowerCase() : choice;
  const race = metric === "" || isRaceMetric(metric);

  function payload() {
    return {
      metric,
      value: value.trim() === "" ? undefined : Number(value),
      ...(race ? { timing } : unit ? { unit } : {}),
      wind_mps: race && wind.trim() !== "" ? Number(wind) : null,
      date,
      notes: notes.trim() === "" ? null : notes,
    };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus(null);
    const body = payload();
    const sent = await send(trackMetricInput, body, () =>
      apiFetch<{ metric: MetricDto }>("/api/v1/progress/track", { method: "POST", json: body }),
    );
    if (!sent) return;
    const saved = sent.value.metric;
    const label = `${metricLabel(saved.metric)} in ${markLabel(saved.value, saved.unit)}`;
    setStatus(
      saved.is_pb
        ? `New personal best: ${label}!`
        : saved.wind_aided
          ? `Saved ${label}: wind-aided ${windLabel(saved.wind_mps)}, so not a PB.`
          : `Saved ${label}.`,
    );
    setValue("");
    setWind("");
    setNotes("");
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate aria-label="Add a time trial">
      <FormMessage>{formError ?? (fields.body ? sentence(fields.body) : null)}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${ids}-metric`} className={LABEL}>
            Event or metric
          </label>
          <select
            id={`${ids}-metric`}
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            aria-invalid={fields.metric && choice !== OTHER ? true : undefined}
            className={CONTROL}
          >
            {COMMON_METRICS.map((m) => (
              <option key={m} value={m}>
                {metricLabel(m)}
              </option>
            ))}
            <option value={OTHER}>Something else…</option>
          </select>
          {fields.metric && choice !== OTHER ? (
            <p className="mt-1 text-sm text-red-600 dark:text-red-400">{sentence(fields.metric)}</p>
          ) : null}
        </div>
        {choice === OTHER ? (
          <Field
            label="Metric name"
            name="metric"
            id={`${ids}-custom`}
            value={custom}
            onChange={(e) => setCustom(e.target.value)}
            placeholder="e.g. 150m or standing_long_jump"
            error={sentence(fields.metric)}
            hint="Start with the distance for a race, e.g. 150m"
          />
        ) : null}
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label={race ? "Time (s)" : "Value"}
          name="value"
          id={`${ids}-value`}
          type="number"
          inputMode="decimal"
          step="0.01"
          min={0}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={sentence(fields.value)}
        />
        {race ? (
          <fieldset>
            <legend className={LABEL}>Timing</legend>
            <div className="mt-1 grid grid-cols-2 gap-2">
              {(["fat", "hand"] as const).map((t) => (
                <label
                  key={t}
                  className="flex cursor-pointer items-center justify-center gap-2 rounded-xl border border-zinc-300 px-3 py-2.5 text-sm has-[:checked]:border-track-500 has-[:checked]:bg-track-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-track-500/40 dark:border-zinc-700 dark:has-[:checked]:bg-track-900/20"
                >
                  <input
                    type="radio"
                    name={`${ids}-timing`}
                    value={t}
                    checked={timing === t}
                    onChange={() => setTiming(t)}
                    className="size-4 accent-track-500"
                  />
                  {t === "fat" ? "FAT" : "Hand"}
                </label>
              ))}
            </div>
            {fields.timing ? (
              <p className="mt-1 text-sm text-red-600 dark:text-red-400">{sentence(fields.timing)}</p>
            ) : null}
          </fieldset>
        ) : (
          <div>
            <label htmlFor={`${ids}-unit`} className={LABEL}>
              Unit
            </label>
            <select
              id={`${ids}-unit`}
              value={unit}
              onChange={(e) => setUnit(e.target.value)}
              aria-invalid={fields.unit ? true : undefined}
              className={CONTROL}
            >
              <option value="">Choose…</option>
              {METRIC_UNITS.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
            {fields.unit ? (
              <p className="mt-1 text-sm text-red-600 dark:text-red-400">{sentence(fields.unit)}</p>
            ) : null}
          </div>
        )}
        {race ? (
          <Field
            label="Wind (m/s)"
            name="wind_mps"
            id={`${ids}-wind`}
            type="number"
            inputMode="decimal"
            step="0.1"
            value={wind}
            onChange={(e) => setWind(e.target.value)}
            error={sentence(fields.wind_mps)}
            hint="Tailwind +, headwind −; blank if unknown"
          />
        ) : null}
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Date"
          name="date"
          id={`${ids}-date`}
          type="date"
          max={today}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={sentence(fields.date)}
        />
        <Field
          label="Notes"
          name="notes"
          id={`${ids}-notes`}
          className="sm:col-span-2"
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          placeholder="Optional: meet, conditions, how it felt"
          error={sentence(fields.notes)}
        />
      </div>

      <SubmitRow label="Add time trial" pendingLabel="Saving…" pending={pending} status={status} />
    </form>
  );
}
