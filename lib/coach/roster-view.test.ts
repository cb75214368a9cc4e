import { describe, expect, it } from "vitest";
import { arrangeRoster, type RosterRow } from "./roster-view";

const row = (name: string, over: Partial<RosterRow> = {}): RosterRow => ({
  name,
  acwr: 1,
  days_since_last_session: 1,
  active_injuries: 0,
  latest_wellness: null,
  next_competition: null,
  flags: [],
  ...over,
});

// In triage order, as the roster arrives.
const SQUAD = [
  row("Jordan", { flags: [{ priority: "critical" }], active_injuries: 1, acwr: 0.67, latest_wellness: { hooper: 11 } }),
  row("Amara", { flags: [{ priority: "high" }], acwr: 1.7, latest_wellness: { hooper: 20 } }),
  row("Marcus", { acwr: 0.14, days_since_last_session: 9, next_competition: { starts_at: "2026-12-12T10:00:00Z" } }),
  row("Leo", { acwr: 0.8, days_since_last_session: 7, next_competition: { starts_at: "2026-12-01T10:00:00Z" } }),
  row("Sofia", { acwr: 1.3, days_since_last_session: 6 }),
  row("Priya", { acwr: null, days_since_last_session: null, flags: [{ priority: "medium" }] }),
];
const names = (rows: RosterRow[]) => rows.map((r) => r.name);
const arrange = (
  sort: Parameters<typeof arrangeRoster>[1]["sort"],
  filter: Parameters<typeof arrangeRoster>[1]["filter"] = "all",
  query = "",
) => names(arrangeRoster(SQUAD, { sort, filter, query }));

describe("arranging the roster", () => {
  it("keeps the triage order by default", () => {
    expect(arrange("triage")).toEqual(["Jordan", "Amara", "Marcus", "Leo", "Sofia", "Priya"]);
  });

  it("sorts by name, by distance from the sweet spot, by days since the last session, by wellness, by next meet", () => {
    expect(arrange("name")).toEqual(["Amara", "Jordan", "Leo", "Marcus", "Priya", "Sofia"]);
    // 0.8 and 1.3 are inside the sweet spot (distance 0), so Leo and Sofia tie and keep their triage order.
    expect(arrange("acwr")).toEqual(["Marcus", "Amara", "Jordan", "Leo", "Sofia", "Priya"]);
    // Never having trained comes first.
    expect(arrange("last_session")).toEqual(["Priya", "Marcus", "Leo", "Sofia", "Jordan", "Amara"]);
    // Higher Hooper is worse; no wellness logged goes last, in triage order.
    expect(arrange("wellness")).toEqual(["Amara", "Jordan", "Marcus", "Leo", "Sofia", "Priya"]);
    expect(arrange("next_meet")).toEqual(["Leo", "Marcus", "Jordan", "Amara", "Sofia", "Priya"]);
  });

  it("filters at the boundaries of each rule", () => {
    expect(arrange("triage", "attention")).toEqual(["Jordan", "Amara"]);
    expect(arrange("triage", "injured")).toEqual(["Jordan"]);
    // 0.8 and 1.3 are in the sweet spot; an athlete without an ACWR is not outside it.
    expect(arrange("triage", "off_sweet_spot")).toEqual(["Jordan", "Amara", "Marcus"]);
    // 7 days counts, 6 does not; never having trained counts.
    expect(arrange("triage", "no_recent_session")).toEqual(["Marcus", "Leo", "Priya"]);
  });

  it("finds athletes by any part of their name, ignoring case and spaces around", () => {
    expect(arrange("triage", "all", "  AR ")).toEqual(["Amara", "Marcus"]);
    expect(arrange("name", "attention", "a")).toEqual(["Amara", "Jordan"]);
    expect(arrange("triage", "injured", "priya")).toEqual([]);
  });
});
