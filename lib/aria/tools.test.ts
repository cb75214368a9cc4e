import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { drills, trainingSessions } from "@/db/schema";
import { readSprintProfiles, timeAtDistance } from "@/lib/analysis/sprint-profile";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { addPainLog, createInjury } from "@/lib/injuries/service";
import { insertSprintProfiles } from "@/lib/sprint-profiles/service";
import { createSession } from "@/lib/training/sessions";
import { testAccount } from "@/scripts/test/accounts";
import { SPRINT_PROFILE_HOW_TO } from "./context-types";
import { type AriaTool, ariaTools } from "./tools";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

const TIMEZONE = "Australia/Sydney";

describe("ariaTools", () => {
  it("offers every tool the prompt describes, get_readiness included", () => {
    const tools = ariaTools({ db, userId: "any", timezone: TIMEZONE });
    expect(Object.keys(tools).sort()).toEqual(
      [
        "get_progress",
        "get_readiness",
        "get_sprint_profile",
        "log_session",
        "recommend_drills",
        "record_pain",
        "schedule_check_in",
      ].sort(),
    );
  });
});

async function run(tool: AriaTool, input: Record<string, unknown>) {
  return tool.execute!(input, { toolCallId: "call-1", messages: [], context: {} }) as Promise<Record<string, unknown>>;
}

const sessionsOf = (userId: string) => db.select().from(trainingSessions).where(eq(trainingSessions.userId, userId));

describe("log_session", () => {
  it("stores the same row as the API's create of the same session, dated today in the athlete's zone", async () => {
    const [chat, api] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    const session = {
      type: "max_velocity" as const,
      duration_min: 45,
      rpe: 7,
      mood: 4,
      notes: "6x30m flys",
      reps: [{ reps: 6, distance_m: 30, times_s: [3.1, 3.0] }],
    };
    const result = await run(ariaTools({ db, userId: chat.id, timezone: TIMEZONE }).log_session, session);
    expect(result).toMatchObject({ logged: true, session: { date: todayIn(TIMEZONE), load: 315 } });
    await createSession(db, api.id, { ...session, date: todayIn(TIMEZONE) });

    const content = (row: typeof trainingSessions.$inferSelect) => {
      const { id: _id, userId: _userId, createdAt: _createdAt, updatedAt: _updatedAt, ...kept } = row;
      return kept;
    };
    const [fromChat] = await sessionsOf(chat.id);
    expect(fromChat?.reps).toEqual([{ reps: 6, distanceM: 30, timesS: [3.1, 3.0] }]);
    expect((await sessionsOf(chat.id)).map(content)).toEqual((await sessionsOf(api.id)).map(content));
  });

  it("answers the API's validation errors as a value and stores nothing", async () => {
    const athlete = await testAccount(db, "athlete");
    const tools = ariaTools({ db, userId: athlete.id, timezone: TIMEZONE });
    const result = await run(tools.log_session, {
      type: "tempo",
      duration_min: 30,
      rpe: 5,
      date: addDays(todayIn("UTC"), 2),
      reps: [{ reps: 2, times_s: [3, 3, 3] }],
    });
    expect(result).toEqual({
      error: {
        code: "validation_error",
        message: "Some fields are not valid.",
        fields: {
          date: "must not be more than a day in the future",
          "reps.0.times_s": "must not list more times than reps",
        },
      },
    });
    expect(await sessionsOf(athlete.id)).toEqual([]);
  });
});

describe("get_readiness", () => {
  it("answers today's verdict with its reasons and session, and any other day asked for", async () => {
    const athlete = await testAccount(db, "athlete");
    const today = todayIn("UTC");
    const writer = { userId: athlete.id, timezone: "UTC" };
    const hamstring = await createInjury(db, writer, {
      body_part: "Hamstring",
      side: "left",
      severity: "moderate",
      onset_date: addDays(today, -2),
    });
    await addPainLog(db, writer, hamstring.id, { level: 7, date: addDays(today, -1), notes: null });
    const tools = ariaTools({ db, userId: athlete.id, timezone: TIMEZONE });

    const now = await run(tools.get_readiness, {});
    expect(now).toMatchObject({
      date: today,
      verdict: "rest",
      reasons: [{ rule: "pain_not_acceptable", verdict: "rest", evidence: { pain: 7 } }],
      session: { type: "recovery" },
    });
    // Before the injury began, the same athlete was good to go.
    expect(await run(tools.get_readiness, { date: addDays(today, -3) })).toMatchObject({
      date: addDays(today, -3),
      verdict: "go",
      reasons: [],
    });
  });

  it("answers a date that isn't one as a validation error", async () => {
    const athlete = await testAccount(db, "athlete");
    const result = await run(ariaTools({ db, userId: athlete.id, timezone: TIMEZONE }).get_readiness, {
      date: "2026-02-30",
    });
    expect(result).toEqual({
      error: {
        code: "validation_error",
        message: "Some fields are not valid.",
        fields: { date: "must be a real calendar date" },
      },
    });
  });
});

