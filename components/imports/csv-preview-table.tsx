import type { ReactNode } from "react";

/** One line of a CSV as the server checked it: its cells by column, and what is wrong with which. */
export interface CheckedRow {
  line: number;
  valid: boolean;
  values: Record<string, string>;
  errors: Record<string, string>;
}

export interface PreviewColumn {
  key: string;
  label: string;
  /** Numbers line up on the right; other cells are cut short with an ellipsis. */
  numeric?: boolean;
}

/** "rpe: must be an integer from 1 to 10; date: …" */
export function errorsText(errors: Record<string, string>): string {
  return Object.entries(errors)
    .map(([column, message]) => `${column}: ${message}`)
    .join("; ");
}

/**
 * Every line of a CSV before it is imported: the line number, the cells of the columns shown (a cell in error in
 * bold red), and a last column that says what the row gives or what is wrong with it (`result`). A row in error is
 * tinted. Too wide for a phone, the table scrolls sideways in a region that takes keyboard focus; `dim` greys it
 * while it no longer matches the form.
 */
export function CsvPreviewTable<Row extends CheckedRow>({
  rows,
  columns,
  result,
  dim = false,
}: {
  rows: readonly Row[];
  columns: readonly PreviewColumn[];
  result: { label: string; cell: (row: Row) => ReactNode };
  dim?: boolean;
}) {
  const cell = "px-2 py-1.5";
  return (
    <section
      aria-label="Rows of the file"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className={`overflow-x-auto rounded-xl border border-zinc-200 focus-visible:ring-2 dark:border-zinc-800 ${dim ? "opacity-60" : ""}`}
    >
      <table className="w-full text-left text-xs">
        <thead className="bg-zinc-50 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
          <tr>
            <th scope="col" className={`${cell} font-medium`}>
              Line
            </th>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={`${cell} font-medium ${column.numeric ? "text-right" : ""}`}>
                {column.label}
              </th>
            ))}
            <th scope="col" className={`${cell} font-medium`}>
              {result.label}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.line}
              data-valid={row.valid}
              className={`border-t border-zinc-200 dark:border-zinc-800 ${row.valid ? "" : "bg-red-50 dark:bg-red-950/30"}`}
            >
              <td className={`${cell} tabular-nums`}>{row.line}</td>
              {columns.map((column) => (
                <td
                  key={column.key}
                  className={`${cell} ${column.numeric ? "text-right tabular-nums" : "max-w-40 truncate"} ${
                    row.errors[column.key] ? "font-semibold text-red-700 dark:text-red-300" : ""
                  }`}
                >
                  {row.values[column.key] ?? ""}
                </td>
              ))}
              <td className={`${cell} min-w-48`}>{result.cell(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
