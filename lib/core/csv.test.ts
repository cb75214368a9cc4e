import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "@/lib/core/csv";

describe("CSV", () => {
  it("parses quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('date,notes\r\n2026-11-20,"6×30 m, ""flying"" start\nfelt sharp"\n')).toEqual([
      ["date", "notes"],
      ["2026-11-20", '6×30 m, "flying" start\nfelt sharp'],
    ]);
  });

  it("skips blank lines and a byte-order mark, and keeps empty cells", () => {
    expect(parseCsv("\ufeffa,b,c\n\n1,,3\n,,\n")).toEqual([
      ["a", "b", "c"],
      ["1", "", "3"],
    ]);
  });

  it("reads back exactly what it writes", () => {
    const cell = fc.string().filter((s) => s.trim() !== "");
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 20 }), (rows) => {
        const text = toCsv(["x", "y", "z"], rows);
        expect(parseCsv(text)).toEqual([["x", "y", "z"], ...rows]);
      }),
    );
  });
});
