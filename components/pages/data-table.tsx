import type { Key, ReactNode } from "react";

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** Figures: right-aligned in tabular digits, so a column of them lines up. */
  numeric?: boolean;
  /** The column's own look (a mono schedule, a bold name). */
  className?: string;
}

const classes = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(" ");

/**
 * A plain table of rows under uppercase headings, ruled between rows. `minWidth` keeps a wide table readable on a
 * phone by letting it scroll sideways (the scrolling region takes keyboard focus and carries `label`, so it can be
 * scrolled without a mouse); `compact` is for a small table inside a card.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  minWidth,
  label,
  compact = false,
}: {
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => Key;
  minWidth?: string;
  /** The table's name, read out when the scrolling region takes focus; required with `minWidth`. */
  label?: string;
  compact?: boolean;
}) {
  const pad = compact ? "py-1.5" : "py-2 pr-3";
  const table = (
    <table className={classes("w-full", minWidth, "text-left text-sm")}>
      <thead className="text-xs uppercase text-zinc-500">
        <tr>
          {columns.map((column) => (
            <th key={column.header} className={classes(pad, column.numeric && "text-right", "font-medium")}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-t border-zinc-200 dark:border-zinc-800">
            {columns.map((column) => (
              <td
                key={column.header}
                className={classes(pad, column.numeric && "text-right tabular-nums", column.className)}
              >
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!minWidth) return table;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section aria-label={label ?? "Table"} tabIndex={0} className="overflow-x-auto rounded-lg focus-visible:ring-2">
      {table}
    </section>
  );
}
