/**
 * RFC 4180 CSV: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF, LF or CR. What `toCsv`
 * writes, `parseCsv` reads back cell for cell, the formula guard included.
 */

export interface CsvRow {
  /** The line of the file the row starts on, from 1; a quoted cell may carry the row over further lines. */
  line: number;
  cells: string[];
}

/**
 * Characters that make a spreadsheet read a cell as a formula when they lead it (OWASP, CSV Injection): an exported
 * note such as `=HYPERLINK(…)` would otherwise run when the athlete opens the file.
 */
const FORMULA_LEADS = new Set(["=", "+", "-", "@", "\t", "\r"]);
/** The mark spreadsheets take as "this cell is text"; it is also escaped when it leads, so the guard can be undone. */
const TEXT_MARK = "'";

const needsGuard = (text: string) => FORMULA_LEADS.has(text.charAt(0)) || text.startsWith(TEXT_MARK);

/** A text cell that could read as a formula, behind a leading `'`. */
export function guardFormula(text: string): string {
  return needsGuard(text) ? `${TEXT_MARK}${text}` : text;
}

/** The cell `guardFormula` was given: one leading `'` dropped where it guards a formula lead or another `'`. */
export function unguardFormula(text: string): string {
  return text.startsWith(TEXT_MARK) && needsGuard(text.slice(1)) ? text.slice(1) : text;
}

/** Every row that holds something, with the line it starts on; blank lines are skipped but still counted. */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endRow = () => {
    cells.push(unguardFormula(field));
    // Blank lines (often a trailing newline or a spreadsheet's empty rows) carry no data.
    if (cells.some((cell) => cell.trim() !== "")) rows.push({ line: rowLine, cells });
    cells = [];
    field = "";
  };
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (char === "\n" || char === "\r") {
      const lineBreak = char === "\r" && input[i + 1] === "\n" ? "\r\n" : char;
      i += lineBreak.length - 1;
      line++;
      if (quoted) {
        field += lineBreak;
      } else {
        endRow();
        rowLine = line;
      }
    } else if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === "") {
      quoted = true;
    } else if (char === ",") {
      cells.push(unguardFormula(field));
      field = "";
    } else {
      field += char;
    }
  }
  if (field !== "" || cells.length > 0) endRow();
  return rows;
}

/** A cell as written: numbers as they are (a wind of -0.5 stays a number), text behind the formula guard. */
function quote(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? guardFormula(value) : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return `${[header, ...rows].map((row) => row.map(quote).join(",")).join("\r\n")}\r\n`;
}
