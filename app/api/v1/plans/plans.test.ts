import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { coachAthletes, plannedSessions } from "@/db/schema";
import { mondayOf } from "@/lib/analysis/compliance";
import { ariaTools } from "@/lib/aria/tools";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as readiness from "../ai/readiness/[user_id]/route";
import * as importer from "../import/[kind]/route";
import * as oneSession from "../sessions/[id]/route";
import * as sessions from "../sessions/route";
import * as compliance from "./[user_id]/compliance/route";
import * as list from "./[user_id]/route";
import * as copyWeek from "./copy-week/route";
import * as item from "./items/[id]/route";
import * as plans from "./route";

/** Plans (PRODUCT 4.10) through the API: test accounts live in UTC, so "today" is the UTC date. */

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

type Account = Awaited<ReturnType<typeof testAccount>>;
interface Plan {
  id: string;
  athlete_id: string;
  date: string;
  type: string;
  duration_min: number | null;
  rpe: number | null;
  reps: string | null;
  planned_by: string;
  session_id: string | null;
}

const today = () => todayIn("UTC");
const ago = (days: number) => addDays(today(), -days);

async function squad(size: number) {
  const coach = await testAccount(db, "coach");
  const athletes = await Promise.all(Array.from({ length: size }, () => testAccount(db, "athlete")));
  for (const athlete of athletes) await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: athlete.id });
  return { coach, athletes };
}

async function plan(caller: Account, body: Record<string, unknown>): Promise<Plan[]> {
  const response = await callRoute(plans, "POST", {
    token: caller.token,
    body: { date: today(), type: "acceleration", duration_min: 60, rpe: 7, ...body },
  });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()).planned_sessions;
}

async function plansOf(caller: Account, userId = "me", query: Record<string, string> = {}): Promise<Plan[]> {
  const response = await callRoute(list, "GET", { token: caller.token, params: { user_id: userId }, query });
  expect(response.status).toBe(200);
  return (await response.json()).planned_sessions;
}

async function logSession(athlete: Account, body: Record<string, unknown>): Promise<{ id: string }> {
  const response = await callRoute(sessions, "POST", {
    token: athlete.token,
    body: { date: today(), type: "acceleration", duration_min: 50, rpe: 7, ...body },
  });
  expect(response.status).toBe(201);
  return (await response.json()).session;
}

async function complianceOf(caller: Account, userId = "me", days?: number) {
  const response = await callRoute(compliance, "GET", {
    token: caller.token,
    params: { user_id: userId },
    query: days === undefined ? {} : { days: String(days) },
  });
  expect(response.status).toBe(200);
  return response.json();
}

describe("planning for the squad", () => {
  it("plans one session per linked athlete; each athlete sees theirs, and the coach sees each athlete's", async () => {
    const { coach, athletes } = await squad(3);
    const stored = await plan(coach, { athlete_id: "squad", reps: "6×30 m from blocks", notes: "Stay low" });
    expect(stored.map((p) => p.athlete_id).sort()).toEqual(athletes.map((a) => a.id).sort());
    expect(stored.every((p) => p.planned_by === coach.id && p.session_id === null)).toBe(true);

    for (const athlete of athletes) {
      const own = await plansOf(athlete);
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({
        athlete_id: athlete.id,
        date: today(),
        type: "acceleration",
        duration_min: 60,
        rpe: 7,
        reps: "6×30 m from blocks",
        notes: "Stay low",
        planned_by: coach.id,
      });
      expect(await plansOf(coach, athlete.id)).toEqual(own);
    }
  });

  it("lists by date range, oldest first", async () => {
    const athlete = await testAccount(db, "athlete");
    for (const d of [3, 1, 5]) await plan(athlete, { athlete_id: "me", date: ago(d) });
    expect((await plansOf(athlete)).map((p) => p.date)).toEqual([ago(5), ago(3), ago(1)]);
    expect((await plansOf(athlete, "me", { from: ago(4), to: ago(1) })).map((p) => p.date)).toEqual([ago(3), ago(1)]);
  });

  it("shows today's plan in readiness, and the session follows it", async () => {
    const { coach, athletes } = await squad(1);
    const athlete = athletes[0]!;
    await plan(coach, { athlete_id: athlete.id, type: "technique", duration_min: 35, rpe: 4, reps: "Wickets 5×30 m" });
    const response = await callRoute(readiness, "GET", { token: athlete.token, params: { user_id: "me" } });
    const body = await response.json();
    expect(body.planned).toMatchObject({ type: "technique", reps: "Wickets 5×30 m", planned_by: coach.id });
    expect(body.session).toMatchObject({ type: "technique", duration_min: 35, rpe: 4, source: "plan" });
  });
});

