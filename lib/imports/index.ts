import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Database } from "@/db/client";
import { progressMetrics, trainingSessions } from "@/db/schema";
import { chunked } from "@/db/sql";
import { invalidate } from "@/lib/cache";
import { parseCsv, toCsv } from "@/lib/core/csv";
import { errors, fieldErrors } from "@/lib/core/errors";
import { trackMetricInput } from "@/lib/progress/schemas";
import { sessionInput } from "@/lib/training/schemas";

/**
 * CSV export and import of training sessions and time trials (athletes own their data). An import is checked row
 * by row with the same schemas as the API; nothing is stored until the athlete confirms, and a file with any bad
 * row is refused whole, so it never half-imports.
 */

export const IMPORT_KINDS = ["sessions", "time-trials"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const MAX_IMPORT_ROWS = 5_000;
export const MAX_IMPORT_BYTES = 1_000_000;

const COLUMNS: Record<ImportKind, { required: string[]; optional: string[]; numeric: string[] }> = {
  sessions: {
    required: ["date", "type", "duration_min", "rpe"],
    optional: ["mood", "notes"],
    numeric: ["duration_min", "rpe", "mood"],
  },
  "time-trials": {
    required: ["date", "metric", "value"],
    optional: ["unit", "timing", "wind_mps", "notes"],
    numeric: ["value", "wind_mps"],
  },
};

const SCHEMAS = { sessions: sessionInput, "time-trials": trackMetricInput } as const;

export function importColumns(kind: ImportKind): string[] {
  return [...COLUMNS[kind].required, ...COLUMNS[kind].optional];
}

export interface PreviewRow {
  /** The line in the file (the header is line 1). */
  line: number;
  valid: boolean;
  values: Record<string, string>;
  errors: Record<string, string>;
}

/** A spreadsheet cell as the schema expects it: blank → absent (null), numbers → numbers, the rest as typed. */
function cellValue(column: string, raw: string, numeric: string[]): unknown {
  const text = raw.trim();
  if (text === "") return null;
  if (numeric.includes(column)) {
    const number = Number(text.replace(",", "."));
    return Number.isFinite(number) ? number : text;
  }
  return text;
}

export function previewImport(kind: ImportKind, csv: string) {
  if (csv.length > MAX_IMPORT_BYTES) throw errors.validation({ csv: "must be at most 1 MB" });
  const [header, ...lines] = parseCsv(csv);
  if (!header) throw errors.validation({ csv: "is empty: the first line must name the columns" });
  const columns = header.map((h) => h.trim().toLowerCase());
  const { required, optional, numeric } = COLUMNS[kind];
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    throw errors.validation({ csv: `is missing the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}` });
  }
  const unknown = columns.filter((c) => c !== "" && !required.includes(c) && !optional.includes(c));
  if (unknown.length > 0) throw errors.validation({ csv: `has columns Aria does not know: ${unknown.join(", ")}` });
  if (lines.length === 0) throw errors.validation({ csv: "has a header but no rows" });
  if (lines.length > MAX_IMPORT_ROWS) throw errors.validation({ csv: `must have at most ${MAX_IMPORT_ROWS} rows` });

  const schema: z.ZodType = SCHEMAS[kind];
  const parsed: unknown[] = [];
  const rows: PreviewRow[] = lines.map((cells, index) => {
    const values: Record<string, string> = {};
    const input: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      if (!column) return;
      values[column] = cells[i] ?? "";
      const value = cellValue(column, cells[i] ?? "", numeric);
      if (value !== null) input[column] = value;
    });
    const result = schema.safeParse(input);
    if (result.success) parsed.push(result.data);
    return {
      line: index + 2,
      valid: result.success,
      values,
      errors: result.success ? {} : fieldErrors(result.error),
    };
  });
  const invalid = rows.filter((r) => !r.valid).length;
  return { kind, columns: importColumns(kind), rows, valid: rows.length - invalid, invalid, parsed };
}

/** Stores every row in one transaction, or nothing: a file with a bad row is refused with each problem named. */
export async function commitImport(db: Database, userId: string, kind: ImportKind, csv: string) {
  const preview = previewImport(kind, csv);
  if (preview.invalid > 0) {
    const fields: Record<string, string> = {};
    for (const row of preview.rows.filter((r) => !r.valid)) {
      for (const [field, message] of Object.entries(row.errors)) fields[`line ${row.line}.${field}`] = message;
    }
    throw errors.validation(
      fields,
      `${preview.invalid} of ${preview.rows.length} rows are not valid; nothing was imported.`,
    );
  }
  await db.transaction(async (tx) => {
    if (kind === "sessions") {
      const rows = (preview.parsed as z.output<typeof sessionInput>[]).map((s) => ({
        userId,
        date: s.date,
        type: s.type,
        durationMin: s.duration_min,
        rpe: s.rpe,
        mood: s.mood ?? null,
        notes: s.notes ?? null,
      }));
      for (const chunk of chunked(rows)) await tx.insert(trainingSessions).values(chunk);
    } else {
      const rows = (preview.parsed as z.output<typeof trackMetricInput>[]).map((m) => ({
        userId,
        date: m.date,
        metric: m.metric,
        value: m.value,
        unit: m.unit,
        timing: m.timing ?? null,
        windMps: m.wind_mps ?? null,
        notes: m.notes ?? null,
      }));
      for (const chunk of chunked(rows)) await tx.insert(progressMetrics).values(chunk);
    }
  });
  await (kind === "sessions" ? invalidate.sessionWritten(userId) : invalidate.metricWritten(userId));
  return { imported: preview.rows.length };
}

/** The athlete's sessions or time trials as CSV, oldest first, in the columns an import reads back. */
export async function exportCsv(db: Database, userId: string, kind: ImportKind): Promise<string> {
  if (kind === "sessions") {
    const rows = await db
      .select()
      .from(trainingSessions)
      .where(eq(trainingSessions.userId, userId))
      .orderBy(asc(trainingSessions.date), asc(trainingSessions.createdAt));
    return toCsv(
      importColumns(kind),
      rows.map((s) => [s.date, s.type, s.durationMin, s.rpe, s.mood, s.notes]),
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
