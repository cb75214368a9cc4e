import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { checkIns, drillRecommendations, drills, suggestions, trainingSessions, users } from "@/db/schema";
import { createApiToken } from "@/lib/auth/tokens";
import { isoDate } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { DEMO_ATHLETES } from "@/lib/seed/demo";
import { callRoute } from "@/scripts/test/api";
import * as suggestionStatus from "../suggestions/[id]/route";
import * as analyze from "./analyze/[user_id]/route";
import * as schedule from "./checkins/schedule/[user_id]/route";
import * as recommend from "./drills/recommend/[user_id]/route";
import * as goals from "./goals/analyze/[user_id]/route";
import * as patterns from "./patterns/[user_id]/route";
import * as generate from "./suggestions/generate/[user_id]/route";

/** The analysis endpoints on the seeded demo squad (the test database is seeded on first use, as of today). */

let db: Database;
const asOf = isoDate(new Date());
const demo: Record<string, { id: string; token: string }> = {};

beforeAll(async () => {
  db = await getDb();
  for (const athlete of DEMO_ATHLETES) {
    const [user] = await db.select().from(users).where(eq(users.email, athlete.email));
    demo[athlete.email] = { id: user!.id, token: (await createApiToken(db, user!.id, "test")).token };
  }
});

const as = (email: string) => demo[email]!;
const countRows = async (table: typeof suggestions | typeof checkIns, userId: string) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(table.userId, userId)))[0]!.n;

