"use client";

import { type ChangeEvent, useId, useState } from "react";
import { type CheckedRow, CsvPreviewTable, errorsText } from "@/components/imports/csv-preview-table";
import { Button } from "@/components/ui/button";
import { RadioFieldset, type RadioLook } from "@/components/ui/choice-field";
import { DecimalField, Field, FieldNote, type Option, SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";
import { parseCsv } from "@/lib/core/csv";
import type { SprintStart } from "@/lib/core/domain";
import { plural } from "@/lib/core/words";
import { ApiClientError, apiFetch } from "@/lib/http/client";
import type { SprintProfileDto } from "@/lib/sprint-profiles/responses";
import { CHIP_LOOK, ConditionsFields } from "./conditions-fields";
import { FIGURES, figureValue, fitWords } from "./words";

type Times = "cumulative" | "segments";

interface Mapping {
  date_column?: string | null;
  gates: { column: string; distance_m: number }[];
  times: Times;
}

interface Preview {
  columns: string[];
  mapping: Mapping;
  rows: (CheckedRow & { fit: { mss: number; mac: number; tau: number; rse: number } | null })[];
  valid: number;
  invalid: number;
}

/** The mapping as the form edits it: every column's distance as typed, blank for a column to ignore. */
interface MappingDraft {
  dateColumn: string;
  distances: Record<string, string>;
  times: Times;
}

const TIMES_OPTIONS: Option<Times>[] = [
  { value: "cumulative", label: "From the start to each gate" },
  { value: "segments", label: "Each gate from the one before" },
];
const TIMES_LOOK: RadioLook = { ...CHIP_LOOK, list: "mt-1 grid gap-2 sm:grid-cols-2" };

const EXAMPLE = "Date,5m,10m,20m,30m,40m\n2026-10-05,1.16,1.89,3.15,4.31,5.44";

function draftFrom(preview: Preview): MappingDraft {
  const distances: Record<string, string> = {};
  for (const column of preview.columns) {
    const gate = preview.mapping.gates.find((g) => g.column === column);
    distances[column] = gate ? String(gate.distance_m) : "";
  }
  return { dateColumn: preview.mapping.date_column ?? "", distances, times: preview.mapping.times };
}

function mappingFrom(draft: MappingDraft): Mapping {
  return {
    date_column: draft.dateColumn === "" ? null : draft.dateColumn,
    gates: Object.entries(draft.distances)
      .filter(([column, distance]) => column !== draft.dateColumn && distance.trim() !== "")
      .map(([column, distance]) => ({ column, distance_m: Number(distance) })),
    times: draft.times,
  };
}

const optional = (value: string) => (value.trim() === "" ? undefined : Number(value));

/**
 * Split times from a timing system's CSV: the file (chosen or pasted), a first check that guesses which column holds
 * the date and which distance each time column is, a mapping step to correct that guess, and a preview of every row
 * with its fitted top speed and acceleration or the problem named. Import stores all rows or none.
 */
export function CsvImport({ today }: { today: string }) {
  const prefix = useId();
  const id = (key: string) => `${prefix}-${key}`;
  const [csv, setCsv] = useState("");
  const [shared, setShared] = useState({
    date: today,
    start: "standing" as SprintStart,
    time_correction_s: "",
    body_mass_kg: "",
    height_m: "",
  });
  const [preview, setPreview] = useState<Preview | null>(null);
  const [columns, setColumns] = useState<string[]>([]);
  const [draft, setDraft] = useState<MappingDraft | null>(null);
  /** The mapping or the shared fields changed since the last check: the preview no longer shows what would import. */
  const [stale, setStale] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const { pending, error, run } = useAction<"preview" | "import">();

  function changed() {
    setStale(true);
    setDone(null);
    setFields({});
  }

  function startOver(text: string) {
    setCsv(text);
    setPreview(null);
    setColumns([]);
    setDraft(null);
    setStale(false);
    setDone(null);
    setFields({});
  }

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) startOver(await file.text());
  }

  function body(mapping: Mapping | undefined) {
    return {
      csv,
      ...(mapping ? { mapping } : {}),
      date: shared.date || undefined,
      start: shared.start,
      time_correction_s: optional(shared.time_correction_s),
      body_mass_kg: optional(shared.body_mass_kg),
      height_m: optional(shared.height_m),
    };
  }

  function describe(failure: unknown): string {
    if (failure instanceof ApiClientError && Object.keys(failure.fields).length > 0) {
      const known = ["csv", "date", "start", "time_correction_s", "body_mass_kg", "height_m"];
      const placed: Record<string, string> = {};
      const rest: string[] = [];
      for (const [field, message] of Object.entries(failure.fields)) {
        const top = field.split(".")[0]!;
        if (known.includes(top)) placed[top] ??= message;
        else if (top === "mapping") placed.mapping ??= message;
        else rest.push(`${field.replace(/^line (\d+)\./, "Line $1, ")}: ${message}`);
      }
      setFields(placed);
      return rest.length > 0 ? `${failure.message} ${rest.join("; ")}.` : "Some fields need a second look.";
    }
    return failure instanceof Error ? failure.message : "Something went wrong. Please try again.";
  }

  async function check() {
    setDone(null);
    setFields({});
    const checked = await run(
      "preview",
      () =>
        apiFetch<Preview>("/api/v1/sprint-profiles/import/preview", {
          method: "POST",
          json: body(draft ? mappingFrom(draft) : undefined),
        }),
      { refresh: false, describe },
    );
    if (!checked) {
      // Aria could not guess three gates from the headers: offer the columns to map by hand.
      if (!draft) offerColumns();
      return;
    }
    setPreview(checked.value);
    setColumns(checked.value.columns);
    setDraft(draftFrom(checked.value));
    setStale(false);
  }

  function offerColumns() {
    const header =
      parseCsv(csv)[0]
        ?.cells.map((c) => c.trim())
        .filter((c) => c !== "") ?? [];
    if (header.length === 0) return;
    setColumns(header);
    setDraft({ dateColumn: "", distances: Object.fromEntries(header.map((c) => [c, ""])), times: "cumulative" });
  }

  async function store() {
    if (!draft) return;
    const stored = await run(
      "import",
      () =>
        apiFetch<{ profiles: SprintProfileDto[] }>("/api/v1/sprint-profiles/import", {
          method: "POST",
          json: body(mappingFrom(draft)),
        }),
      { describe },
    );
    if (!stored) return;
    startOver("");
    setDone(`Imported ${plural(stored.value.profiles.length, "sprint profile")}.`);
  }

  const setSharedValue = (key: keyof typeof shared) => (value: string) => {
    setShared((s) => ({ ...s, [key]: value }));
    if (preview) changed();
  };
  const gateColumns = draft ? columns.filter((c) => c !== draft.dateColumn) : [];
  const canImport = preview && !stale && preview.invalid === 0 && preview.valid > 0;

  return (
    <div className="space-y-4">
      <div>
        <label htmlFor={id("file")} className="block text-sm font-medium text-zinc-800 dark:text-zinc-200">
          CSV file
        </label>
        <input
          id={id("file")}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={readFile}
          className="mt-1 block min-h-11 w-full text-sm file:mr-3 file:min-h-11 file:rounded-xl file:border file:border-zinc-300 file:bg-white file:px-3 file:text-sm file:font-semibold dark:file:border-zinc-700 dark:file:bg-zinc-900 dark:file:text-zinc-100"
        />
      </div>
      <TextAreaField
        label="Or paste the CSV"
        name={id("csv")}
        rows={5}
        placeholder={EXAMPLE}
        className="[&_textarea]:font-mono [&_textarea]:text-xs"
        value={csv}
        onChange={(e) => startOver(e.target.value)}
        hint="One sprint per row, one column per gate; the first line names the columns (e.g. 10m, Split 20 m)."
        error={fields.csv}
      />

      <ConditionsFields
        id={id}
        values={shared}
        errors={fields}
        set={setSharedValue}
        date={
          <Field
            label="Date of rows without one"
            type="date"
            name={id("date")}
            max={today}
            value={shared.date}
            onChange={(e) => setSharedValue("date")(e.target.value)}
            hint="Used when no column holds the date"
            error={fields.date}
          />
        }
      />

      {draft ? (
        <fieldset
          className="space-y-3 rounded-xl border border-zinc-200 p-3 dark:border-zinc-800"
          aria-describedby={fields.mapping ? `${id("mapping")}-error` : undefined}
        >
          <legend className="px-1 text-sm font-semibold">Columns</legend>
          <p className="text-sm text-zinc-600 dark:text-zinc-400">
            Aria guessed from the headers; correct anything it got wrong. Give each time column its gate's distance, and
            leave the distance blank for a column to ignore.
          </p>
          <SelectField
            label="Date column"
            name={id("date_column")}
            value={draft.dateColumn}
            onChange={(value) => {
              setDraft({ ...draft, dateColumn: value });
              changed();
            }}
            placeholder="None: every row on the date above"
            options={columns.map((c) => ({ value: c, label: c }))}
          />
          <ul className="grid gap-2 sm:grid-cols-2">
            {gateColumns.map((column, i) => (
              <li key={column}>
                <DecimalField
                  label={`“${column}”: gate distance (m)`}
                  name={id(`gate-${i}`)}
                  step="0.1"
                  min={0}
                  placeholder="Ignore"
                  value={draft.distances[column] ?? ""}
                  onChange={(e) => {
                    setDraft({ ...draft, distances: { ...draft.distances, [column]: e.target.value } });
                    changed();
                  }}
                />
              </li>
            ))}
          </ul>
          <RadioFieldset
            legend="The times are"
            name={id("times")}
            options={TIMES_OPTIONS}
            value={draft.times}
            onChange={(value) => {
              setDraft({ ...draft, times: value });
              changed();
            }}
            look={TIMES_LOOK}
          />
          <FieldNote id={id("mapping")} error={fields.mapping} />
        </fieldset>
      ) : null}

      <FormMessage>{error}</FormMessage>
      <FormMessage tone="success">{done}</FormMessage>
      <Button
        variant="secondary"
        className="w-full sm:w-auto"
        onClick={check}
        disabled={csv.trim() === "" || pending !== null}
      >
        {pending === "preview" ? "Checking…" : preview || draft ? "Check again" : "Check the file"}
      </Button>

      {preview ? <PreviewTable preview={preview} stale={stale} /> : null}

      {preview ? (
        <Button className="w-full sm:w-auto" onClick={store} disabled={!canImport || pending !== null}>
          {pending === "import" ? "Importing…" : `Import ${plural(preview.valid, "profile")}`}
        </Button>
      ) : null}
    </div>
  );
}

