import { describe, expect, it } from "vitest";
import { askedDay } from "./asked-day";

const AS_OF = "2026-11-24"; // a Tuesday

describe("askedDay", () => {
  it.each([
    ["can I sprint today?", AS_OF],
    ["can I run hills tomorrow?", "2026-11-25"],
    ["can I race Saturday?", "2026-11-28"],
    ["can I race on Saturday", "2026-11-28"],
    ["can I sprint next Tuesday?", "2026-12-01"],
    ["can I do flying 30s on the 28th", "2026-11-28"],
    ["what's my session tmrw", "2026-11-25"],
  ])("%s → %s", (message, day) => {
    expect(askedDay(message, AS_OF)).toBe(day);
  });

  it.each(["am I good to go?", "is it safe to do flying 30s?", "what's my session?", "6x30m flys"])(
    "%s names no day",
    (message) => {
      expect(askedDay(message, AS_OF)).toBeNull();
    },
  );

  it("needs an ISO as-of date", () => {
    expect(askedDay("tomorrow", "")).toBeNull();
  });
});
