import { describe, expect, it } from "vitest";
import { allDayDate, calendarEventInput, eventTimeLabel } from "@/lib/calendar/schemas";

describe("when an event is, in words", () => {
  const now = new Date("2026-11-24T12:00:00Z");

  it("keeps an all-day event on its own day, whatever the athlete's zone", () => {
    const parsed = calendarEventInput.parse({ title: "County champs", type: "competition", start: "2026-12-05" });
    expect(allDayDate(parsed.start)).toBe("2026-12-05");
    expect(allDayDate(parsed.start.toISOString())).toBe("2026-12-05");
    // 00:00 UTC is the evening before in New York: an all-day event must not move there.
    expect(eventTimeLabel(parsed.start, "America/New_York", now)).toBe("Sat 5 Dec");
    expect(eventTimeLabel(parsed.start, "Asia/Tokyo", now)).toBe("Sat 5 Dec");
  });

  it("shows an event at a time on the athlete's wall clock", () => {
    const parsed = calendarEventInput.parse({ title: "Meet", type: "competition", start: "2026-12-05T18:30:00+01:00" });
    expect(allDayDate(parsed.start)).toBeNull();
    expect(eventTimeLabel(parsed.start, "Europe/Paris", now)).toBe("Sat 5 Dec, 18:30");
    expect(eventTimeLabel(parsed.start, "America/New_York", now)).toBe("Sat 5 Dec, 12:30");
    expect(eventTimeLabel(parsed.start, "Asia/Tokyo", now)).toBe("Sun 6 Dec, 02:30");
  });
});
