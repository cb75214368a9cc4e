import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors } from "@/lib/core/errors";
import {
  isoDateField,
  lineField,
  listQuery,
  loggedDateField,
  messageField,
  textField,
  titleField,
} from "@/lib/core/validation";

const problemOf = (schema: z.ZodType, value: unknown) => {
  const result = z.object({ field: schema }).safeParse({ field: value });
  return result.success ? undefined : fieldErrors(result.error).field;
};

const C0_EXCEPT_TAB_AND_LF = [...Array(0x20).keys()].filter((code) => code !== 0x09 && code !== 0x0a && code !== 0x0d);

describe("text fields refuse control characters", () => {
  it.each(C0_EXCEPT_TAB_AND_LF.map((code) => [code.toString(16).padStart(4, "0"), code]))(
    "U+%s inside multi-line and single-line text",
    (_, code) => {
      const text = `Felt sharp${String.fromCharCode(code)} today`;
      expect(problemOf(textField(100), text)).toBe("must not contain control characters");
      expect(problemOf(messageField(100), text)).toBe("must not contain control characters");
      expect(problemOf(titleField(100), text)).toBe("must not contain control characters");
      expect(problemOf(lineField(100), text)).toBe("must not contain control characters");
    },
  );

  it("refuses DEL (U+007F) and accepts the printable characters beside it", () => {
    expect(problemOf(textField(100), "a\u007fb")).toBe("must not contain control characters");
    expect(problemOf(titleField(100), "a\u007fb")).toBe("must not contain control characters");
    expect(problemOf(titleField(100), "a~b")).toBeUndefined();
    expect(problemOf(titleField(100), "a\u0080b é – 🏃")).toBeUndefined();
  });

  it("refuses a NUL even where trimming would have reached it", () => {
    expect(problemOf(textField(100), "\u0000")).toBe("must not contain control characters");
    expect(problemOf(titleField(100), "Race day\u0000")).toBe("must not contain control characters");
  });

  it("keeps tabs and line breaks in multi-line text, with CRLF and CR stored as LF", () => {
    expect(textField(100).parse("Warm-up\r\n\t4×30 m\rCool-down")).toBe("Warm-up\n\t4×30 m\nCool-down");
    expect(messageField(100).parse("line one\nline two")).toBe("line one\nline two");
  });

  it("refuses tabs and line breaks inside single-line text, and trims them at its ends", () => {
    expect(problemOf(titleField(100), "Club\nchampionships")).toBe(
      "must be a single line, without line breaks or tabs",
    );
    expect(problemOf(lineField(100), "Track\t2")).toBe("must be a single line, without line breaks or tabs");
    expect(titleField(100).parse("\t Club championships \r\n")).toBe("Club championships");
  });

  it("stores text in NFC, so one word typed two ways is one string", () => {
    const decomposed = "Jose\u0301";
    expect(titleField(100).parse(decomposed)).toBe("José");
    expect(textField(100).parse(decomposed)).toBe("José");
  });

  it("counts the length after normalising, and says what is wrong", () => {
    expect(titleField(5).parse("  abcde  ")).toBe("abcde");
    expect(problemOf(titleField(5), "abcdef")).toBe("must be at most 5 characters");
    expect(problemOf(titleField(5), "   ")).toBe("is required");
    expect(problemOf(messageField(5), "")).toBe("must not be empty");
    expect(problemOf(titleField(5), undefined)).toBe("is required");
    expect(problemOf(titleField(5), 42)).toBe("must be text");
    expect(textField(5).parse("  ")).toBeNull();
    expect(lineField(5).parse("")).toBeNull();
  });

  it("accepts any text without control characters (property)", () => {
    const isControl = (code: number) => code <= 0x1f || code === 0x7f;
    const printable = fc
      .string({ unit: "grapheme", maxLength: 50 })
      .filter((s) => ![...s].some((char) => isControl(char.charCodeAt(0))));
    fc.assert(
      fc.property(printable, (text) => {
        expect(problemOf(textField(1_000), text)).toBeUndefined();
        expect(problemOf(lineField(1_000), text)).toBeUndefined();
      }),
    );
  });
});

describe("dates lie within 1900-01-01 … 2100-12-31", () => {
  it.each(["1900-01-01", "2026-06-14", "2100-12-31"])("accepts %s", (date) => {
    expect(problemOf(isoDateField, date)).toBeUndefined();
  });

  it.each(["1899-12-31", "2101-01-01", "9999-12-31", "0000-01-01"])("refuses %s, naming the range", (date) => {
    expect(problemOf(isoDateField, date)).toBe("must be a date from 1900-01-01 to 2100-12-31");
  });

  it("still says when a date is not one, or not in YYYY-MM-DD form", () => {
    expect(problemOf(isoDateField, "2026-02-30")).toBe("must be a real calendar date");
    expect(problemOf(isoDateField, "14/06/2026")).toBe("must be a date in YYYY-MM-DD form");
    expect(problemOf(isoDateField, "2026-06-14\u0000")).toBe("must be a date in YYYY-MM-DD form");
  });

  it("bounds logged dates and list filters the same way", () => {
    expect(problemOf(loggedDateField, "1899-12-31")).toBe("must be a date from 1900-01-01 to 2100-12-31");
    expect(problemOf(loggedDateField, "1900-01-01")).toBeUndefined();
    const query = listQuery.safeParse({ from: "1899-12-31", to: "9999-12-31" });
    expect(query.success ? {} : fieldErrors(query.error)).toEqual({
      from: "must be a date from 1900-01-01 to 2100-12-31",
      to: "must be a date from 1900-01-01 to 2100-12-31",
    });
  });
});
