import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type CheckedRow, CsvPreviewTable, errorsText } from "./csv-preview-table";

const rows: CheckedRow[] = [
  { line: 2, valid: true, values: { date: "2026-11-02", rpe: "7", notes: "Block starts" }, errors: {} },
  {
    line: 3,
    valid: false,
    values: { date: "2026-11-03", rpe: "11", notes: "" },
    errors: { rpe: "must be an integer from 1 to 10" },
  },
];

describe("CsvPreviewTable", () => {
  const html = renderToStaticMarkup(
    <CsvPreviewTable
      rows={rows}
      columns={[
        { key: "date", label: "date" },
        { key: "rpe", label: "RPE", numeric: true },
      ]}
      result={{ label: "Check", cell: (row) => (row.valid ? "✓" : errorsText(row.errors)) }}
    />,
  );

  it("shows each line with the columns asked for and the result column last", () => {
    expect(html).toMatch(/<th[^>]*>Line<\/th><th[^>]*>date<\/th><th[^>]*>RPE<\/th><th[^>]*>Check<\/th>/);
    expect(html).toContain(">2026-11-02<");
    expect(html).not.toContain("Block starts");
    expect(html).toContain(">✓<");
  });

  it("marks a row in error and the cell that is wrong, and says what is wrong with it", () => {
    const bad = html.slice(html.indexOf('data-valid="false"'));
    expect(bad).toMatch(/^data-valid="false" class="[^"]*bg-red-50/);
    expect(bad).toMatch(/<td class="[^"]*text-right tabular-nums[^"]*font-semibold text-red-700[^"]*">11<\/td>/);
    expect(bad).toContain("rpe: must be an integer from 1 to 10");
  });

  it("scrolls in a region the keyboard reaches", () => {
    expect(html).toMatch(/^<section aria-label="Rows of the file" tabindex="0"/);
  });
});

describe("errorsText", () => {
  it("names each column with its problem", () => {
    expect(errorsText({ rpe: "must be an integer from 1 to 10", date: "is not a date" })).toBe(
      "rpe: must be an integer from 1 to 10; date: is not a date",
    );
    expect(errorsText({})).toBe("");
  });
});
