import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { mentalExercises } from "@/db/schema";
import { cacheKeys } from "@/lib/cache";
import { cacheStats } from "@/lib/cache/stats";
import { MENTAL_EXERCISES } from "@/lib/content/catalog/mental-exercises";
import { getDb } from "@/lib/database";
import { getKv } from "@/lib/kv";
import { seedContent } from "@/lib/seed";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as exerciseBySlug from "./exercises/[slug]/route";
import * as exercisesRoute from "./exercises/route";

type Account = Awaited<ReturnType<typeof testAccount>>;
type Exercise = { slug: string; name: string; type: string };

let db: Database;
let athlete: Account;
beforeAll(async () => {
  db = await getDb();
  athlete = await testAccount(db, "athlete");
});

async function list(query: Record<string, string> = {}, account: Account = athlete): Promise<Exercise[]> {
  const response = await callRoute(exercisesRoute, "GET", { token: account.token, query });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()).exercises;
}

const byTypeThenName = (a: Exercise, b: Exercise) =>
  a.type < b.type ? -1 : a.type > b.type ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

describe("GET /api/v1/mental/exercises", () => {
  it("lists every exercise by type then name, with every field, to athletes and coaches", async () => {
    const exercises = await list();
    expect(exercises.map((e) => e.slug)).toEqual([...MENTAL_EXERCISES].sort(byTypeThenName).map((e) => e.slug));
    const box = MENTAL_EXERCISES.find((e) => e.slug === "box-breathing")!;
    expect(exercises.find((e) => e.slug === "box-breathing")).toEqual({
      slug: box.slug,
      name: box.name,
      type: box.type,
      difficulty: box.difficulty,
      description: box.description,
      instructions: box.instructions,
      duration_min: box.durationMin,
      equipment: box.equipment,
      tags: box.tags,
      when_to_use: box.whenToUse,
    });
    expect(await list({}, await testAccount(db, "coach"))).toHaveLength(MENTAL_EXERCISES.length);
  });

  it("filters by type", async () => {
    const visualization = await list({ type: "visualization" });
    expect(visualization.map((e) => e.slug).sort()).toEqual(
      MENTAL_EXERCISES.filter((e) => e.type === "visualization")
        .map((e) => e.slug)
        .sort(),
    );
    expect(visualization.length).toBeGreaterThanOrEqual(6);
  });

  it("refuses an unknown type with a 400 naming type", async () => {
    const response = await callRoute(exercisesRoute, "GET", { token: athlete.token, query: { type: "hypnosis" } });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields.type).toContain("must be one of: visualization");
  });

  it("is cached per type, and a seed of the content clears it", async () => {
    const key = cacheKeys.mentalExercises("breathing");
    await getKv().delete(key);
    const before = await cacheStats();
    const first = await list({ type: "breathing" });
    expect((await cacheStats()).misses).toBe(before.misses + 1);
    expect(await getKv().get(key)).not.toBeNull();

    // A change behind the service's back is not seen: the answer comes from the cache.
    await db.update(mentalExercises).set({ name: "Renamed" }).where(eq(mentalExercises.slug, first[0]!.slug));
    expect(await list({ type: "breathing" })).toEqual(first);
    expect((await cacheStats()).hits).toBe(before.hits + 1);

    // The seed writes the shipped text back and invalidates every type's cached list: the next read is a miss.
    await seedContent(db);
    const misses = (await cacheStats()).misses;
    expect(await list({ type: "breathing" })).toEqual(first);
    expect((await cacheStats()).misses).toBe(misses + 1);
  });
});

describe("GET /api/v1/mental/exercises/{slug}", () => {
  it("answers with the exercise, and 404 for an unknown or malformed slug", async () => {
    const response = await callRoute(exerciseBySlug, "GET", {
      token: athlete.token,
      params: { slug: "box-breathing" },
    });
    expect(response.status).toBe(200);
    expect((await response.json()).exercise).toMatchObject({ slug: "box-breathing", type: "breathing" });
    for (const slug of ["no-such-exercise", "Box Breathing"]) {
      const missing = await callRoute(exerciseBySlug, "GET", { token: athlete.token, params: { slug } });
      expect(missing.status).toBe(404);
    }
  });
});
