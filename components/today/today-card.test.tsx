import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Readiness } from "@/lib/analysis/readiness";
import { ALEX } from "@/lib/aria/local/fixtures";
import { TodayCard } from "./today-card";

// Alex's go day: the variety pick, nothing logged yet.
const today: Readiness = ALEX.today!;

describe("the Today card", () => {
  it("offers to log the day's session while nothing is logged", () => {
    // The button's action refreshes the page through the app router.
    const html = renderToStaticMarkup(
      <AppRouterContext.Provider value={{} as React.ContextType<typeof AppRouterContext>}>
        <TodayCard today={today} />
      </AppRouterContext.Provider>,
    );
    expect(html).toContain("Log it as done");
    expect(html).not.toContain("Done today");
  });

  it("says what was logged instead of offering to log the day again", () => {
    const html = renderToStaticMarkup(
      <TodayCard
        today={{
          ...today,
          logged: [
            { type: "acceleration", duration_min: 50, rpe: 7 },
            { type: "strength", duration_min: 30, rpe: 6 },
          ],
        }}
      />,
    );
    expect(html).toContain("Done today");
    expect(html).toContain("50 min of acceleration at RPE 7 and 30 min of strength at RPE 6.");
    expect(html).not.toContain("Log it as done");
  });

  it("tells the coach what the athlete logged, without a button", () => {
    const html = renderToStaticMarkup(
      <TodayCard today={{ ...today, logged: [{ type: "tempo", duration_min: 40, rpe: 5 }] }} readOnly />,
    );
    expect(html).toContain("Logged today");
    expect(html).not.toContain("<button");
  });
});