describe("get_sprint_profile", () => {
  const GATES = [5, 10, 20, 30, 40];
  /** One sprint timed at the gates from known model parameters, as the API takes it. */
  const sprint = (date: string, mss: number, tau: number) => ({
    date,
    start: "standing" as const,
    source: "manual" as const,
    distances_m: GATES,
    times_s: GATES.map((d) => Math.round((timeAtDistance(d, mss, tau) - 0.3) * 100) / 100),
    time_correction_s: 0.3,
  });

  it("answers the profiles, the engine's reading and drills that train its focus, for the athlete alone", async () => {
    const [athlete, other] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    const today = todayIn("UTC");
    // Acceleration up about 10 %, top speed flat: the focus is top speed.
    const stored = await insertSprintProfiles(db, athlete.id, [
      sprint(addDays(today, -40), 8.5, 1.2),
      sprint(addDays(today, -20), 8.52, 1.15),
      sprint(addDays(today, -2), 8.55, 1.09),
    ]);
    const result = await run(ariaTools({ db, userId: athlete.id, timezone: TIMEZONE }).get_sprint_profile, {});
    const reading = readSprintProfiles(stored)!;
    expect(reading.focus).toBe("top_speed");
    expect(result).toMatchObject({
      profiles: [{ date: addDays(today, -2) }, { date: addDays(today, -20) }, { date: addDays(today, -40) }],
      reading: {
        summary: reading.summary,
        focus: "top_speed",
        focus_reason: reading.focusReason,
        since: addDays(today, -40),
        latest: { date: addDays(today, -2) },
      },
      drills_held_back_for: [],
    });
    expect((result.reading as { mac_change_pct: number }).mac_change_pct).toBeGreaterThan(4);
    expect(result).not.toHaveProperty("how_to_measure");
    const picks = result.drills as { slug: string; reason: string }[];
    expect(picks.length).toBeGreaterThan(0);
    const library = new Map((await db.select().from(drills)).map((d) => [d.slug, d]));
    for (const pick of picks) expect(library.get(pick.slug)?.trains).toContain("max_velocity");
    expect(
      await run(ariaTools({ db, userId: athlete.id, timezone: TIMEZONE }).get_sprint_profile, { limit: 1 }),
    ).toMatchObject({ profiles: [{ date: addDays(today, -2) }] });

    // Another athlete's tool sees none of them, and says how to get a profile.
    expect(await run(ariaTools({ db, userId: other.id, timezone: TIMEZONE }).get_sprint_profile, {})).toEqual({
      as_of: expect.any(String),
      profiles: [],
      reading: null,
      drills: [],
      drills_held_back_for: [],
      how_to_measure: SPRINT_PROFILE_HOW_TO,
    });
  });

  it("holds the sprint drills back while a lower-body injury is active", async () => {
    const athlete = await testAccount(db, "athlete");
    const today = todayIn("UTC");
    await insertSprintProfiles(db, athlete.id, [sprint(addDays(today, -3), 8.6, 1.3)]);
    await createInjury(
      db,
      { userId: athlete.id, timezone: "UTC" },
      { body_part: "Hamstring", side: "right", severity: "mild", onset_date: addDays(today, -1) },
    );
    const result = await run(ariaTools({ db, userId: athlete.id, timezone: TIMEZONE }).get_sprint_profile, {});
    expect(result).toMatchObject({
      reading: { focus: "acceleration" },
      drills: [],
      drills_held_back_for: ["right hamstring"],
    });
  });

  it("answers a limit out of range as a validation error", async () => {
    const athlete = await testAccount(db, "athlete");
    expect(
      await run(ariaTools({ db, userId: athlete.id, timezone: TIMEZONE }).get_sprint_profile, { limit: 0 }),
    ).toMatchObject({ error: { code: "validation_error", fields: { limit: expect.any(String) } } });
  });
});
