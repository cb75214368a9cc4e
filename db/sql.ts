import { type AnyColumn, and, gte, lte, type SQL, sql } from "drizzle-orm";

/**
 * A set of rows as one JSON parameter, unpacked server-side: `(…) in (select … from ${jsonRows(…)})`.
 * Large `in ((a, b), …)` lists grow the statement and the parser's recursion with every row (PGlite's WebAssembly
 * stack gives out near a thousand); a single parameter costs the same for ten rows or ten thousand. Read as jsonb: the
 * document is parsed once, and a jsonb column takes its value as is, where json would parse each nested value again.
 */
export function jsonRows(rows: readonly Record<string, unknown>[], columns: string, alias = "t"): SQL {
  return sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as ${sql.raw(alias)}(${sql.raw(columns)})`;
}

/**
 * `column = any(…)` over many ids as one array parameter: an `in ($1, …, $500)` list costs the server a parameter
 * and the planner a list item per id, every time.
 */
export function anyUuid(column: SQL | AnyColumn, ids: readonly string[]): SQL {
  return sql`${column} = any(${`{${ids.join(",")}}`}::uuid[])`;
}

/**
 * A timestamptz column as milliseconds since 1970 (a JavaScript number on every driver), for raw queries: drivers
 * return raw timestamps as text in the session's own format, which is no format to parse.
 */
export function epochMs(column: string): SQL {
  return sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);
}

/**
 * Rows per bulk INSERT. PostgreSQL allows 65,535 parameters a statement, and PGlite's WebAssembly build aborts well
 * before that (near 30,000), so bulk writes go in chunks of this many rows.
 */
const INSERT_CHUNK_ROWS = 500;

export function chunked<T>(rows: readonly T[], size = INSERT_CHUNK_ROWS): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

/** A list query's `from` and `to` on a date column, both inclusive; a bound left out does not filter. */
export function withinDates(column: AnyColumn, range: { from?: string; to?: string }): SQL | undefined {
  return and(range.from ? gte(column, range.from) : undefined, range.to ? lte(column, range.to) : undefined);
}
