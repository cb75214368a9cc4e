/**
 * The figures a bench prints: percentiles, ratios against a baseline from the same run, and aligned columns.
 * A missing figure (no samples, a zero baseline) prints as "–" rather than as NaN or Infinity.
 */

/** Nearest-rank percentile: the smallest sample with at least p % of the samples at or below it. */
export function percentile(samples: readonly number[], p: number): number | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const ratio = (part: number | undefined, base: number | undefined): number | undefined =>
  part === undefined || base === undefined || base === 0 ? undefined : part / base;

export const sum = <T>(items: readonly T[], count: (item: T) => number): number =>
  items.reduce((n, item) => n + count(item), 0);

export const secondsSince = (start: number): number => (performance.now() - start) / 1000;

export const fixed = (value: number | undefined, digits: number, unit = ""): string =>
  value === undefined ? "–" : `${value.toFixed(digits)}${unit}`;

export const ms = (value: number | undefined): string => fixed(value, 1, " ms");

/** `part` over `base`, as "2.5×". */
export const times = (part: number | undefined, base: number | undefined, digits = 1): string =>
  fixed(ratio(part, base), digits, "×");

export const pct = (part: number, whole: number): string => fixed(ratio(part * 100, whole), 1, " %");

/** One row of columns: the first left-aligned, the others right-aligned, two spaces apart. */
export function columns(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
}

/** A table sized to its contents, with a rule under the header. */
export function table(header: readonly string[], rows: readonly string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]?.length ?? 0)));
  return [
    columns(header, widths),
    widths.map((w) => "─".repeat(w)).join("  "),
    ...rows.map((row) => columns(row, widths)),
  ].join("\n");
}