describe("linking sessions to plans", () => {
  it("links a session logged on a planned day, the same type first; a second session that day stays extra", async () => {
    const { coach, athletes } = await squad(1);
    const athlete = athletes[0]!;
    const [sprint] = await plan(coach, { athlete_id: athlete.id, type: "acceleration" });
    const [lift] = await plan(coach, { athlete_id: athlete.id, type: "strength" });
    const strength = await logSession(athlete, { type: "strength" });
    const tempo = await logSession(athlete, { type: "tempo" });
    const extra = await logSession(athlete, { type: "recovery" });
    const byId = new Map((await plansOf(athlete)).map((p) => [p.id, p.session_id]));
    expect(byId.get(lift!.id)).toBe(strength.id);
    expect(byId.get(sprint!.id)).toBe(tempo.id);
    expect([...byId.values()]).not.toContain(extra.id);
  });

  it("leaves a session on an unplanned day unlinked, and a past plan without a session missed", async () => {
    const athlete = await testAccount(db, "athlete");
    await plan(athlete, { athlete_id: "me", date: ago(2) });
    await logSession(athlete, { date: ago(1) });
    expect((await plansOf(athlete)).map((p) => p.session_id)).toEqual([null]);
  });

  it("links sessions from the CSV import and from Aria's logging tool, which share the write path", async () => {
    const athlete = await testAccount(db, "athlete");
    await plan(athlete, { athlete_id: "me", date: ago(2), type: "tempo" });
    await plan(athlete, { athlete_id: "me", date: ago(1), type: "tempo" });
    await plan(athlete, { athlete_id: "me", date: today(), type: "strength" });
    const csv = `date,type,duration_min,rpe\n${ago(2)},tempo,40,5\n${ago(1)},strength,60,6\n${ago(1)},tempo,45,5\n`;
    const imported = await callRoute(importer, "POST", {
      token: athlete.token,
      params: { kind: "sessions" },
      body: { csv },
    });
    expect(imported.status).toBe(201);
    const tools = ariaTools({ db, userId: athlete.id, timezone: "UTC" });
    const logged = (await tools.log_session.execute!(
      { type: "strength", duration_min: 55, rpe: 7 },
      { toolCallId: "call-1", messages: [], context: {} },
    )) as { session: { id: string } };
    const rows = await db.select().from(plannedSessions).where(eq(plannedSessions.userId, athlete.id));
    expect(rows.every((r) => r.sessionId !== null)).toBe(true);
    expect(rows.find((r) => r.date === today())?.sessionId).toBe(logged.session.id);
  });

  it("unlinks a session moved off its planned day and links it on its new one; deleting it leaves the plan missed", async () => {
    const athlete = await testAccount(db, "athlete");
    const [first] = await plan(athlete, { athlete_id: "me", date: ago(3) });
    const [second] = await plan(athlete, { athlete_id: "me", date: ago(2) });
    const session = await logSession(athlete, { date: ago(3) });
    const moved = await callRoute(oneSession, "PATCH", {
      token: athlete.token,
      params: { id: session.id },
      body: { date: ago(2) },
    });
    expect(moved.status).toBe(200);
    let linked = new Map((await plansOf(athlete)).map((p) => [p.id, p.session_id]));
    expect([linked.get(first!.id), linked.get(second!.id)]).toEqual([null, session.id]);
    await callRoute(oneSession, "DELETE", { token: athlete.token, params: { id: session.id } });
    linked = new Map((await plansOf(athlete)).map((p) => [p.id, p.session_id]));
    expect([...linked.values()]).toEqual([null, null]);
  });
});

