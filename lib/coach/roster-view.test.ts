import { describe, expect, it } from "vitest";
import {
  arrangeRoster,
  DEFAULT_ROSTER_QUERY,
  daysAgoInWords,
  flagCounts,
  isWellnessStale,
  type RosterRow,
  rosterHref,
  rosterQuery,
  rosterQueryFromSearchParams,
  WELLNESS_STALE_DAYS,
} from "./roster-view";

const row = (name: string, over: Partial<RosterRow> = {}): RosterRow => ({
  name,
  acwr: 1,
  days_since_last_session: 1,
  active_injuries: 0,
  latest_wellness: null,
  next_competition: null,
  flags: [],
  compliance_7d: { ratio: null },
  ...over,
});

// In triage order, as the roster arrives.
const SQUAD = [
  row("Jordan", {
    flags: [{ priority: "critical" }],
    active_injuries: 1,
    acwr: 0.67,
    latest_wellness: { hooper: 11, stale: false },
  }),
  row("Amara", { flags: [{ priority: "high" }], acwr: 1.7, latest_wellness: { hooper: 20, stale: false } }),
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

  it("sorts the least of the plan done first, equals in triage order, nothing planned last", () => {
    const planned = SQUAD.map((r, i) => ({ ...r, compliance_7d: { ratio: [0.83, 1, 0, 0.67, 1, null][i] ?? null } }));
    const sorted = arrangeRoster(planned, { sort: "compliance", filter: "all", query: "" });
    expect(names(sorted)).toEqual(["Marcus", "Leo", "Jordan", "Amara", "Sofia", "Priya"]);
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

describe("stale wellness", () => {
  it(`is stale past ${WELLNESS_STALE_DAYS} days, not on the day itself`, () => {
    expect(isWellnessStale(WELLNESS_STALE_DAYS)).toBe(false);
    expect(isWellnessStale(WELLNESS_STALE_DAYS + 1)).toBe(true);
  });

  it("sorts a stale score after every fresh one, however poor, and before no score at all", () => {
    const rows = [
      row("Marcus", { latest_wellness: { hooper: 20, stale: true } }),
      row("Leo", { latest_wellness: { hooper: 9, stale: false } }),
      row("Priya"),
      row("Sofia", { latest_wellness: { hooper: 14, stale: false } }),
      row("Amara", { latest_wellness: { hooper: 25, stale: true } }),
    ];
    expect(names(arrangeRoster(rows, { sort: "wellness", filter: "all", query: "" }))).toEqual([
      "Sofia",
      "Leo",
      "Amara",
      "Marcus",
      "Priya",
    ]);
  });
});

describe("the roster's address", () => {
  it("reads sort, filter and q, each falling back to its default when unknown", () => {
    expect(rosterQueryFromSearchParams({ sort: "acwr", filter: "injured", q: " jo " })).toEqual({
      sort: "acwr",
      filter: "injured",
      q: "jo",
    });
    expect(rosterQueryFromSearchParams({ sort: "bogus", filter: ["attention", "all"], q: "" })).toEqual({
      sort: "triage",
      filter: "attention",
      q: "",
    });
    expect(rosterQueryFromSearchParams({})).toEqual(DEFAULT_ROSTER_QUERY);
  });

  it("writes only what differs from the default, so the plain roster is plain /coach", () => {
    expect(rosterHref(DEFAULT_ROSTER_QUERY)).toBe("/coach");
    expect(rosterHref({ sort: "acwr", filter: "injured", q: "jo" })).toBe("/coach?sort=acwr&filter=injured&q=jo");
    expect(rosterHref({ sort: "triage", filter: "all", q: "  " })).toBe("/coach");
    const written = new URL(rosterHref({ sort: "name", filter: "all", q: "Zoë & co" }), "http://x");
    expect(rosterQueryFromSearchParams(Object.fromEntries(written.searchParams))).toEqual({
      sort: "name",
      filter: "all",
      q: "Zoë & co",
    });
  });

  it("is strict for the API: an unknown value names its parameter", () => {
    const result = rosterQuery.safeParse({ sort: "fastest", filter: "all" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["sort"]);
    expect(rosterQuery.parse({})).toEqual(DEFAULT_ROSTER_QUERY);
    expect(rosterQuery.parse({ sort: "", filter: "", q: "" })).toEqual(DEFAULT_ROSTER_QUERY);
  });
});

describe("flag counts", () => {
  it("counts each current flag once per athlete carrying it, most urgent first", () => {
    const flag = (
      type: "pain_improving" | "injury_warning" | "no_training",
      priority: "critical" | "medium" | "low",
    ) => ({
      type,
      priority,
      title: type,
    });
    const counts = flagCounts([
      { id: "1", name: "Sofia", flags: [flag("pain_improving", "low")] },
      { id: "2", name: "Jordan", flags: [flag("injury_warning", "critical"), flag("pain_improving", "low")] },
      { id: "3", name: "Marcus", flags: [flag("no_training", "medium")] },
      { id: "4", name: "Leo", flags: [] },
    ]);
    expect(counts.map((c) => [c.type, c.athletes.map((a) => a.name)])).toEqual([
      ["injury_warning", ["Jordan"]],
      ["no_training", ["Marcus"]],
      ["pain_improving", ["Sofia", "Jordan"]],
    ]);
  });
});

describe("days ago in words", () => {
  it("says today, yesterday, then days", () => {
    expect([0, 1, 3, 10].map(daysAgoInWords)).toEqual(["today", "yesterday", "3 days ago", "10 days ago"]);
  });
});
