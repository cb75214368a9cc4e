import { describe, expect, it } from "vitest";
import {
  type CompliancePlan,
  type ComplianceSession,
  compliance,
  type LinkablePlan,
  type LinkableSession,
  matchSessionsToPlans,
  mondayOf,
  weekOf,
} from "./compliance";
import { AS_OF, ago } from "./test-support";

const plan = (daysAgo: number, sessionId: string | null = null, min: number | null = 60, rpe: number | null = 6) => ({
  date: ago(daysAgo),
  durationMin: min,
  rpe,
  sessionId,
});
const done = (id: string, min = 50, rpe = 7): ComplianceSession => ({ id, durationMin: min, rpe });

interface Case {
  name: string;
  plans: CompliancePlan[];
  sessions: ComplianceSession[];
  days?: number;
  expected: { planned: number; done: number; planned_load: number; done_load: number; ratio: number | null };
}

const CASES: Case[] = [
  {
    name: "nothing planned: ratio null, whatever was trained",
    plans: [],
    sessions: [done("s1")],
    expected: { planned: 0, done: 0, planned_load: 0, done_load: 0, ratio: null },
  },
  {
    name: "every plan done",
    plans: [plan(1, "s1"), plan(3, "s2")],
    sessions: [done("s1"), done("s2", 40, 5)],
    expected: { planned: 2, done: 2, planned_load: 720, done_load: 550, ratio: 1 },
  },
  {
    name: "one of three missed",
    plans: [plan(1, "s1"), plan(2), plan(4, "s2")],
    sessions: [done("s1"), done("s2")],
    expected: { planned: 3, done: 2, planned_load: 1080, done_load: 700, ratio: 0.67 },
  },
  {
    name: "a planned day with two sessions: one is linked, the other is extra and not counted",
    plans: [plan(2, "s1")],
    sessions: [done("s1"), done("s2-extra", 90, 9)],
    expected: { planned: 1, done: 1, planned_load: 360, done_load: 350, ratio: 1 },
  },
  {
    name: "a session on an unplanned day is not done",
    plans: [plan(2)],
    sessions: [done("s-unplanned-day")],
    expected: { planned: 1, done: 0, planned_load: 360, done_load: 0, ratio: 0 },
  },
  {
    name: "a deleted plan is simply gone; its session no longer counts",
    plans: [plan(1, "s1")],
    sessions: [done("s1"), done("s-of-deleted-plan")],
    expected: { planned: 1, done: 1, planned_load: 360, done_load: 350, ratio: 1 },
  },
  {
    name: "a plan whose session was deleted is missed",
    plans: [plan(1, "s-deleted")],
    sessions: [],
    expected: { planned: 1, done: 0, planned_load: 360, done_load: 0, ratio: 0 },
  },
  {
    name: "today's plan counts once it is done, not while the day is under way",
    plans: [plan(0), plan(0, "s1"), plan(1)],
    sessions: [done("s1")],
    expected: { planned: 2, done: 1, planned_load: 720, done_load: 350, ratio: 0.5 },
  },
  {
    name: "plans after as-of and before the window are left out",
    plans: [plan(-1), plan(-3, "s-future"), plan(7), plan(6)],
    sessions: [done("s-future")],
    expected: { planned: 1, done: 0, planned_load: 360, done_load: 0, ratio: 0 },
  },
  {
    name: "the 28-day window reaches day −27, not day −28",
    plans: [plan(27, "s1"), plan(28, "s2"), plan(10)],
    sessions: [done("s1"), done("s2")],
    days: 28,
    expected: { planned: 2, done: 1, planned_load: 720, done_load: 350, ratio: 0.5 },
  },
  {
    name: "a plan without minutes or RPE counts, but adds no planned load",
    plans: [plan(1, "s1", null, 6), plan(2, null, 45, null), plan(3, null, 40, 5)],
    sessions: [done("s1")],
    expected: { planned: 3, done: 1, planned_load: 200, done_load: 350, ratio: 0.33 },
  },
];

describe("compliance", () => {
  it.each(CASES)("$name", ({ plans, sessions, days = 7, expected }) => {
    expect(compliance(plans, sessions, AS_OF, days)).toEqual({ days, as_of: AS_OF, ...expected });
  });

  it("refuses an as-of that is not a date and a window under a day", () => {
    expect(() => compliance([], [], "2026-13-01", 7)).toThrow(RangeError);
    expect(() => compliance([], [], AS_OF, 0)).toThrow(RangeError);
  });
});

describe("matchSessionsToPlans", () => {
  const p = (id: string, daysAgo: number, type: LinkablePlan["type"]): LinkablePlan => ({
    id,
    date: ago(daysAgo),
    type,
  });
  const s = (id: string, daysAgo: number, type: LinkableSession["type"]): LinkableSession => ({
    id,
    date: ago(daysAgo),
    type,
  });

  it.each<[string, LinkablePlan[], LinkableSession[], Record<string, string>]>([
    ["links a session to the plan of its date", [p("p1", 1, "tempo")], [s("s1", 1, "tempo")], { p1: "s1" }],
    [
      "links across types when the day has no better match",
      [p("p1", 1, "tempo")],
      [s("s1", 1, "strength")],
      { p1: "s1" },
    ],
    ["never across dates", [p("p1", 1, "tempo")], [s("s1", 2, "tempo")], {}],
    [
      "prefers the same type: the other session of the day is extra",
      [p("p1", 1, "acceleration")],
      [s("s1", 1, "strength"), s("s2", 1, "acceleration")],
      { p1: "s2" },
    ],
    [
      "pairs two plans with two sessions, types first, whatever the order",
      [p("p1", 1, "acceleration"), p("p2", 1, "strength")],
      [s("s1", 1, "strength"), s("s2", 1, "acceleration")],
      { p1: "s2", p2: "s1" },
    ],
    [
      "fills every pair it can: same type first, then the rest in order",
      [p("p1", 1, "acceleration"), p("p2", 1, "strength")],
      [s("s1", 1, "tempo"), s("s2", 1, "strength")],
      { p2: "s2", p1: "s1" },
    ],
    [
      "one session for two plans of the same type: the first planned gets it",
      [p("p1", 1, "tempo"), p("p2", 1, "tempo")],
      [s("s1", 1, "tempo")],
      { p1: "s1" },
    ],
  ])("%s", (_name, plans, sessions, expected) => {
    expect(Object.fromEntries(matchSessionsToPlans(plans, sessions))).toEqual(expected);
  });
});

describe("weeks", () => {
  it.each([
    ["2026-11-23", "2026-11-23"],
    ["2026-11-24", "2026-11-23"],
    ["2026-11-29", "2026-11-23"],
    ["2026-11-30", "2026-11-30"],
    ["2028-03-01", "2028-02-28"],
  ])("puts %s in the week of Monday %s", (date, monday) => {
    expect(mondayOf(date)).toBe(monday);
    expect(weekOf(date)).toEqual({ from: monday, to: ago(-6, monday) });
  });
});
