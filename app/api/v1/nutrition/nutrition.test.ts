import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { coachAthletes, nutritionLogs } from "@/db/schema";
import { addDays, isoDate } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as one from "./[id]/route";
import * as nutrition from "./route";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

type Account = Awaited<ReturnType<typeof testAccount>>;

/** A short test-name label for a body change: `kcal=-1`, `meal missing`. */
const label = (change: Record<string, unknown>) =>
  Object.entries(change)
    .map(([key, value]) => {
      if (value === undefined) return `${key} missing`;
      const text = JSON.stringify(value);
      return `${key}=${text.length > 40 ? `${text.slice(0, 37)}…` : text}`;
    })
    .join(", ") || "{}";

const valid = (change: Record<string, unknown> = {}) => ({ date: "2026-01-12", meal: "lunch", kcal: 650, ...change });

const logCount = async (userId: string) =>
  (await db.select({ n: sql<number>`count(*)::int` }).from(nutritionLogs).where(eq(nutritionLogs.userId, userId)))[0]!
    .n;

async function addLog(account: Account, change: Record<string, unknown> = {}) {
  const response = await callRoute(nutrition, "POST", { token: account.token, body: valid(change) });
  expect(response.status).toBe(201);
  return (await response.json()).log as { id: string };
}

describe("POST /api/v1/nutrition", () => {
  it("logs a meal and answers 201 with it", async () => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(nutrition, "POST", {
      token: athlete.token,
      body: {
        date: "2026-01-12",
        meal: "post_training",
        description: "Rice, chicken, greens",
        kcal: 720,
        protein_g: 45.5,
        carbs_g: 90,
        fat_g: 18,
        hydration_ml: 750,
      },
    });
    expect(response.status).toBe(201);
    expect((await response.json()).log).toEqual({
      id: expect.any(String),
      date: "2026-01-12",
      meal: "post_training",
      description: "Rice, chicken, greens",
      kcal: 720,
      protein_g: 45.5,
      carbs_g: 90,
      fat_g: 18,
      hydration_ml: 750,
      created_at: expect.stringMatching(/Z$/),
    });
  });

  it("accepts a description alone, or a single amount alone", async () => {
    const athlete = await testAccount(db, "athlete");
    const described = await addLog(athlete, { kcal: undefined, description: "Banana" });
    expect(described).toMatchObject({ description: "Banana", kcal: null, hydration_ml: null });
    expect(await addLog(athlete, { kcal: undefined, meal: "snack", hydration_ml: 500 })).toMatchObject({
      hydration_ml: 500,
    });
    expect(await addLog(athlete, { kcal: 0 })).toMatchObject({ kcal: 0 });
  });

  for (const [field, change, message] of [
    ["date", { date: "2026-04-31" }, "must be a real calendar date"],
    ["date", { date: addDays(isoDate(new Date()), 2) }, "must not be more than a day in the future"],
    ["date", { date: undefined }, "is required"],
    ["meal", { meal: "brunch" }, "must be one of: breakfast, lunch, dinner, snack, pre_training, post_training"],
    ["meal", { meal: undefined }, "is required"],
    ["kcal", { kcal: -1 }, "must be an integer from 0 to 10000"],
    ["kcal", { kcal: 10_001 }, "must be an integer from 0 to 10000"],
    ["kcal", { kcal: 500.5 }, "must be an integer from 0 to 10000"],
    ["protein_g", { protein_g: -0.1 }, "must be a number from 0 to 1000"],
    ["protein_g", { protein_g: 1000.5 }, "must be a number from 0 to 1000"],
    ["carbs_g", { carbs_g: 2001 }, "must be a number from 0 to 2000"],
    ["carbs_g", { carbs_g: "lots" }, "must be a number from 0 to 2000"],
    ["fat_g", { fat_g: 1001 }, "must be a number from 0 to 1000"],
    ["hydration_ml", { hydration_ml: 20_001 }, "must be an integer from 0 to 20000"],
    ["hydration_ml", { hydration_ml: -5 }, "must be an integer from 0 to 20000"],
    ["description", { description: "d".repeat(501) }, "must be at most 500 characters"],
    [
      "description",
      { kcal: undefined, description: "  " },
      "is required when no amount (kcal, protein_g, carbs_g, fat_g, hydration_ml) is given",
    ],
  ] as [string, Record<string, unknown>, string][]) {
    it(`refuses a bad ${field} (${label(change)}) with a 400 that names it, and stores nothing`, async () => {
      const athlete = await testAccount(db, "athlete");
      const response = await callRoute(nutrition, "POST", { token: athlete.token, body: valid(change) });
      expect(response.status).toBe(400);
      expect((await response.json()).error.fields[field]).toBe(message);
      expect(await logCount(athlete.id)).toBe(0);
    });
  }
});

