import { z } from "zod";
import { parseCsv } from "@/lib/core/csv";
import { errors, fieldErrors } from "@/lib/core/errors";
import { enumField, expecting, isoDateField, lineField } from "@/lib/core/validation";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, type PreviewRow } from "@/lib/imports";
import { MAX_SPLIT_DISTANCE_M, MAX_SPLITS, type SprintProfileInputBody, sprintProfileFields } from "./schemas";
import { fitFields } from "./service";

/**
 * Split times from a timing system's export (PRODUCT 4.9): any CSV with one sprint per row and one column per gate.
 * The athlete maps the columns (which holds the date, which gate each time column is, cumulative or segment times);
 * Aria guesses the mapping from the headers ("10m", "Split 20 m", "Date"), previews every row with its fitted top
 * speed and acceleration or the problem named, and stores all rows or none, through the same fit and write path as
 * a profile typed in. The CSV reading and the preview's shape are the data import's (lib/imports).
 */

export const SPLIT_TIMES = ["cumulative", "segments"] as const;

const columnName = lineField(100);

export const splitColumnsMapping = z.object({
  /** The column holding each row's date; without one, every row takes `date`. */
  date_column: columnName.nullable().optional(),
  gates: z
    .array(
      z.object({ column: columnName, distance_m: z.number(expecting("must be a distance in metres")).positive() }),
      expecting("must be a list of {column, distance_m}"),
    )
    .min(3, "must map at least 3 columns to gates")
    .max(MAX_SPLITS, `must map at most ${MAX_SPLITS} columns`),
  /** Times from the start to each gate (most systems), or each gate's segment from the one before. */
  times: enumField(SPLIT_TIMES).default("cumulative"),
});
export type SplitColumnsMapping = z.infer<typeof splitColumnsMapping>;

/** `POST /api/v1/sprint-profiles/import/preview` and `…/import`: the file, how to read it, and what every row shares. */
export const splitImportBody = z.object({
  csv: z
    .string(expecting("is required: the file's text"))
    .max(MAX_IMPORT_BYTES, "must be at most 1 MB")
    .refine((csv) => !csv.includes("\u0000"), "must be text saved as UTF-8: it holds NUL bytes"),
  /** Left out in a first preview: Aria guesses it from the headers and answers it. */
  mapping: splitColumnsMapping.optional(),
  /** The date of rows without a date column. */
  date: isoDateField.optional(),
  ...sprintProfileFields.pick({
    start: true,
    time_correction_s: true,
    body_mass_kg: true,
    height_m: true,
  }).shape,
});
export type SplitImportBody = z.infer<typeof splitImportBody>;

/** "10m", "10 m", "Split 10m", "Gate 3 (20 m)", "0-30 m": the distance the header ends on, in metres. */
export function distanceInHeader(header: string): number | null {
  const match = /(\d+(?:[.,]\d+)?)\s*m(?:etres|eters)?\s*\)?\s*$/i.exec(header.trim());
  if (!match) return null;
  const distance = Number(match[1]!.replace(",", "."));
  return distance > 0 && distance <= MAX_SPLIT_DISTANCE_M ? distance : null;
}

/** The mapping Aria proposes from the headers: a date column if one is named so, every column ending in metres a gate. */
export function guessMapping(columns: readonly string[]): SplitColumnsMapping {
  const gates = columns
    .map((column) => ({ column, distance_m: distanceInHeader(column) }))
    .filter((g): g is { column: string; distance_m: number } => g.distance_m !== null)
    .sort((a, b) => a.distance_m - b.distance_m);
  const date = columns.find((c) => /\bdate\b|\bday\b/i.test(c)) ?? null;
  return { date_column: date, gates, times: "cumulative" };
}

/** A cell as a date: 2026-11-18 as is, 18/11/2026 and 18.11.2026 read day first (timing systems outside the US). */
function dateCell(text: string): string {
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text.trim());
  if (!dayFirst) return text.trim();
  const [, day, month, year] = dayFirst;
  return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
}

function timeCell(text: string): number | string {
  const number = Number(text.trim().replace(",", "."));
  return text.trim() !== "" && Number.isFinite(number) ? number : text.trim();
}

export interface SplitPreviewRow extends PreviewRow {
  /** The fit of a valid row: what the athlete checks before importing. */
  fit: { mss: number; mac: number; tau: number; rse: number } | null;
}

interface CheckedFile {
  columns: string[];
  mapping: SplitColumnsMapping;
  rows: SplitPreviewRow[];
  accepted: SprintProfileInputBody[];
}