describe("compliance", () => {
  it("counts planned against done over 7 and 28 days: extra sessions, deleted plans and today as PRODUCT 4.10 says", async () => {
    const { coach, athletes } = await squad(1);
    const athlete = athletes[0]!;
    const planFor = (date: string, change: Record<string, unknown> = {}) =>
      plan(coach, { athlete_id: athlete.id, date, ...change });
    await planFor(ago(1), { duration_min: 60, rpe: 7 }); // done: 50 × 7
    await planFor(ago(2), { duration_min: 40, rpe: 5 }); // missed
    await planFor(ago(4), { type: "strength", duration_min: 45, rpe: null }); // done, no planned load
    const [deleted] = await planFor(ago(5));
    await planFor(ago(20), { duration_min: 30, rpe: 4 }); // in 28 days only, missed
    await planFor(today()); // today, not done yet: not counted
    await planFor(addDays(today(), 3)); // ahead: not counted
    await logSession(athlete, { date: ago(1) });
    await logSession(athlete, { date: ago(1), type: "tempo", duration_min: 30, rpe: 4 }); // extra on a planned day
    await logSession(athlete, { date: ago(3), type: "tempo" }); // unplanned day
    await logSession(athlete, { date: ago(4), type: "strength", duration_min: 60, rpe: 6 });
    await logSession(athlete, { date: ago(5) });
    const removed = await callRoute(item, "DELETE", { token: coach.token, params: { id: deleted!.id } });
    expect(removed.status).toBe(204);

    expect(await complianceOf(athlete)).toEqual({
      days: 7,
      as_of: today(),
      planned: 3,
      done: 2,
      planned_load: 620,
      done_load: 710,
      ratio: 0.67,
    });
    expect(await complianceOf(coach, athlete.id, 28)).toMatchObject({
      days: 28,
      planned: 4,
      done: 2,
      planned_load: 740,
      ratio: 0.5,
    });
    await logSession(athlete, { date: today() });
    expect(await complianceOf(athlete)).toMatchObject({ planned: 4, done: 3, ratio: 0.75 });
  });

  it("answers null for the ratio when nothing was planned", async () => {
    const athlete = await testAccount(db, "athlete");
    await logSession(athlete, { date: ago(1) });
    expect(await complianceOf(athlete)).toMatchObject({ planned: 0, done: 0, ratio: null });
  });
});

describe("copying a week", () => {
  it("plans the squad's week again the week after, once however often it is copied", async () => {
    const { coach, athletes } = await squad(2);
    const monday = mondayOf(today());
    await plan(coach, { athlete_id: "squad", date: monday, type: "acceleration" });
    await plan(coach, { athlete_id: "squad", date: addDays(monday, 3), type: "tempo", reps: "8×100 m" });
    await plan(coach, { athlete_id: "squad", date: addDays(monday, 7), type: "acceleration" });
    // The athlete's own plan is not the coach's to copy.
    await plan(athletes[0]!, { athlete_id: "me", date: addDays(monday, 1), type: "recovery" });

    const copy = () =>
      callRoute(copyWeek, "POST", { token: coach.token, body: { athlete_id: "squad", week_start: monday } });
    const first = await copy();
    expect(first.status).toBe(201);
    const copied: Plan[] = (await first.json()).planned_sessions;
    expect(copied.map((p) => [p.date, p.type, p.reps, p.session_id, p.planned_by])).toEqual(
      athletes.map(() => [addDays(monday, 10), "tempo", "8×100 m", null, coach.id]),
    );
    expect((await (await copy()).json()).planned_sessions).toEqual([]);
    const next = await plansOf(athletes[0]!, "me", { from: addDays(monday, 7), to: addDays(monday, 13) });
    expect(next.map((p) => p.type)).toEqual(["acceleration", "tempo"]);
  });

  it("copies an athlete's own plans for themself", async () => {
    const athlete = await testAccount(db, "athlete");
    const monday = mondayOf(today());
    await plan(athlete, { athlete_id: "me", date: addDays(monday, -7), type: "tempo" });
    const response = await callRoute(copyWeek, "POST", {
      token: athlete.token,
      body: { athlete_id: "me", week_start: addDays(monday, -7) },
    });
    expect(response.status).toBe(201);
    expect((await response.json()).planned_sessions).toMatchObject([{ date: monday, type: "tempo" }]);
  });
});

