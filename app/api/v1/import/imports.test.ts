import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { progressMetrics, trainingSessions } from "@/db/schema";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as exporter from "../export/[kind]/route";
import * as preview from "./[kind]/preview/route";
import * as commit from "./[kind]/route";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

const SESSIONS = [
  "date,type,duration_min,rpe,mood,notes",
  '2026-11-02,acceleration,60,7,4,"Block starts, 6×20 m"',
  "2026-11-04,tempo,45,5,,",
  "2026-11-05,jogging,45,5,3,",
  "2026-11-06,max_velocity,50,11,3,",
].join("\n");

const count = async (userId: string) =>
  (
    await db.select({ n: sql<number>`count(*)::int` }).from(trainingSessions).where(eq(trainingSessions.userId, userId))
  )[0]!.n;

describe("CSV import", () => {
  it("previews a file row by row, naming why each bad row is bad, and stores nothing", async () => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(preview, "POST", {
      token: athlete.token,
      params: { kind: "sessions" },
      body: { csv: SESSIONS },
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ valid: 2, invalid: 2 });
    expect(body.rows.map((r: { line: number; valid: boolean }) => [r.line, r.valid])).toEqual([
      [2, true],
      [3, true],
      [4, false],
      [5, false],
    ]);
    expect(Object.keys(body.rows[2].errors)).toEqual(["type"]);
    expect(body.rows[3].errors).toEqual({ rpe: expect.stringContaining("1 to 10") });
    expect(await count(athlete.id)).toBe(0);
  });

  it("refuses a file with a bad row whole, and names each problem by line", async () => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(commit, "POST", {
      token: athlete.token,
      params: { kind: "sessions" },
      body: { csv: SESSIONS },
    });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.message).toContain("nothing was imported");
    expect(Object.keys(error.fields).sort()).toEqual(["line 4.type", "line 5.rpe"]);
    expect(await count(athlete.id)).toBe(0);
  });

  it("imports a valid file in one go and exports it back in the same columns", async () => {
    const athlete = await testAccount(db, "athlete");
    const valid = SESSIONS.split("\n").slice(0, 3).join("\n");
    const response = await callRoute(commit, "POST", {
      token: athlete.token,
      params: { kind: "sessions" },
      body: { csv: valid },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ imported: 2 });
    const exported = await callRoute(exporter, "GET", { token: athlete.token, params: { kind: "sessions" } });
    expect(exported.headers.get("content-type")).toContain("text/csv");
    expect(exported.headers.get("content-disposition")).toContain("attachment");
    expect((await exported.text()).trim().split(/\r\n/)).toEqual([
      "date,type,duration_min,rpe,mood,notes",
      '2026-11-02,acceleration,60,7,4,"Block starts, 6×20 m"',
      "2026-11-04,tempo,45,5,,",
    ]);
  });

  it("imports time trials with hand timing and wind", async () => {
    const athlete = await testAccount(db, "athlete");
    const csv = "date,metric,value,timing,wind_mps\n2026-10-01,100m,11.2,hand,1.5\n2026-10-15,200m,23.41,fat,-0.4\n";
    const response = await callRoute(commit, "POST", {
      token: athlete.token,
      params: { kind: "time-trials" },
      body: { csv },
    });
    expect(response.status).toBe(201);
    const rows = await db.select().from(progressMetrics).where(eq(progressMetrics.userId, athlete.id));
    expect(rows.map((r) => [r.metric, r.value, r.timing, r.windMps, r.unit]).sort()).toEqual([
      ["100m", 11.2, "hand", 1.5, "s"],
      ["200m", 23.41, "fat", -0.4, "s"],
    ]);
  });

  it.each([
    ["a missing column", "date,type,rpe\n2026-11-02,tempo,5", "missing the column duration_min"],
    ["an unknown column", "date,type,duration_min,rpe,shoe\n2026-11-02,tempo,40,5,spikes", "shoe"],
    ["an empty file", "", "is empty"],
    ["a header alone", "date,type,duration_min,rpe\n", "no rows"],
  ])("refuses %s with a 400 on csv", async (_label, csv, message) => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(preview, "POST", {
      token: athlete.token,
      params: { kind: "sessions" },
      body: { csv },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields.csv).toContain(message);
  });

  it("answers 404 for a kind it does not know", async () => {
    const athlete = await testAccount(db, "athlete");
    const response = await callRoute(preview, "POST", {
      token: athlete.token,
      params: { kind: "meals" },
      body: { csv: "a\n1" },
    });
    expect(response.status).toBe(404);
  });
});
