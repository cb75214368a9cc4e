import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { coachAthletes } from "@/db/schema";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as sessions from "../sessions/route";
import * as list from "./[user_id]/route";
import * as importPreview from "./import/preview/route";
import * as importFile from "./import/route";
import * as item from "./items/[id]/route";
import * as create from "./route";

/** Sprint profiles (PRODUCT 4.9) through the API: fitted on write, cached on read, errors that name the split. */

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

type Account = Awaited<ReturnType<typeof testAccount>>;
const today = () => todayIn("UTC");

/** {shorts}' "Kimberley" (see lib/analysis/sprint-profile/fit.test.ts): MSS 8.5911, TAU 0.8113 without correction. */
const KIMBERLEY = { distances_m: [5, 10, 15, 20, 30, 40], times_s: [1.158, 1.893, 2.541, 3.149, 4.313, 5.444] };

async function post(caller: Account, body: Record<string, unknown>) {
  return callRoute(create, "POST", { token: caller.token, body: { date: today(), ...KIMBERLEY, ...body } });
}

async function profilesOf(caller: Account, userId = "me", query: Record<string, string> = {}) {
  const response = await callRoute(list, "GET", { token: caller.token, params: { user_id: userId }, query });
  expect(response.status).toBe(200);
  return (await response.json()).profiles as { id: string; date: string; mss: number }[];
}

describe("POST /api/v1/sprint-profiles", () => {
  it("fits the model when it stores the splits: {shorts}' Kimberley to four decimals", async () => {
    const athlete = await testAccount(db, "athlete");
    const response = await post(athlete, { start: "standing" });
    expect(response.status).toBe(201);
    const { profile } = await response.json();
    expect(profile.mss).toBeCloseTo(8.5911, 4);
    expect(profile.tau).toBeCloseTo(0.8113, 4);
    expect(profile.mac).toBeCloseTo(10.589, 3);
    expect(profile.pmax_rel).toBeCloseTo(22.743, 3);
    expect(profile.rse).toBeCloseTo(0.034, 4);
    expect(profile.residuals).toHaveLength(6);
    expect(profile.fv).toBeNull();
    expect(profile).toMatchObject({ start: "standing", source: "manual", time_correction_s: 0, ...KIMBERLEY });
  });

  it("adds the force–velocity profile with body mass and height, and applies the time correction", async () => {
    const athlete = await testAccount(db, "athlete");
    const response = await post(athlete, { time_correction_s: 0.3, body_mass_kg: 60, height_m: 1.7 });
    expect(response.status).toBe(201);
    const { profile } = await response.json();
    expect(profile.mss).toBeCloseTo(9.1278, 4);
    expect(profile.mac).toBeCloseTo(6.6257, 4);
    expect(profile.fv.f0).toBeGreaterThan(0);
    expect(profile.fv.v0).toBeGreaterThan(profile.mss);
    expect(profile.fv.drf).toBeLessThan(0);
    expect(profile.times_s).toEqual(KIMBERLEY.times_s);
  });

  it.each([
    [{ distances_m: [10, 20], times_s: [1.9, 3.1] }, "distances_m"],
    [{ distances_m: [5, 10, 20], times_s: [1.2, 1.9] }, "times_s"],
    [{ distances_m: [5, 20, 10], times_s: [1.2, 1.9, 3.1] }, "distances_m.2"],
    [{ distances_m: [5, 10, 20], times_s: [1.2, 1.9, 1.8] }, "times_s.2"],
    [{ distances_m: [5, 10, 20], times_s: [1.2, 1.25, 3.1] }, "times_s.1"],
    [{ distances_m: [5, 10, 20], times_s: [4, 8, 12] }, "times_s.2"],
    [{ body_mass_kg: 70 }, "height_m"],
    [{ height_m: 180 }, "height_m"],
    [{ time_correction_s: 3 }, "time_correction_s"],
    [{ date: addDays(today(), 3) }, "date"],
    [{ source: "session" }, "session_id"],
  ])("refuses %j with a 400 naming %s", async (body, field) => {
    const athlete = await testAccount(db, "athlete");
    const response = await post(athlete, body);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(Object.keys(error.fields)).toContain(field);
  });

  it("takes the splits from one of the athlete's own sessions, and no one else's", async () => {
    const athlete = await testAccount(db, "athlete");
    const other = await testAccount(db, "athlete");
    const logged = await callRoute(sessions, "POST", {
      token: athlete.token,
      body: { date: today(), type: "acceleration", duration_min: 45, rpe: 8 },
    });
    const { session } = await logged.json();
    const own = await post(athlete, { source: "session", session_id: session.id });
    expect(own.status).toBe(201);
    expect((await own.json()).profile).toMatchObject({ source: "session", session_id: session.id });
    const theirs = await post(other, { source: "session", session_id: session.id });
    expect(theirs.status).toBe(400);
    expect((await theirs.json()).error.fields).toHaveProperty("session_id");
  });
});