describe("who may plan and change what", () => {
  it("refuses a coach planning for an athlete not linked to them, and for a squad they do not have", async () => {
    const [coach, stranger] = await Promise.all([testAccount(db, "coach"), testAccount(db, "athlete")]);
    const response = await callRoute(plans, "POST", {
      token: coach.token,
      body: { athlete_id: stranger.id, date: today(), type: "tempo" },
    });
    expect(response.status).toBe(403);
    const empty = await callRoute(plans, "POST", {
      token: coach.token,
      body: { athlete_id: "squad", date: today(), type: "tempo" },
    });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.fields).toHaveProperty("athlete_id");
    expect(await plansOf(stranger)).toEqual([]);
  });

  it("refuses an athlete planning for someone else or for a squad", async () => {
    const [athlete, other] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    for (const target of [other.id, "squad"]) {
      const response = await callRoute(plans, "POST", {
        token: athlete.token,
        body: { athlete_id: target, date: today(), type: "tempo" },
      });
      expect(response.status).toBe(403);
    }
  });

  it("lets only the planner change or remove a plan: not the athlete, not another coach", async () => {
    const { coach, athletes } = await squad(1);
    const athlete = athletes[0]!;
    const otherCoach = await testAccount(db, "coach");
    await db.insert(coachAthletes).values({ coachId: otherCoach.id, athleteId: athlete.id });
    const [coachPlan] = await plan(coach, { athlete_id: athlete.id });
    for (const caller of [athlete, otherCoach]) {
      const refused = await callRoute(item, "DELETE", { token: caller.token, params: { id: coachPlan!.id } });
      expect(refused.status).toBe(403);
      const patch = await callRoute(item, "PATCH", {
        token: caller.token,
        params: { id: coachPlan!.id },
        body: { rpe: 3 },
      });
      expect(patch.status).toBe(403);
    }
    const changed = await callRoute(item, "PATCH", {
      token: coach.token,
      params: { id: coachPlan!.id },
      body: { rpe: 6, reps: null, date: ago(1) },
    });
    expect(changed.status).toBe(200);
    expect((await changed.json()).planned_session).toMatchObject({ rpe: 6, reps: null, date: ago(1) });

    const [own] = await plan(athlete, { athlete_id: "me" });
    const byCoach = await callRoute(item, "DELETE", { token: coach.token, params: { id: own!.id } });
    expect(byCoach.status).toBe(403);
    expect((await callRoute(item, "DELETE", { token: athlete.token, params: { id: own!.id } })).status).toBe(204);

    // Unlinked, the coach no longer sees the athlete's plans at all.
    await db.delete(coachAthletes).where(eq(coachAthletes.coachId, coach.id));
    const gone = await callRoute(item, "DELETE", { token: coach.token, params: { id: coachPlan!.id } });
    expect(gone.status).toBe(404);
    expect((await callRoute(list, "GET", { token: coach.token, params: { user_id: athlete.id } })).status).toBe(403);
  });

  it("saves the whole plan as the edit form sends it; moving a done plan to another day unlinks its session", async () => {
    const athlete = await testAccount(db, "athlete");
    const [own] = await plan(athlete, { athlete_id: "me", date: ago(1), type: "tempo" });
    const session = await logSession(athlete, { date: ago(1), type: "tempo" });
    expect((await plansOf(athlete)).find((p) => p.id === own!.id)?.session_id).toBe(session.id);
    const edited = await callRoute(item, "PATCH", {
      token: athlete.token,
      params: { id: own!.id },
      body: { date: ago(2), type: "speed_endurance", duration_min: null, rpe: 8, reps: "3×150 m", notes: null },
    });
    expect(edited.status).toBe(200);
    expect((await edited.json()).planned_session).toMatchObject({
      date: ago(2),
      type: "speed_endurance",
      duration_min: null,
      rpe: 8,
      reps: "3×150 m",
      notes: null,
      session_id: null,
    });
  });

  it("names each field of an edit it refuses", async () => {
    const athlete = await testAccount(db, "athlete");
    const [own] = await plan(athlete, { athlete_id: "me" });
    const refused = await callRoute(item, "PATCH", {
      token: athlete.token,
      params: { id: own!.id },
      body: { date: "2026-02-30", rpe: 11, duration_min: 0, type: "jogging" },
    });
    expect(refused.status).toBe(400);
    expect(Object.keys((await refused.json()).error.fields).sort()).toEqual(["date", "duration_min", "rpe", "type"]);
    expect((await plansOf(athlete)).find((p) => p.id === own!.id)).toMatchObject({ rpe: 7, duration_min: 60 });
  });

  it("answers 404 for an id that is not a plan", async () => {
    const athlete = await testAccount(db, "athlete");
    for (const id of ["not-a-uuid", "6f1c2e4a-9c1e-4a7d-8b4f-2b4f6d8f1c2e"]) {
      const response = await callRoute(item, "PATCH", { token: athlete.token, params: { id }, body: { rpe: 5 } });
      expect(response.status).toBe(404);
    }
  });
});

