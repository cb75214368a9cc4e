import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PlannedDay } from "@/lib/plans/week";
import { PlanDragArea } from "./plan-drag";
import { PlanItem } from "./plan-list";

const COACH = "coach";
const ATHLETE = "athlete";

const plan = (over: Partial<PlannedDay> = {}): PlannedDay => ({
  id: "00000000-0000-4000-8000-000000000001",
  athlete_id: ATHLETE,
  date: "2026-11-24",
  type: "acceleration",
  duration_min: 40,
  rpe: 7,
  reps: "6×30 m",
  notes: null,
  planned_by: COACH,
  planned_by_name: "Maya Okafor",
  session_id: null,
  created_at: "2026-11-20T10:00:00.000Z",
  updated_at: "2026-11-20T10:00:00.000Z",
  status: "upcoming",
  ...over,
});

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <AppRouterContext.Provider value={{} as React.ContextType<typeof AppRouterContext>}>
      <ul>{node}</ul>
    </AppRouterContext.Provider>,
  );

describe("a planned session in a list", () => {
  it("offers its planner Edit and Delete, named with the athlete, the plan and the day in words", () => {
    const html = render(
      <PlanItem plan={plan()} viewerId={COACH} who="Leo Martins" othersLabel={() => "Their own plan"} timeZone="UTC" />,
    );
    expect(html).toContain('aria-label="Edit Leo Martins: Acceleration · 40 min · RPE 7 on Tue 24 Nov');
    expect(html).toContain('aria-label="Delete Leo Martins: Acceleration · 40 min · RPE 7 on Tue 24 Nov');
    expect(html).not.toContain("2026-11-24<");
    // The edit form is only put in the dialog when it opens.
    expect(html).toContain("<dialog");
    expect(html).not.toContain("Save changes");
  });

  it("says who planned it, with no Edit or Delete, to anyone else", () => {
    const html = render(
      <PlanItem plan={plan()} viewerId={ATHLETE} othersLabel={() => "Planned by your coach"} timeZone="UTC" />,
    );
    expect(html).toContain("Planned by your coach");
    expect(html).not.toContain(">Edit<");
    expect(html).not.toContain(">Delete<");
  });

  it("can be dragged to another day on the week grid by its planner only", () => {
    const html = render(
      <PlanDragArea timeZone="UTC">
        <PlanItem plan={plan()} viewerId={COACH} othersLabel={() => ""} movable compact timeZone="UTC" />
        <PlanItem
          plan={plan({ id: "00000000-0000-4000-8000-000000000002", planned_by: ATHLETE })}
          viewerId={COACH}
          othersLabel={() => "Their own plan"}
          movable
          compact
          timeZone="UTC"
        />
      </PlanDragArea>,
    );
    expect(html.match(/draggable="true"/g)).toHaveLength(1);
  });
});
