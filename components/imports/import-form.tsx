"use client";

import { type ChangeEvent, useState } from "react";
import { type CheckedRow, CsvPreviewTable, errorsText } from "@/components/imports/csv-preview-table";
import { Button } from "@/components/ui/button";
import { RadioFieldset, type RadioLook } from "@/components/ui/choice-field";
import type { Option } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useAction } from "@/components/ui/use-action";
import { plural } from "@/lib/core/words";
import { apiFetch } from "@/lib/http/client";

type Kind = "sessions" | "time-trials";

const KINDS: Option<Kind>[] = [
  { value: "sessions", label: "Training sessions" },
  { value: "time-trials", label: "Time trials" },
];
const KIND_LOOK: RadioLook = {
  legend: "text-sm font-medium",
  list: "mt-2 flex gap-2",
  option:
    "flex cursor-pointer items-center gap-2 rounded-xl border border-zinc-300 px-3 py-2 text-sm has-[:checked]:border-track-500 has-[:checked]:bg-track-50 dark:border-zinc-700 dark:has-[:checked]:bg-track-900/20",
  input: "accent-track-500",
};

interface Preview {
  columns: string[];
  rows: CheckedRow[];
  valid: number;
  invalid: number;
}

// A note holding a comma is quoted: the import refuses a row with more cells than the header names.
const EXAMPLES: Record<Kind, string> = {
  sessions: 'date,type,duration_min,rpe,mood,notes\n2026-11-02,acceleration,60,7,4,"Block starts, 6×20 m"',
  "time-trials": 'date,metric,value,timing,wind_mps,notes\n2026-10-15,100m,11.42,fat,-0.4,"Club trial, into the wind"',
};

/** Choose or paste a CSV, see every row checked, then import — only a file whose rows are all valid. */
export function ImportForm() {
  const [kind, setKind] = useState<Kind>("sessions");
  const [csv, setCsv] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { pending, error, run } = useAction<"preview" | "import">();

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setCsv(await file.text());
    setPreview(null);
    setDone(null);
  }

  async function check() {
    setDone(null);
    const checked = await run(
      "preview",
      () => apiFetch<Preview>(`/api/v1/import/${kind}/preview`, { method: "POST", json: { csv } }),
      { refresh: false },
    );
    setPreview(checked ? checked.value : null);
  }

  async function store() {
    const stored = await run("import", () =>
      apiFetch<{ imported: number }>(`/api/v1/import/${kind}`, { method: "POST", json: { csv } }),
    );
    if (!stored) return;
    setDone(`Imported ${plural(stored.value.imported, kind === "sessions" ? "session" : "time trial")}.`);
    setPreview(null);
    setCsv("");
  }

  return (
    <div className="space-y-4">
      <RadioFieldset
        legend="What the file holds"
        name="kind"
        options={KINDS}
        value={kind}
        onChange={(value) => {
          setKind(value);
          setPreview(null);
        }}
        look={KIND_LOOK}
      />
      <div>
        <label htmlFor="csv-file" className="block text-sm font-medium">
          CSV file
        </label>
        <input
          id="csv-file"
          type="file"
          accept=".csv,text/csv"
          onChange={readFile}
          className="mt-1 block w-full text-sm"
        />
      </div>
      <div>
        <label htmlFor="csv-text" className="block text-sm font-medium">
          Or paste the CSV
        </label>
        <textarea
          id="csv-text"
          value={csv}
          onChange={(event) => {
            setCsv(event.target.value);
            setPreview(null);
          }}
          rows={6}
          placeholder={EXAMPLES[kind]}
          className="mt-1 block w-full rounded-xl border border-zinc-300 bg-white px-3 py-2 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-900"
        />
        <p className="mt-1 text-xs text-zinc-500">
          First line: the column names. Required:{" "}
          {kind === "sessions" ? "date, type, duration_min, rpe" : "date, metric, value"}.
        </p>
      </div>
      <FormMessage>{error}</FormMessage>
      <FormMessage tone="success">{done}</FormMessage>
      <Button onClick={check} disabled={csv.trim() === "" || pending !== null} variant="secondary">
        {pending === "preview" ? "Checking…" : "Check the file"}
      </Button>

      {preview ? (
        <section aria-label="Import preview" className="space-y-3">
          <p role="status" className="text-sm">
            <span className="font-semibold text-emerald-700 dark:text-emerald-300">{preview.valid} valid</span>
            {preview.invalid > 0 ? (
              <>
                {" · "}
                <span className="font-semibold text-red-700 dark:text-red-300">{preview.invalid} not valid</span>: fix
                them in the file and check again. Nothing is imported until every row is valid.
              </>
            ) : (
              " · every row is ready to import."
            )}
          </p>
          <CsvPreviewTable
            rows={preview.rows}
            columns={preview.columns.map((column) => ({ key: column, label: column }))}
            result={{ label: "Check", cell: (row) => (row.valid ? "✓" : errorsText(row.errors)) }}
          />
          <Button onClick={store} disabled={preview.invalid > 0 || pending !== null}>
            {pending === "import" ? "Importing…" : `Import ${plural(preview.valid, "row")}`}
          </Button>
        </section>
      ) : null}
    </div>
  );
}
