import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { guardFormula, parseCsv, toCsv, unguardFormula } from "@/lib/core/csv";

const cellsOf = (text: string) => parseCsv(text).map((row) => row.cells);

describe("CSV", () => {
  it("parses quoted fields with commas, doubled quotes and line breaks", () => {
    expect(cellsOf('date,notes\r\n2026-11-20,"6×30 m, ""flying"" start\nfelt sharp"\n')).toEqual([
      ["date", "notes"],
      ["2026-11-20", '6×30 m, "flying" start\nfelt sharp'],
    ]);
  });

  it("skips blank lines and a byte-order mark, and keeps empty cells", () => {
    expect(cellsOf("\ufeffa,b,c\n\n1,,3\n,,\n")).toEqual([
      ["a", "b", "c"],
      ["1", "", "3"],
    ]);
  });

  it("gives each row the line it starts on, counting blank lines and lines inside quoted cells", () => {
    const text = 'a,b\r\n\r\n1,"two\r\nlines"\n\n\n3,x\r4,"y\n\nz"\n5,5';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 3, cells: ["1", "two\r\nlines"] },
      { line: 7, cells: ["3", "x"] },
      { line: 8, cells: ["4", "y\n\nz"] },
      { line: 11, cells: ["5", "5"] },
    ]);
  });

  it("reads back exactly what it writes, formula guard and line numbers included", () => {
    const cell = fc.string().filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), (rows) => {
        const all = [["x", "y", "z"], ...rows];
        const parsed = parseCsv(toCsv(all[0]!, rows));
        expect(parsed.map((row) => row.cells)).toEqual(all);
        // A row starts on the line after the last line of the row before, whose cells may hold line breaks.
        const linesOf = (row: string[]) => toCsv(row, []).match(/\r\n|\r|\n/g)!.length;
        const starts = all.map((_, i) => 1 + all.slice(0, i).reduce((sum, row) => sum + linesOf(row), 0));
        expect(parsed.map((row) => row.line)).toEqual(starts);
      }),
    );
  });
});

describe("CSV formula guard (OWASP CSV injection)", () => {
  it.each(['=HYPERLINK("http://evil.example","x")', "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])(
    "writes the text cell %j behind a leading apostrophe",
    (text) => {
      const written = toCsv(["notes"], [[text]]).split("\r\n")[1]!;
      expect(written.replace(/^"/, "").startsWith(`'${text.charAt(0)}`)).toBe(true);
      expect(cellsOf(toCsv(["notes"], [[text]]))[1]).toEqual([text]);
    },
  );

  it("leaves text that cannot read as a formula, and numbers, as they are", () => {
    expect(toCsv(["a", "b", "c", "d"], [["Block starts", -0.5, 10.42, "2026-11-02"]])).toBe(
      "a,b,c,d\r\nBlock starts,-0.5,10.42,2026-11-02\r\n",
    );
  });

  it("escapes a leading apostrophe too, so that a note starting with one comes back unchanged", () => {
    expect(guardFormula("'tis done")).toBe("''tis done");
    expect(unguardFormula("''tis done")).toBe("'tis done");
    expect(cellsOf(toCsv(["n"], [["'=1"], ["'"], ["it's"]])).slice(1)).toEqual([["'=1"], ["'"], ["it's"]]);
  });

  it("keeps an apostrophe a person typed before ordinary text", () => {
    expect(unguardFormula("'tis")).toBe("'tis");
    expect(cellsOf("n\n'-0.5\n'tis\n")).toEqual([["n"], ["-0.5"], ["'tis"]]);
  });
});
