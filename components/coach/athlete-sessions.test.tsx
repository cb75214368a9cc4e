import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { PlannedDay } from "@/lib/plans/week";
import type { SessionDto } from "@/lib/training/sessions";
import { AthleteSessions } from "./athlete-sessions";

const session = (id: string, date: string, over: Partial<SessionDto> = {}): SessionDto => ({
  id,
  date,
  type: "acceleration",
  duration_min: 45,
  rpe: 7,
  mood: null,
  notes: null,
  reps: null,
  load: 315,
  created_at: `${date}T18:00:00.000Z`,
  updated_at: `${date}T18:00:00.000Z`,
  ...over,
});

const planFor = (sessionId: string, date: string): PlannedDay => ({
  id: `plan-${sessionId}`,
  athlete_id: "athlete",
  date,
  type: "acceleration",
  duration_min: 40,
  rpe: 7,
  reps: null,
  notes: null,
  planned_by: "coach",
  planned_by_name: "Maya Okafor",
  session_id: sessionId,
  created_at: `${date}T08:00:00.000Z`,
  updated_at: `${date}T08:00:00.000Z`,
  status: "done",
});

describe("the drill-down's recent sessions", () => {
  it("lists each session with the day in words, and links the plan it fulfilled to that week of the plan", () => {
    const html = renderToStaticMarkup(
      <AthleteSessions
        sessions={[session("s2", "2026-11-26", { type: "tempo", rpe: 4, load: 180 }), session("s1", "2026-11-24")]}
        plans={[planFor("s1", "2026-11-24")]}
        days={28}
        firstName="Leo"
        timeZone="UTC"
        noteHref={(id) => `/coach/athletes/a?note=session:${id}#notes`}
      />,
    );
    expect(html).toContain("Tue 24 Nov");
    expect(html).toContain("Thu 26 Nov");
    expect(html).not.toContain(">2026-11-24");
    expect(html).toContain("45 min · RPE 7");
    expect(html).toContain('href="/coach/plan?week=2026-11-23"');
    expect(html).toContain("Acceleration · 40 min · RPE 7</a> (planned by Maya Okafor)");
    expect(html.match(/Not from a plan/g)).toHaveLength(1);
    expect(html).toContain('href="/coach/athletes/a?note=session:s2#notes"');
  });

  it("says so when nothing was logged", () => {
    const html = renderToStaticMarkup(
      <AthleteSessions sessions={[]} plans={[]} days={28} firstName="Leo" timeZone="UTC" noteHref={() => ""} />,
    );
    expect(html).toContain("Leo logged no session in the last 28 days.");
  });
});