function PreviewTable({ preview, stale }: { preview: Preview; stale: boolean }) {
  const gates = [...preview.mapping.gates].sort((a, b) => a.distance_m - b.distance_m);
  const dateColumn = preview.mapping.date_column ?? null;
  return (
    <section aria-label="Import preview" className="space-y-2">
      <p role="status" className="text-sm">
        {stale ? (
          "The columns or settings changed: check again to see each row's fit before importing."
        ) : (
          <>
            <span className="font-semibold text-emerald-700 dark:text-emerald-300">{preview.valid} valid</span>
            {preview.invalid > 0 ? (
              <>
                {" · "}
                <span className="font-semibold text-red-700 dark:text-red-300">{preview.invalid} not valid</span>: fix
                them in the file or the columns and check again. Nothing is imported until every row is valid.
              </>
            ) : (
              " · every row is ready to import."
            )}
          </>
        )}
      </p>
      <CsvPreviewTable
        rows={preview.rows}
        columns={[
          ...(dateColumn ? [{ key: dateColumn, label: dateColumn }] : []),
          ...gates.map((g) => ({ key: g.column, label: `${g.distance_m} m`, numeric: true })),
        ]}
        result={{
          label: "Fit",
          cell: (row) =>
            row.fit ? (
              <span className="tabular-nums">
                MSS {figureValue(FIGURES.mss, row.fit.mss)} · MAC {figureValue(FIGURES.mac, row.fit.mac)} ·{" "}
                {fitWords(row.fit.rse)}
              </span>
            ) : (
              <span className="text-red-700 dark:text-red-300">{errorsText(row.errors)}</span>
            ),
        }}
        dim={stale}
      />
    </section>
  );
}
