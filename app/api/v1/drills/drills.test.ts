import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { athleteProfiles, coachAthletes, trainingSessions } from "@/db/schema";
import { cacheKeys } from "@/lib/cache";
import { cacheStats } from "@/lib/cache/stats";
import { DRILLS } from "@/lib/content/catalog/drills";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { getKv } from "@/lib/kv";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as injuryById from "../injuries/[id]/route";
import * as injuriesRoute from "../injuries/route";
import * as drillBySlug from "./[slug]/route";
import * as recommended from "./recommended/[user_id]/route";
import * as drillsRoute from "./route";

type Account = Awaited<ReturnType<typeof testAccount>>;
type Drill = { slug: string; name: string; category: string; difficulty: string; body_region: string; reason?: string };

let db: Database;
let athlete: Account;
const today = todayIn("UTC");
beforeAll(async () => {
  db = await getDb();
  athlete = await testAccount(db, "athlete");
});

async function list(query: Record<string, string> = {}, account: Account = athlete): Promise<Drill[]> {
  const response = await callRoute(drillsRoute, "GET", { token: account.token, query });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()).drills;
}

const byCategoryThenName = (a: { category: string; name: string }, b: { category: string; name: string }) =>
  a.category < b.category ? -1 : a.category > b.category ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** What a search must find, worked out from the shipped content. */
const expectedSearch = (q: string) =>
  DRILLS.filter((d) => [d.name, d.description, ...d.tags].some((text) => text.toLowerCase().includes(q.toLowerCase())))
    .sort(byCategoryThenName)
    .map((d) => d.slug);

describe("GET /api/v1/drills", () => {
  it("lists the whole library, by category then name, with every field", async () => {
    const drills = await list();
    expect(drills).toHaveLength(DRILLS.length);
    expect(drills.map((d) => d.slug)).toEqual([...DRILLS].sort(byCategoryThenName).map((d) => d.slug));
    const aSkip = DRILLS.find((d) => d.slug === "a-skip")!;
    expect(drills.find((d) => d.slug === "a-skip")).toEqual({
      slug: "a-skip",
      name: aSkip.name,
      category: aSkip.category,
      difficulty: aSkip.difficulty,
      description: aSkip.description,
      instructions: aSkip.instructions,
      prescription: aSkip.prescription,
      duration_min: aSkip.durationMin,
      equipment: aSkip.equipment,
      tags: aSkip.tags,
      body_region: aSkip.bodyRegion,
      trains: aSkip.trains,
    });
  });

  it("filters by category, difficulty and body region, together", async () => {
    expect(await list({ category: "speed" })).toHaveLength(11);
    const upperOrCore = [...(await list({ region: "upper" })), ...(await list({ region: "core" }))];
    expect(upperOrCore.length).toBe(DRILLS.filter((d) => d.bodyRegion === "upper" || d.bodyRegion === "core").length);
    const combined = await list({ category: "technique-beginner", difficulty: "beginner", region: "lower" });
    expect(combined.map((d) => d.slug)).toEqual(
      DRILLS.filter(
        (d) => d.category === "technique-beginner" && d.difficulty === "beginner" && d.bodyRegion === "lower",
      )
        .sort(byCategoryThenName)
        .map((d) => d.slug),
    );
    expect(combined.length).toBeGreaterThan(0);
  });

  it.each([["skip"], ["SKIP"], ["hamstrings"], ["injury-friendly"], ["Reactive Strength"], ["sled"]])(
    "searches name, description and tags case-insensitively: q=%s",
    async (q) => {
      const found = (await list({ q })).map((d) => d.slug);
      expect(found).toEqual(expectedSearch(q));
      expect(found.length).toBeGreaterThan(0);
    },
  );

  it("matches %, _ and \\ literally", async () => {
    // Unescaped, "%" would match every drill and "a_skip" would match "A-skip".
    expect(await list({ q: "%" })).toEqual([]);
    expect(await list({ q: "a_skip" })).toEqual([]);
    expect(await list({ q: "\\" })).toEqual([]);
    expect((await list({ q: "a-skip" })).map((d) => d.slug)).toEqual(expectedSearch("a-skip"));
  });

  it("is open to coaches too, and a blank filter is no filter", async () => {
    const coach = await testAccount(db, "coach");
    expect(await list({ category: "", q: "" }, coach)).toHaveLength(DRILLS.length);
  });

  it.each([
    ["category", { category: "sprinting" }],
    ["difficulty", { difficulty: "expert" }],
    ["region", { region: "legs" }],
    ["q", { q: "q".repeat(101) }],
  ])("refuses a bad %s with a 400 that names it", async (field, query) => {
    const response = await callRoute(drillsRoute, "GET", { token: athlete.token, query });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty(field);
  });
});

describe("GET /api/v1/drills/{slug}", () => {
  it("answers with the drill, and 404 for an unknown or malformed slug", async () => {
    const known = await callRoute(drillBySlug, "GET", { token: athlete.token, params: { slug: DRILLS[3]!.slug } });
    expect(known.status).toBe(200);
    expect((await known.json()).drill).toMatchObject({ slug: DRILLS[3]!.slug, name: DRILLS[3]!.name });
    for (const slug of ["no-such-drill", "A SKIP", "recommended"]) {
      const missing = await callRoute(drillBySlug, "GET", { token: athlete.token, params: { slug } });
      expect(missing.status).toBe(404);
      expect((await missing.json()).error.code).toBe("not_found");
    }
  });
});

