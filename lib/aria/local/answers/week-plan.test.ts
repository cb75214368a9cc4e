import { describe, expect, it } from "vitest";
import { JORDAN, SAM } from "@/lib/aria/local/fixtures";
import { weekPlanAnswer } from "./week-plan";

describe("the week's plan, as aria-local tells it", () => {
  it("gives one line a day with done, today and to come, and the count done so far", () => {
    const reply = weekPlanAnswer(JORDAN);
    expect(reply).toContain("Mon 23 Nov: Technique, 40 min, RPE 4 — Walking drills only (done)");
    expect(reply).toContain("Tue 24 Nov: Recovery, 30 min, RPE 2 — Bike 20 min, mobility (today)");
    expect(reply).toContain("Sat 28 Nov: Tempo, 30 min, RPE 4 (to come)");
    expect(reply).toContain("1 of 1 planned session done so far — all on plan.");
  });

  it("says a past day that was not done is missed", () => {
    const plan = JORDAN.plan_this_week.map((p) => (p.date === "2026-11-23" ? { ...p, done: false } : p));
    const reply = weekPlanAnswer({ ...JORDAN, plan_this_week: plan });
    expect(reply).toContain("Mon 23 Nov: Technique, 40 min, RPE 4 — Walking drills only (missed)");
    expect(reply).toContain("0 of 1 planned session done so far.");
  });

  it("says when nothing is planned, and where a plan comes from", () => {
    expect(weekPlanAnswer(SAM)).toMatch(/^Nothing is planned for this week yet/);
  });
});