describe("bad input", () => {
  it.each<[string, Record<string, unknown>, string]>([
    ["an RPE of 11", { rpe: 11 }, "rpe"],
    ["minutes of 0", { duration_min: 0 }, "duration_min"],
    ["an unknown type", { type: "jogging" }, "type"],
    ["a date that does not exist", { date: "2026-02-30" }, "date"],
    ["no date", { date: undefined }, "date"],
    ["an athlete that is not an id", { athlete_id: "bob" }, "athlete_id"],
    ["reps over two lines", { reps: "6×30 m\n4×60 m" }, "reps"],
  ])("refuses %s with a 400 naming %s", async (_label, change, field) => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(plans, "POST", {
      token: athlete.token,
      body: { athlete_id: "me", date: today(), type: "tempo", ...change },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty(field);
  });

  it("refuses a week that does not start on a Monday, an empty change and a window outside 7–90 days", async () => {
    const athlete = await testAccount(db, "athlete");
    const tuesday = addDays(mondayOf(today()), 1);
    const copy = await callRoute(copyWeek, "POST", {
      token: athlete.token,
      body: { athlete_id: "me", week_start: tuesday },
    });
    expect(copy.status).toBe(400);
    expect((await copy.json()).error.fields.week_start).toContain("Monday");
    const [own] = await plan(athlete, { athlete_id: "me" });
    const empty = await callRoute(item, "PATCH", { token: athlete.token, params: { id: own!.id }, body: {} });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.fields).toHaveProperty("body");
    for (const days of ["3", "91", "week"]) {
      const response = await callRoute(compliance, "GET", {
        token: athlete.token,
        params: { user_id: "me" },
        query: { days },
      });
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields).toHaveProperty("days");
    }
  });
});
