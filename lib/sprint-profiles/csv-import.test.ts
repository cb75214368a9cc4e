import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/core/errors";
import { acceptedSplitImport, distanceInHeader, guessMapping, previewSplitImport } from "./csv-import";

/** Split times from a timing system's CSV: the mapping guessed from headers, every row fitted or its column named. */

describe("distanceInHeader", () => {
  it.each([
    ["10m", 10],
    ["10 m", 10],
    ["Split 20m", 20],
    ["Gate 3 (30 m)", 30],
    ["0-40 metres", 40],
    ["2,5 m", 2.5],
    ["Athlete", null],
    ["Time", null],
    ["400m", null],
  ])("%s → %s", (header, distance) => {
    expect(distanceInHeader(header)).toBe(distance);
  });
});

describe("guessMapping", () => {
  it("finds the date column and every gate, sorted by distance", () => {
    expect(guessMapping(["Athlete", "Date", "Split 20m", "5m", "10m", "Total"])).toEqual({
      date_column: "Date",
      gates: [
        { column: "5m", distance_m: 5 },
        { column: "10m", distance_m: 10 },
        { column: "Split 20m", distance_m: 20 },
      ],
      times: "cumulative",
    });
  });
});

const KIMBERLEY_ROW = "1.158,1.893,2.541,3.149,4.313,5.444";

describe("previewSplitImport", () => {
  it("fits each row with the guessed mapping; a bad row names the column at fault", () => {
    const csv = [
      "Date,5m,10m,15m,20m,30m,40m",
      `2026-10-05,${KIMBERLEY_ROW}`,
      "18/11/2026,1.15,1.88,2.52,3.12,4.28,5.40",
      "2026-11-25,1.15,1.88,1.80,3.12,4.28,5.40",
      ",,,,,,",
    ].join("\n");
    const preview = previewSplitImport({ csv, start: "standing" });
    expect(preview.mapping.gates.map((g) => g.distance_m)).toEqual([5, 10, 15, 20, 30, 40]);
    expect(preview.valid).toBe(2);
    expect(preview.invalid).toBe(1);
    expect(preview.rows[0]!.fit!.mss).toBeCloseTo(8.5911, 4);
    expect(preview.rows[1]!.valid).toBe(true);
    expect(preview.rows[2]).toMatchObject({ line: 4, valid: false, fit: null });
    expect(Object.keys(preview.rows[2]!.errors)).toEqual(["15m"]);
  });

  it("adds segment times up, and takes the date for every row when no column holds one", () => {
    const csv = "0-5m,5-10m,10-15m,15-20m,20-30m,30-40m\n1.158,0.735,0.648,0.608,1.164,1.131\n";
    const mapping = {
      ...guessMapping(["0-5m", "5-10m", "10-15m", "15-20m", "20-30m", "30-40m"]),
      times: "segments" as const,
    };
    const preview = previewSplitImport({ csv, mapping, date: "2026-10-05", start: "standing" });
    expect(preview.rows[0]!.fit!.mss).toBeCloseTo(8.5911, 4);
  });

  it("refuses a file it cannot read with the field named: no gates, no date, unknown columns", () => {
    const reason = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as AppError).fields;
      }
      return null;
    };
    expect(reason(() => previewSplitImport({ csv: "Date,Time\n2026-10-05,5.4\n", start: "standing" }))).toHaveProperty(
      "mapping",
    );
    expect(reason(() => previewSplitImport({ csv: `5m,10m,15m\n1.2,1.9,2.5\n`, start: "standing" }))).toHaveProperty(
      "date",
    );
    const mapping = {
      gates: [
        { column: "1m", distance_m: 1 },
        { column: "2m", distance_m: 2 },
        { column: "x", distance_m: 3 },
      ],
      times: "cumulative" as const,
    };
    expect(
      reason(() => previewSplitImport({ csv: "1m,2m\n1,2\n", mapping, date: "2026-10-05", start: "standing" })),
    ).toHaveProperty("mapping");
  });
});

describe("acceptedSplitImport", () => {
  it("stores all rows or none: a bad row is a 400 naming its line and column", () => {
    const csv = `Date,5m,10m,15m,20m,30m,40m\n2026-10-05,${KIMBERLEY_ROW}\n2026-10-06,1.15,1.88,1.80,3.12,4.28,5.40\n`;
    expect(() => acceptedSplitImport({ csv, start: "standing" })).toThrow(AppError);
    try {
      acceptedSplitImport({ csv, start: "standing" });
    } catch (error) {
      expect((error as AppError).fields).toHaveProperty(["line 3.15m"]);
    }
    const good = acceptedSplitImport({ csv: csv.split("\n").slice(0, 2).join("\n"), start: "block" });
    expect(good).toHaveLength(1);
    expect(good[0]).toMatchObject({ source: "csv", start: "block", date: "2026-10-05" });
  });
});