describe("GET /api/v1/drills/recommended/{user_id}", () => {
  async function recommend(account: Account, query: Record<string, string> = {}, userId = "me") {
    const response = await callRoute(recommended, "GET", { token: account.token, params: { user_id: userId }, query });
    expect(response.status, await response.clone().text()).toBe(200);
    return response.json() as Promise<{ as_of: string; experience_level: string; drills: Drill[] }>;
  }

  async function sprinter(years: number) {
    const account = await testAccount(db, "athlete");
    await db.update(athleteProfiles).set({ experienceYears: years }).where(eq(athleteProfiles.userId, account.id));
    return account;
  }

  it("recommends up to 10 drills for the athlete's level, best first, each with its reason", async () => {
    const advanced = await sprinter(7);
    const body = await recommend(advanced);
    expect(body.experience_level).toBe("advanced");
    expect(body.as_of).toBe(today);
    expect(body.drills).toHaveLength(10);
    for (const drill of body.drills) {
      expect(drill.reason?.length).toBeGreaterThan(10);
      expect(DRILLS.some((d) => d.slug === drill.slug)).toBe(true);
    }
    expect(body.drills.some((d) => d.body_region === "lower" || d.body_region === "full")).toBe(true);
    expect((await recommend(advanced, { limit: "3" })).drills.map((d) => d.slug)).toEqual(
      body.drills.slice(0, 3).map((d) => d.slug),
    );

    const beginner = await recommend(await sprinter(1));
    expect(beginner.experience_level).toBe("beginner");
    expect(beginner.drills.every((d) => d.difficulty === "beginner")).toBe(true);
  });

  it("drops lower- and full-body drills while a hamstring injury is active, and brings them back after", async () => {
    const account = await sprinter(4);
    const before = await recommend(account);
    expect(before.drills.some((d) => d.body_region === "lower" || d.body_region === "full")).toBe(true);

    const created = await callRoute(injuriesRoute, "POST", {
      token: account.token,
      body: { body_part: "left hamstring", side: "left", severity: "moderate", onset_date: addDays(today, -2) },
    });
    const { injury } = await created.json();
    // The new injury clears the cached recommendations: the next read is recomputed.
    const injured = await recommend(account);
    expect(injured.drills.length).toBeGreaterThan(0);
    expect(injured.drills.every((d) => d.body_region === "upper" || d.body_region === "core")).toBe(true);
    expect(injured.drills[0]!.reason).toContain("hamstring");

    await callRoute(injuryById, "PATCH", {
      token: account.token,
      params: { id: injury.id },
      body: { status: "resolved" },
    });
    const healed = await recommend(account);
    expect(healed.drills.some((d) => d.body_region === "lower" || d.body_region === "full")).toBe(true);
  });

  it("raises drills for session types missing from the last 14 days", async () => {
    const account = await sprinter(3);
    await db.insert(trainingSessions).values(
      [1, 3, 5].map((daysAgo) => ({
        userId: account.id,
        date: addDays(today, -daysAgo),
        type: "strength" as const,
        durationMin: 60,
        rpe: 6,
      })),
    );
    const body = await recommend(account);
    expect(body.drills[0]!.reason).toMatch(/missing from your last 14 days/);
  });

  it("is cached per athlete and limit: the second read comes from the cache", async () => {
    const account = await sprinter(1);
    const before = await cacheStats();
    const first = await recommend(account, { limit: "5" });
    expect((await cacheStats()).misses).toBe(before.misses + 1);
    expect(await getKv().get(cacheKeys.recommendedDrills(account.id, 5))).not.toBeNull();

    // A change behind the service's back is not seen until an invalidation: the answer comes from the cache.
    await db.update(athleteProfiles).set({ experienceYears: 9 }).where(eq(athleteProfiles.userId, account.id));
    const second = await recommend(account, { limit: "5" });
    expect(second).toEqual(first);
    expect((await cacheStats()).hits).toBe(before.hits + 1);
    expect((await recommend(account, { limit: "6" })).experience_level).toBe("advanced");
  });

  it("lets a linked coach read, and no one else", async () => {
    const [owner, coach, other] = await Promise.all([sprinter(2), testAccount(db, "coach"), sprinter(2)]);
    const read = (account: Account) =>
      callRoute(recommended, "GET", { token: account.token, params: { user_id: owner.id } });
    expect((await read(coach)).status).toBe(403);
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: owner.id });
    expect((await recommend(coach, {}, owner.id)).experience_level).toBe("intermediate");
    expect((await read(other)).status).toBe(403);
  });

  it.each([["0"], ["11"], ["2.5"], ["ten"]])("refuses limit=%s with a 400 naming limit", async (limit) => {
    const response = await callRoute(recommended, "GET", {
      token: athlete.token,
      params: { user_id: "me" },
      query: { limit },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toHaveProperty("limit");
  });
});
