import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { progressMetrics, trainingSessions } from "@/db/schema";
import { parseCsv, toCsv } from "@/lib/core/csv";
import { errors, fieldErrors } from "@/lib/core/errors";
import { trackMetricInput } from "@/lib/progress/schemas";
import { checkMarks, insertMarks, type Writer } from "@/lib/progress/service";
import { sessionInput } from "@/lib/training/schemas";
import { insertSessions, toRepSetInputs } from "@/lib/training/sessions";

/**
 * CSV export and import of training sessions and time trials (athletes own their data). An import is checked row
 * by row with the same schemas as the API, then with the rules that need the athlete (a time trial's date in their
 * zone, one unit per metric), and stored through the same write path as the API; nothing is stored until the athlete
 * confirms, and a file with any bad row is refused whole, so it never half-imports.
 */

export const IMPORT_KINDS = ["sessions", "time-trials"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const MAX_IMPORT_ROWS = 5_000;
export const MAX_IMPORT_BYTES = 1_000_000;

interface Columns {
  required: string[];
  optional: string[];
  numeric: string[];
  /** Cells holding JSON, as the API's body would (a session's reps: `[{"reps":6,"distance_m":30}]`). */
  json: string[];
}

const COLUMNS: Record<ImportKind, Columns> = {
  sessions: {
    required: ["date", "type", "duration_min", "rpe"],
    optional: ["mood", "notes", "reps"],
    numeric: ["duration_min", "rpe", "mood"],
    json: ["reps"],
  },
  "time-trials": {
    required: ["date", "metric", "value"],
    optional: ["unit", "timing", "wind_mps", "notes"],
    numeric: ["value", "wind_mps"],
    json: [],
  },
};

export function importColumns(kind: ImportKind): string[] {
  return [...COLUMNS[kind].required, ...COLUMNS[kind].optional];
}

export interface PreviewRow {
  /** The line of the file the row starts on (the header's is 1, and blank lines count). */
  line: number;
  valid: boolean;
  values: Record<string, string>;
  errors: Record<string, string>;
}

/**
 * A spreadsheet cell as the schema expects it: blank → absent (null), numbers → numbers, JSON → its value, the rest
 * as typed. A cell that does not read as a number or as JSON goes to the schema as text, whose message names the fix.
 */
function cellValue(column: string, raw: string, { numeric, json }: Columns): unknown {
  const text = raw.trim();
  if (text === "") return null;
  if (numeric.includes(column)) {
    const number = Number(text.replace(",", "."));
    return Number.isFinite(number) ? number : text;
  }
  if (json.includes(column)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

interface FileRow {
  line: number;
  values: Record<string, string>;
  body: Record<string, unknown>;
  /** Why the row has more cells than the file has columns, when it has. */
  overflow: string | undefined;
}

/** The key a problem with a row as a whole (not one of its cells) is reported under. */
const ROW_FIELD = "row";

/** The file's rows as request bodies; a file the import cannot read at all is refused on `csv`. */
function readRows(kind: ImportKind, csv: string): FileRow[] {
  if (csv.length > MAX_IMPORT_BYTES) throw errors.validation({ csv: "must be at most 1 MB" });
  const [header, ...lines] = parseCsv(csv);
  if (!header) throw errors.validation({ csv: "is empty: the first line must name the columns" });
  const columns = header.cells.map((h) => h.trim().toLowerCase());
  const { required, optional } = COLUMNS[kind];
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw errors.validation({ csv: `is missing the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` });
  }
  const unknown = columns.filter((c) => c !== "" && !required.includes(c) && !optional.includes(c));
  if (unknown.length > 0) throw errors.validation({ csv: `has columns Aria does not know: ${unknown.join(", ")}` });
  if (lines.length === 0) throw errors.validation({ csv: "has a header but no rows" });
  if (lines.length > MAX_IMPORT_ROWS) throw errors.validation({ csv: `must have at most ${MAX_IMPORT_ROWS} rows` });

  return lines.map(({ line, cells }) => {
    const values: Record<string, string> = {};
    const body: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      if (!column) return;
      values[column] = cells[i] ?? "";
      const value = cellValue(column, cells[i] ?? "", COLUMNS[kind]);
      if (value !== null) body[column] = value;
    });
    return { line, values, body, overflow: overflowProblem(cells, columns.length) };
  });
}

/**
 * A row with more cells than the header has columns, usually a note with an unquoted comma: refused rather than cut,
 * or part of the note would be lost without a word. Empty cells past the last column carry nothing and pass.
 */
function overflowProblem(cells: readonly string[], width: number): string | undefined {
  if (!cells.slice(width).some((cell) => cell.trim() !== "")) return undefined;
  return `has ${cells.length} cells but the header names ${width} columns: put a cell that holds a comma in double quotes`;
}