describe("POST /api/v1/ai/suggestions/generate/{user_id}", () => {
  it.each(DEMO_ATHLETES.map((a) => [a.name, a.email, a.expectedSuggestions] as const))(
    "raises what %s's history should raise",
    async (_name, email, expected) => {
      const { token } = as(email);
      const response = await callRoute(generate, "POST", { token, params: { user_id: "me" }, query: { as_of: asOf } });
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.suggestions.map((s: { type: string }) => s.type).sort()).toEqual([...expected].sort());
      for (const s of body.suggestions) {
        expect(s).toMatchObject({ id: expect.any(String), title: expect.any(String), message: expect.any(String) });
        expect(Object.keys(s.evidence).length).toBeGreaterThan(0);
      }
    },
  );

  it("refreshes instead of repeating when generated twice", async () => {
    const { id, token } = as("amara@aria.example");
    const call = () => callRoute(generate, "POST", { token, params: { user_id: id }, query: { as_of: asOf } });
    const first = await (await call()).json();
    const before = await countRows(suggestions, id);
    const second = await (await call()).json();
    expect(await countRows(suggestions, id)).toBe(before);
    expect(second.suggestions.map((s: { id: string }) => s.id).sort()).toEqual(
      first.suggestions.map((s: { id: string }) => s.id).sort(),
    );
  });

  it("keeps a dismissed warning closed until its evidence changes, critical included, and says what is new", async () => {
    const { id, token } = as("jordan@aria.example");
    const call = async () =>
      (await callRoute(generate, "POST", { token, params: { user_id: id }, query: { as_of: asOf } })).json();
    const raised = (await call()).suggestions as { id: string; type: string }[];
    for (const s of raised) {
      const response = await callRoute(suggestionStatus, "PATCH", {
        token,
        params: { id: s.id },
        body: { status: "dismissed" },
      });
      expect(response.status).toBe(200);
    }
    expect((await call()).suggestions).toEqual([]);
    await db
      .insert(trainingSessions)
      .values({ userId: id, date: asOf, type: "max_velocity", durationMin: 40, rpe: 8, mood: 3 });
    const back = (await call()).suggestions as { type: string; message: string }[];
    const warning = back.find((s) => s.type === "injury_warning");
    expect(warning?.message).toMatch(/^New since you dismissed this on \w{3} \d{1,2} \w{3}: 40 min of max velocity/);
  });

  it("closes an open suggestion once its condition no longer holds", async () => {
    const { id, token } = as("marcus@aria.example");
    const call = async () =>
      (await callRoute(generate, "POST", { token, params: { user_id: id }, query: { as_of: asOf } })).json();
    expect((await call()).suggestions.map((s: { type: string }) => s.type)).toContain("no_training");
    await db
      .insert(trainingSessions)
      .values({ userId: id, date: asOf, type: "tempo", durationMin: 40, rpe: 5, mood: 4 });
    expect((await call()).suggestions.map((s: { type: string }) => s.type)).not.toContain("no_training");
    const [closed] = await db
      .select()
      .from(suggestions)
      .where(and(eq(suggestions.userId, id), eq(suggestions.type, "no_training")));
    expect(closed?.status).toBe("done");
  });

  it("names a bad as_of", async () => {
    const { token } = as("leo@aria.example");
    const response = await callRoute(generate, "POST", {
      token,
      params: { user_id: "me" },
      query: { as_of: "2026-13-01" },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty("as_of");
  });
});

describe("the other analysis endpoints", () => {
  it("analyses everything at once and returns each part", async () => {
    const { token } = as("priya@aria.example");
    const response = await callRoute(analyze, "POST", { token, params: { user_id: "me" }, query: { as_of: asOf } });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body).sort()).toEqual(["as_of", "check_ins", "drills", "goals", "patterns", "suggestions"]);
    expect(body.suggestions).toEqual([]);
    expect(body.patterns.in_optimal_range).toBe(true);
    expect(body.check_ins.map((c: { type: string }) => c.type)).toContain("morning_motivation");
  });

  it("reports training patterns in the API's shape", async () => {
    const { token } = as("amara@aria.example");
    const body = await (
      await callRoute(patterns, "GET", { token, params: { user_id: "me" }, query: { as_of: asOf } })
    ).json();
    expect(body).toMatchObject({
      sessions_per_week: expect.any(Number),
      in_optimal_range: false,
      variety: { types: expect.any(Array), count: expect.any(Number) },
      rpe: { average: expect.any(Number) },
      negative_moods: expect.any(Number),
      load: { acute: expect.any(Number), chronic: expect.any(Number), acwr: expect.any(Number) },
      recommendations: expect.any(Array),
    });
    expect(body.load.acwr).toBeGreaterThan(1.5);
  });

  it("recommends no lower-body drill to an athlete with an active hamstring strain, and stores them once", async () => {
    const { id, token } = as("jordan@aria.example");
    const call = () => callRoute(recommend, "POST", { token, params: { user_id: id }, query: { as_of: asOf } });
    const body = await (await call()).json();
    expect(body.experience_level).toBe("advanced");
    expect(body.drills.length).toBeGreaterThan(0);
    const regions = await db.select({ slug: drills.slug, region: drills.bodyRegion }).from(drills);
    const regionOf = new Map(regions.map((r) => [r.slug, r.region]));
    for (const drill of body.drills) expect(["upper", "core"]).toContain(regionOf.get(drill.slug));
    const storedList = async () =>
      db
        .select({ asOf: drillRecommendations.asOf, drills: drillRecommendations.drills })
        .from(drillRecommendations)
        .where(eq(drillRecommendations.userId, id));
    const stored = await storedList();
    await call();
    expect(await storedList()).toEqual(stored);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.asOf).toBe(asOf);
    expect(stored[0]?.drills.map((d) => d.slug)).toEqual(body.drills.map((d: { slug: string }) => d.slug));
    expect(stored[0]?.drills.map((d) => d.rank)).toEqual(body.drills.map((_: unknown, i: number) => i + 1));
  });

  it("awards goal milestones once: a second analysis awards nothing", async () => {
    const { token } = as("priya@aria.example");
    const call = async () =>
      (await callRoute(goals, "POST", { token, params: { user_id: "me" }, query: { as_of: asOf } })).json();
    await call();
    const second = await call();
    expect(second.new_achievements).toEqual([]);
    expect(second.goals.length).toBeGreaterThan(0);
  });

  it("schedules check-ins in the athlete's time zone without duplicates", async () => {
    const { id, token } = as("jordan@aria.example");
    const call = async () =>
      (await callRoute(schedule, "POST", { token, params: { user_id: id }, query: { as_of: asOf } })).json();
    const first = await call();
    const types = first.check_ins.map((c: { type: string }) => c.type).sort();
    expect(types).toEqual(expect.arrayContaining(["injury_status", "morning_motivation"]));
    const count = await countRows(checkIns, id);
    const second = await call();
    expect(await countRows(checkIns, id)).toBe(count);
    expect(second.check_ins.map((c: { id: string }) => c.id).sort()).toEqual(
      first.check_ins.map((c: { id: string }) => c.id).sort(),
    );
  });
});