function checkFile(body: SplitImportBody): CheckedFile {
  const [header, ...lines] = parseCsv(body.csv);
  if (!header) throw errors.validation({ csv: "is empty: the first line must name the columns" });
  const columns = header.cells.map((c) => c.trim());
  if (lines.length === 0) throw errors.validation({ csv: "has a header but no rows" });
  if (lines.length > MAX_IMPORT_ROWS) throw errors.validation({ csv: `must have at most ${MAX_IMPORT_ROWS} rows` });
  const mapping = body.mapping ?? guessMapping(columns);
  const index = (column: string | null | undefined) => (column ? columns.indexOf(column) : -1);
  const unknown = [...mapping.gates.map((g) => g.column), mapping.date_column ?? null].filter(
    (c): c is string => c !== null && index(c) < 0,
  );
  if (unknown.length > 0)
    throw errors.validation({ mapping: `names columns the file does not have: ${unknown.join(", ")}` });
  if (mapping.gates.length < 3) {
    throw errors.validation({
      mapping: "needs at least 3 columns mapped to gates: say which distance each time column is",
    });
  }
  if (!mapping.date_column && !body.date) {
    throw errors.validation({ date: "is needed when no column holds the date" });
  }
  const gates = [...mapping.gates].sort((a, b) => a.distance_m - b.distance_m);

  const accepted: SprintProfileInputBody[] = [];
  const rows = lines
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ""))
    .map(({ line, cells }): SplitPreviewRow => {
      const values: Record<string, string> = {};
      columns.forEach((column, i) => {
        if (column) values[column] = cells[i] ?? "";
      });
      let times = gates.map((g) => timeCell(cells[index(g.column)] ?? ""));
      if (mapping.times === "segments" && times.every((t) => typeof t === "number")) {
        let total = 0;
        times = (times as number[]).map((t) => (total += t));
      }
      const dateColumn = index(mapping.date_column);
      const candidate = {
        date: dateColumn >= 0 ? dateCell(cells[dateColumn] ?? "") : body.date,
        start: body.start,
        distances_m: gates.map((g) => g.distance_m),
        times_s: times,
        time_correction_s: body.time_correction_s,
        body_mass_kg: body.body_mass_kg,
        height_m: body.height_m,
      };
      const parsed = sprintProfileFields.safeParse(candidate);
      if (!parsed.success)
        return {
          line,
          valid: false,
          values,
          errors: columnErrors(fieldErrors(parsed.error), gates, mapping),
          fit: null,
        };
      const fitted = fitFields(parsed.data);
      if (!fitted.ok) {
        return {
          line,
          valid: false,
          values,
          errors: columnErrors({ [fitted.error.field]: fitted.error.message }, gates, mapping),
          fit: null,
        };
      }
      accepted.push({ ...parsed.data, source: "csv" });
      const { mss, mac, tau, rse } = fitted.profile;
      return { line, valid: true, values, errors: {}, fit: { mss, mac, tau, rse } };
    });
  return { columns, mapping, rows, accepted };
}

/** A row's problems named by the file's columns ("Split 20m") rather than the API's fields (`times_s.2`). */
function columnErrors(
  fields: Record<string, string>,
  gates: SplitColumnsMapping["gates"],
  mapping: SplitColumnsMapping,
): Record<string, string> {
  const named: Record<string, string> = {};
  for (const [field, message] of Object.entries(fields)) {
    const gate = /^(?:times_s|distances_m)\.(\d+)$/.exec(field);
    const column = gate
      ? gates[Number(gate[1])]?.column
      : field === "date" && mapping.date_column
        ? mapping.date_column
        : field;
    named[column ?? field] ??= message;
  }
  return named;
}

/** `POST /api/v1/sprint-profiles/import/preview`: the mapping used (guessed when not given), every row checked and fitted. */
export function previewSplitImport(body: SplitImportBody) {
  const { columns, mapping, rows } = checkFile(body);
  const invalid = rows.filter((r) => !r.valid).length;
  return { columns, mapping, rows, valid: rows.length - invalid, invalid };
}

/** `POST /api/v1/sprint-profiles/import`: the rows to store, or a 400 naming each bad row's line and column. */
export function acceptedSplitImport(body: SplitImportBody): SprintProfileInputBody[] {
  const { rows, accepted } = checkFile(body);
  const bad = rows.filter((r) => !r.valid);
  if (bad.length > 0) {
    const fields: Record<string, string> = {};
    for (const row of bad) {
      for (const [field, message] of Object.entries(row.errors)) fields[`line ${row.line}.${field}`] = message;
    }
    throw errors.validation(fields, `${bad.length} of ${rows.length} rows are not valid; nothing was imported.`);
  }
  return accepted;
}