/** Each row parsed by the API's own schema; the inputs of the rows it accepts, with their lines. */
function parseRows<S extends z.ZodType>(schema: S, fileRows: readonly FileRow[]) {
  const accepted: { line: number; input: z.output<S> }[] = [];
  const rows = fileRows.map(({ line, values, body, overflow }): PreviewRow => {
    const result = schema.safeParse(body);
    const problems = {
      ...(overflow ? { [ROW_FIELD]: overflow } : {}),
      ...(result.success ? {} : fieldErrors(result.error)),
    };
    const valid = Object.keys(problems).length === 0;
    if (valid && result.success) accepted.push({ line, input: result.data });
    return { line, valid, values, errors: problems };
  });
  return { rows, accepted };
}

type CheckedImport = { rows: PreviewRow[] } & (
  | { kind: "sessions"; accepted: { line: number; input: z.output<typeof sessionInput> }[] }
  | { kind: "time-trials"; accepted: { line: number; input: z.output<typeof trackMetricInput> }[] }
);

/** Every rule a single create applies, row by row: the API's schema, then what `insertMarks` checks. */
async function checkImport(db: Database, writer: Writer, kind: ImportKind, csv: string): Promise<CheckedImport> {
  const fileRows = readRows(kind, csv);
  if (kind === "sessions") return { kind, ...parseRows(sessionInput, fileRows) };
  const parsed = parseRows(trackMetricInput, fileRows);
  const inputs = parsed.accepted.map((a) => a.input);
  const problems = await checkMarks(db, writer, inputs);
  const rowAt = new Map(parsed.rows.map((row) => [row.line, row]));
  const accepted = parsed.accepted.filter((a, i) => {
    const fields = problems[i] ?? {};
    if (Object.keys(fields).length === 0) return true;
    const row = rowAt.get(a.line)!;
    row.valid = false;
    row.errors = fields;
    return false;
  });
  return { kind, rows: parsed.rows, accepted };
}

/** `POST /api/v1/import/{kind}/preview`: every row checked and its problems named; nothing is stored. */
export async function previewImport(db: Database, writer: Writer, kind: ImportKind, csv: string) {
  const { rows } = await checkImport(db, writer, kind, csv);
  const invalid = rows.filter((r) => !r.valid).length;
  return { kind, columns: importColumns(kind), rows, valid: rows.length - invalid, invalid };
}

/**
 * `POST /api/v1/import/{kind}`: every row stored through the API's write path (one transaction), or nothing: a file
 * with a bad row is refused with each problem named by line and field.
 */
export async function commitImport(db: Database, writer: Writer, kind: ImportKind, csv: string) {
  const checked = await checkImport(db, writer, kind, csv);
  const bad = checked.rows.filter((r) => !r.valid);
  if (bad.length > 0) {
    const fields: Record<string, string> = {};
    for (const row of bad) {
      for (const [field, message] of Object.entries(row.errors)) fields[`line ${row.line}.${field}`] = message;
    }
    throw errors.validation(
      fields,
      `${bad.length} of ${checked.rows.length} rows are not valid; nothing was imported.`,
    );
  }
  if (checked.kind === "sessions") {
    await insertSessions(
      db,
      writer.userId,
      checked.accepted.map((a) => a.input),
    );
  } else {
    // Checked above; a mark stored meanwhile (another tab) may still make one refused, named by its line.
    const lines = checked.accepted.map((a) => a.line);
    const fieldOf = (index: number, field: string) => `line ${lines[index]}.${field}`;
    await insertMarks(
      db,
      writer,
      checked.accepted.map((a) => a.input),
      { fieldOf },
    );
  }
  return { imported: checked.rows.length };
}

/** The athlete's sessions or time trials as CSV, oldest first, in the columns an import reads back. */
export async function exportCsv(db: Database, userId: string, kind: ImportKind): Promise<string> {
  if (kind === "sessions") {
    const rows = await db
      .select()
      .from(trainingSessions)
      .where(eq(trainingSessions.userId, userId))
      .orderBy(asc(trainingSessions.date), asc(trainingSessions.createdAt));
    // The reps column appears only when there is rep detail to carry, so a plain log stays a plain sheet.
    const withReps = rows.some((s) => s.reps && s.reps.length > 0);
    return toCsv(
      withReps ? importColumns(kind) : importColumns(kind).filter((c) => c !== "reps"),
      rows.map((s) => {
        const cells: unknown[] = [s.date, s.type, s.durationMin, s.rpe, s.mood, s.notes];
        const reps = toRepSetInputs(s.reps);
        return withReps ? [...cells, reps && JSON.stringify(reps)] : cells;
      }),
    );
  }
  const rows = await db
    .select()
    .from(progressMetrics)
    .where(and(eq(progressMetrics.userId, userId)))
    .orderBy(asc(progressMetrics.date), asc(progressMetrics.createdAt));
  return toCsv(
    importColumns(kind),
    rows.map((m) => [m.date, m.metric, m.value, m.unit, m.timing, m.windMps, m.notes]),
  );
}
