import { describe, expect, it } from "vitest";
import { planStatus } from "@/lib/plans/week";
import { complianceLine, planSummary, ratioLine, STATUS_WORDS, weekDays } from "./plan-words";

const compliance = {
  days: 7,
  as_of: "2026-11-26",
  planned: 6,
  done: 5,
  planned_load: 1180,
  done_load: 1345,
  ratio: 0.83,
};

describe("a plan's status on the week card", () => {
  const today = "2026-11-26";
  it.each([
    ["done whenever a session is linked, even today or later", "2026-11-27", "s1", "Done"],
    ["done on a past day with a session", "2026-11-24", "s1", "Done"],
    ["missed on a past day without one", "2026-11-25", null, "Missed"],
    ["due today without one", "2026-11-26", null, "Today"],
    ["planned on a later day", "2026-11-28", null, "Planned"],
  ] as const)("is %s", (_, date, session_id, words) => {
    expect(STATUS_WORDS[planStatus({ date, session_id }, today)]).toBe(words);
  });
});

describe("the week card's words", () => {
  it("lays out Monday to Sunday with each day's plans, empty days included", () => {
    const days = weekDays("2026-11-23", [
      { date: "2026-11-24", id: "a" },
      { date: "2026-11-24", id: "b" },
      { date: "2026-11-29", id: "c" },
    ]);
    expect(days.map((d) => d.date)).toEqual([
      "2026-11-23",
      "2026-11-24",
      "2026-11-25",
      "2026-11-26",
      "2026-11-27",
      "2026-11-28",
      "2026-11-29",
    ]);
    expect(days.map((d) => d.plans.map((p) => p.id).join())).toEqual(["", "a,b", "", "", "", "", "c"]);
  });

  it("says what a plan asks as far as it says", () => {
    expect(planSummary({ type: "max_velocity", duration_min: 40, rpe: 7 })).toBe("Max velocity · 40 min · RPE 7");
    expect(planSummary({ type: "recovery", duration_min: null, rpe: null })).toBe("Recovery");
  });

  it("puts compliance in a sentence, with the load when the plans gave it", () => {
    expect(complianceLine(compliance, "so far this week")).toBe(
      "5 of 6 planned sessions done so far this week · load 1,345 done against 1,180 planned",
    );
    expect(complianceLine({ ...compliance, planned: 1, done: 0, planned_load: 0 }, "so far this week")).toBe(
      "0 of 1 planned session done so far this week",
    );
    expect(complianceLine({ ...compliance, planned: 0, done: 0 }, "so far this week")).toBe(
      "No planned session due so far this week",
    );
    expect(ratioLine({ ...compliance, days: 28 })).toBe("83% of planned sessions done in the last 28 days (5 of 6)");
    expect(ratioLine({ ...compliance, ratio: null })).toBeNull();
  });
});
