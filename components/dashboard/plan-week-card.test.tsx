import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { AthleteOverview } from "@/lib/athlete/overview";
import { PlanWeekCard } from "./plan-week-card";

const none = { days: 7, as_of: "2026-11-26", planned: 0, done: 0, planned_load: 0, done_load: 0, ratio: null };
const plan = (date: string, status: "done" | "missed" | "today" | "upcoming", by = "athlete") => ({
  id: `p-${date}`,
  athlete_id: "athlete",
  date,
  type: "acceleration" as const,
  duration_min: 40,
  rpe: 7,
  reps: "6×30 m",
  notes: null,
  planned_by: by,
  planned_by_name: by === "athlete" ? "Leo" : "Maya Okafor",
  session_id: status === "done" ? "s" : null,
  created_at: "2026-11-20T10:00:00.000Z",
  updated_at: "2026-11-20T10:00:00.000Z",
  status,
});

describe("this week's plan", () => {
  it("lists Monday to Sunday with each plan's status in words, and compliance", () => {
    const html = renderToStaticMarkup(
      <PlanWeekCard
        timeZone="UTC"
        plan={
          {
            monday: "2026-11-23",
            week: [
              plan("2026-11-24", "done", "coach"),
              plan("2026-11-25", "missed", "coach"),
              plan("2026-11-26", "today"),
              plan("2026-11-27", "upcoming"),
            ],
            thisWeek: { ...none, days: 4, planned: 2, done: 1, planned_load: 560, done_load: 1345 },
            compliance7: { ...none, planned: 3, done: 2, ratio: 0.67 },
            compliance28: { ...none, days: 28, planned: 10, done: 8, ratio: 0.8 },
          } satisfies AthleteOverview["plan"]
        }
      />,
    );
    expect(html).toContain("1 of 2 planned sessions done so far this week · load 1,345 done against 560 planned");
    expect(html).toContain("67% of planned sessions done in the last 7 days (2 of 3)");
    expect(html).toContain("80% of planned sessions done in the last 28 days (8 of 10)");
    for (const day of ["Mon 23 Nov", "Tue 24 Nov", "Sun 29 Nov"]) expect(html).toContain(day);
    for (const word of ["Done", "Missed", "Today", "Planned"]) expect(html).toContain(`</span>${word}</span>`);
    expect(html.match(/Planned by Maya Okafor/g)).toHaveLength(2);
    expect(html.match(/Nothing planned/g)).toHaveLength(3);
  });

  it("says where a plan comes from when there is none", () => {
    const html = renderToStaticMarkup(
      <PlanWeekCard
        timeZone="UTC"
        plan={{ monday: "2026-11-23", week: [], thisWeek: none, compliance7: none, compliance28: none }}
      />,
    );
    expect(html).toContain("No plan this week — your coach");
    expect(html).toContain('href="/calendar"');
  });
});
