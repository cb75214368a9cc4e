import { describe, expect, it } from "vitest";
import { sessionLifetimeText } from "./session-lifetime";

const now = new Date("2027-03-01T12:00:00Z");

describe("the session's lifetime in settings", () => {
  it("says when this browser's session ends, in words and in the user's time zone", () => {
    const text = sessionLifetimeText(
      { endsAt: new Date("2027-03-08T23:30:00Z"), deadline: new Date("2027-03-28T09:00:00Z") },
      "Asia/Tokyo",
      now,
    );
    expect(text.signedInUntil).toBe("Signed in until Tue 9 Mar, 08:30");
    expect(text.renewal).toBe(
      "Each visit moves this a week on, up to Sun 28 Mar, 18:00, when Aria asks for your password again.",
    );
  });

  it("says that nothing extends it once the idle week would reach past the deadline", () => {
    const deadline = new Date("2027-03-05T09:00:00Z");
    const text = sessionLifetimeText({ endsAt: deadline, deadline }, "Europe/London", now);
    expect(text.signedInUntil).toBe("Signed in until Fri 5 Mar, 09:00");
    expect(text.renewal).toMatch(/^Then Aria asks for your password again/);
  });

  it("names the year when the session ends in another one", () => {
    const endsAt = new Date("2028-01-04T10:00:00Z");
    const text = sessionLifetimeText({ endsAt, deadline: endsAt }, "UTC", new Date("2027-12-30T10:00:00Z"));
    expect(text.signedInUntil).toBe("Signed in until Tue 4 Jan 2028, 10:00");
  });
});
