import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { coachAthletes, injuries, plannedSessions, trainingSessions, wellnessLogs } from "@/db/schema";
import { addDays, isoDate } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import type { Account } from "@/scripts/test/authorization";
import * as roster from "./athletes/route";

let db: Database;
const today = isoDate(new Date());

const list = (coach: Account, query?: Record<string, string>) =>
  callRoute(roster, "GET", { token: coach.token, query });
const names = async (response: Response) =>
  ((await response.json()).athletes as { name: string }[]).map((athlete) => athlete.name);

describe("GET /api/v1/coach/athletes with sort, filter and q", () => {
  let coach: Account;

  beforeAll(async () => {
    db = await getDb();
    coach = await testAccount(db, "coach", "Coach Query");
    // Joanna: injured and sprinting on it; Jonah: fresh poor wellness; Mira: a worse score, but twelve days old.
    const [joanna, jonah, mira] = [
      await testAccount(db, "athlete", "Joanna Query"),
      await testAccount(db, "athlete", "Jonah Query"),
      await testAccount(db, "athlete", "Mira Query"),
    ];
    await db.insert(coachAthletes).values([joanna, jonah, mira].map((a) => ({ coachId: coach.id, athleteId: a.id })));
    await db.insert(trainingSessions).values(
      [joanna, jonah, mira].flatMap((a) =>
        [0, 2, 4, 8].map((ago) => ({
          userId: a.id,
          date: addDays(today, -ago),
          type: "acceleration" as const,
          durationMin: 40,
          rpe: 6,
        })),
      ),
    );
    await db
      .insert(injuries)
      .values({ userId: joanna.id, bodyPart: "hamstring", severity: "moderate", onsetDate: addDays(today, -3) });
    await db.insert(wellnessLogs).values([
      { userId: jonah.id, date: today, sleep: 4, stress: 4, fatigue: 4, soreness: 4 },
      { userId: mira.id, date: addDays(today, -12), sleep: 6, stress: 6, fatigue: 6, soreness: 6 },
    ]);
  });

  it("answers the triage queue without parameters, as before", async () => {
    const response = await list(coach);
    expect(response.status).toBe(200);
    expect((await names(response))[0]).toBe("Joanna Query");
  });

  it("filters, searches and sorts like the roster page", async () => {
    expect(await names(await list(coach, { filter: "injured" }))).toEqual(["Joanna Query"]);
    expect((await names(await list(coach, { q: "JO" }))).sort()).toEqual(["Joanna Query", "Jonah Query"]);
    expect(await names(await list(coach, { sort: "name", q: "jo" }))).toEqual(["Joanna Query", "Jonah Query"]);
    // A fresh score first, the stale one after it though higher, then none.
    expect(await names(await list(coach, { sort: "wellness" }))).toEqual(["Jonah Query", "Mira Query", "Joanna Query"]);
  });

  it("treats an empty parameter as left out", async () => {
    const response = await list(coach, { sort: "", filter: "", q: "" });
    expect(response.status).toBe(200);
    expect(await names(response)).toHaveLength(3);
  });

  it("answers 400 naming each parameter with an unknown value", async () => {
    const response = await list(coach, { sort: "fastest", filter: "hurt" });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("validation_error");
    expect(Object.keys(error.fields).sort()).toEqual(["filter", "sort"]);
    expect(error.fields.sort).toMatch(/^must be one of: triage, name, acwr/);

    const long = await list(coach, { q: "x".repeat(101) });
    expect(long.status).toBe(400);
    expect(Object.keys((await long.json()).error.fields)).toEqual(["q"]);
  });

  it("gives each athlete's injuries with status and latest pain, and wellness with its staleness", async () => {
    const athletes = (await (await list(coach, { q: "mira" })).json()).athletes;
    expect(athletes[0].latest_wellness).toEqual({ date: addDays(today, -12), hooper: 24, days_ago: 12, stale: true });
    const [joanna] = (await (await list(coach, { filter: "injured" })).json()).athletes;
    expect(joanna.active_injuries).toBe(1);
    expect(joanna.injuries).toEqual([
      expect.objectContaining({ status: "active", body_part: "hamstring", latest_pain: null, latest_pain_date: null }),
    ]);
  });
});

describe("GET /api/v1/coach/athletes compliance", () => {
  it("gives planned against done over the last 7 and the last 28 days, from the same plans", async () => {
    db = await getDb();
    const coach = await testAccount(db, "coach", "Coach Compliance");
    const athlete = await testAccount(db, "athlete", "Ada Compliance");
    const idle = await testAccount(db, "athlete", "Ivo Compliance");
    await db.insert(coachAthletes).values([athlete, idle].map((a) => ({ coachId: coach.id, athleteId: a.id })));
    const [session] = await db
      .insert(trainingSessions)
      .values({ userId: athlete.id, date: addDays(today, -2), type: "tempo", durationMin: 40, rpe: 5 })
      .returning();
    // Done two days ago; missed ten and twenty days ago: inside 28 days, outside 7.
    await db.insert(plannedSessions).values([
      { userId: athlete.id, plannedBy: coach.id, date: addDays(today, -2), type: "tempo", sessionId: session!.id },
      { userId: athlete.id, plannedBy: coach.id, date: addDays(today, -10), type: "acceleration" },
      { userId: athlete.id, plannedBy: coach.id, date: addDays(today, -20), type: "max_velocity" },
    ]);
    const response = await list(coach);
    expect(response.status).toBe(200);
    const rows = (await response.json()).athletes as {
      name: string;
      compliance_7d: unknown;
      compliance_28d: unknown;
    }[];
    const ada = rows.find((row) => row.name === "Ada Compliance");
    expect(ada?.compliance_7d).toEqual({ planned: 1, done: 1, ratio: 1 });
    expect(ada?.compliance_28d).toEqual({ planned: 3, done: 1, ratio: 0.33 });
    const ivo = rows.find((row) => row.name === "Ivo Compliance");
    expect(ivo?.compliance_28d).toEqual({ planned: 0, done: 0, ratio: null });
  });
});