describe("GET /api/v1/sprint-profiles/{user_id}", () => {
  it("lists newest first, shows a new profile at once (the cache is cleared on write) and bounds by date", async () => {
    const athlete = await testAccount(db, "athlete");
    await post(athlete, { date: addDays(today(), -60) });
    expect(await profilesOf(athlete)).toHaveLength(1);
    await post(athlete, { date: addDays(today(), -30) });
    await post(athlete, { date: today(), times_s: [1.15, 1.88, 2.52, 3.12, 4.27, 5.39] });
    const profiles = await profilesOf(athlete);
    expect(profiles.map((p) => p.date)).toEqual([today(), addDays(today(), -30), addDays(today(), -60)]);
    expect(profiles[0]!.mss).toBeGreaterThan(profiles[1]!.mss);
    expect(await profilesOf(athlete, "me", { from: addDays(today(), -45) })).toHaveLength(2);
  });

  it("a linked coach reads them; removing one shows at once", async () => {
    const athlete = await testAccount(db, "athlete");
    const coach = await testAccount(db, "coach");
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: athlete.id });
    const { profile } = await (await post(athlete, {})).json();
    expect((await profilesOf(coach, athlete.id)).map((p) => p.id)).toEqual([profile.id]);
    const removed = await callRoute(item, "DELETE", { token: athlete.token, params: { id: profile.id } });
    expect(removed.status).toBe(204);
    expect(await profilesOf(coach, athlete.id)).toEqual([]);
    const again = await callRoute(item, "DELETE", { token: athlete.token, params: { id: profile.id } });
    expect(again.status).toBe(404);
  });
});

describe("POST /api/v1/sprint-profiles/import", () => {
  const csv = `Date,Split 5m,Split 10m,Split 15m,Split 20m,Split 30m,Split 40m
2026-10-05,1.158,1.893,2.541,3.149,4.313,5.444
2026-11-02,1.15,1.88,2.52,3.12,4.28,5.40
`;

  it("previews the guessed mapping and stores nothing; importing stores every row, listed at once", async () => {
    const athlete = await testAccount(db, "athlete");
    const preview = await callRoute(importPreview, "POST", {
      token: athlete.token,
      body: { csv, time_correction_s: 0.3 },
    });
    expect(preview.status).toBe(200);
    const body = await preview.json();
    expect(body).toMatchObject({ valid: 2, invalid: 0 });
    expect(body.mapping.gates).toHaveLength(6);
    expect(await profilesOf(athlete)).toEqual([]);
    const stored = await callRoute(importFile, "POST", {
      token: athlete.token,
      body: { csv, mapping: body.mapping, time_correction_s: 0.3 },
    });
    expect(stored.status).toBe(201);
    expect((await profilesOf(athlete)).map((p) => p.date)).toEqual(["2026-11-02", "2026-10-05"]);
  });

  it("imports nothing from a file with a bad row", async () => {
    const athlete = await testAccount(db, "athlete");
    const bad = `${csv}2026-11-20,1.2,1.1,2.5,3.1,4.3,5.4\n`;
    const response = await callRoute(importFile, "POST", { token: athlete.token, body: { csv: bad } });
    expect(response.status).toBe(400);
    expect(Object.keys((await response.json()).error.fields)).toEqual(["line 4.Split 10m"]);
    expect(await profilesOf(athlete)).toEqual([]);
  });
});