describe("GET /api/v1/nutrition", () => {
  let athlete: Account;
  let coach: Account;
  beforeAll(async () => {
    [athlete, coach] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "coach")]);
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: athlete.id });
    await addLog(athlete, { date: "2026-01-10", meal: "breakfast", kcal: 500, protein_g: 20.1, hydration_ml: 300 });
    await addLog(athlete, { date: "2026-01-10", meal: "lunch", kcal: 700, protein_g: 35.2, carbs_g: 80 });
    await addLog(athlete, { date: "2026-01-10", meal: "snack", kcal: undefined, hydration_ml: 500 });
    await addLog(athlete, { date: "2026-01-11", meal: "dinner", kcal: 900, fat_g: 30 });
    await addLog(athlete, { date: "2026-01-12", meal: "breakfast", kcal: undefined, description: "Porridge" });
  });

  const list = async (query: Record<string, string> = {}, token = athlete.token) => {
    const response = await callRoute(nutrition, "GET", { token, query });
    return { status: response.status, body: await response.json() };
  };

  it("lists logs newest first with each day's totals, null where nothing was recorded", async () => {
    const { status, body } = await list();
    expect(status).toBe(200);
    expect(body.logs.map((l: { date: string; meal: string }) => `${l.date} ${l.meal}`)).toEqual([
      "2026-01-12 breakfast",
      "2026-01-11 dinner",
      "2026-01-10 snack",
      "2026-01-10 lunch",
      "2026-01-10 breakfast",
    ]);
    expect(body.days).toEqual([
      { date: "2026-01-12", kcal: null, protein_g: null, carbs_g: null, fat_g: null, hydration_ml: null },
      { date: "2026-01-11", kcal: 900, protein_g: null, carbs_g: null, fat_g: 30, hydration_ml: null },
      { date: "2026-01-10", kcal: 1200, protein_g: 55.3, carbs_g: 80, fat_g: null, hydration_ml: 800 },
    ]);
  });

  it("totals only the days in from…to, and a whole day even when `limit` cuts it", async () => {
    const ranged = (await list({ from: "2026-01-10", to: "2026-01-11" })).body;
    expect(ranged.logs).toHaveLength(4);
    expect(ranged.days.map((d: { date: string }) => d.date)).toEqual(["2026-01-11", "2026-01-10"]);

    const limited = (await list({ limit: "3" })).body;
    expect(limited.logs).toHaveLength(3);
    expect(limited.days.at(-1)).toMatchObject({ date: "2026-01-10", kcal: 1200, hydration_ml: 800 });

    expect(await list({ from: "2026-01-13" }).then((r) => r.body)).toEqual({ logs: [], days: [] });
  });

  for (const [field, query] of [
    ["limit", { limit: "0" }],
    ["limit", { limit: "501" }],
    ["from", { from: "2026-01-12", to: "2026-01-11" }],
    ["user_id", { user_id: "1" }],
  ] as [string, Record<string, string>][]) {
    it(`refuses a bad ${field} (${label(query)}) with a 400 that names it`, async () => {
      const { status, body } = await list(query);
      expect(status).toBe(400);
      expect(body.error.fields).toHaveProperty(field);
    });
  }

  it("lets a linked coach read with user_id; an unlinked coach gets 403", async () => {
    const linked = await list({ user_id: athlete.id }, coach.token);
    expect(linked.status).toBe(200);
    expect(linked.body.logs).toHaveLength(5);
    const unlinked = await testAccount(db, "coach");
    expect((await list({ user_id: athlete.id }, unlinked.token)).status).toBe(403);
  });
});

describe("DELETE /api/v1/nutrition/{id}", () => {
  it("deletes the athlete's own log; another athlete, a coach or an unknown id get nothing deleted", async () => {
    const [athlete, other, coach] = await Promise.all([
      testAccount(db, "athlete"),
      testAccount(db, "athlete"),
      testAccount(db, "coach"),
    ]);
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: athlete.id });
    const log = await addLog(athlete);
    const remove = (token: string, id = log.id) => callRoute(one, "DELETE", { token, params: { id } });
    expect((await remove(other.token)).status).toBe(404);
    expect((await remove(coach.token)).status).toBe(403);
    expect((await remove(athlete.token, randomUUID())).status).toBe(404);
    expect((await remove(athlete.token, "x")).status).toBe(404);
    expect(await logCount(athlete.id)).toBe(1);
    expect((await remove(athlete.token)).status).toBe(204);
    expect(await logCount(athlete.id)).toBe(0);
  });
});
