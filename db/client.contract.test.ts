import { randomUUID } from "node:crypto";
import { eq, getTableName, isTable, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/scripts/test/databases";
import {
  forVercelPostgres,
  type NeonProxyHarness,
  startNeonWebSocketProxy,
  useNeonProxy,
} from "@/scripts/test/harness/neon-websocket-proxy";
import { type DbHandle, openDatabase, queryRows } from "./client";
import { migrateDatabase } from "./migrate";
import * as schema from "./schema";

const TABLE_NAMES = Object.values(schema)
  .filter(isTable)
  .map((table) => getTableName(table))
  .sort();

let neonProxy: NeonProxyHarness | undefined;

const adapters: { name: string; open: () => Promise<DbHandle> }[] = [
  { name: "pglite (in-memory)", open: () => openDatabase({ driver: "pglite" }) },
  {
    name: "postgres via pg (real server)",
    open: async () => openDatabase({ driver: "postgres", url: await createTestDatabase() }),
  },
  {
    name: "@vercel/postgres (WebSocket proxy harness → real server)",
    open: async () => {
      neonProxy ??= await startNeonWebSocketProxy();
      useNeonProxy(neonProxy.port);
      return openDatabase({ driver: "vercel-postgres", url: forVercelPostgres(await createTestDatabase()) });
    },
  },
];

afterAll(async () => {
  await neonProxy?.close();
});

describe.each(adapters)("database contract on $name", ({ open }) => {
  let handle: DbHandle;

  beforeAll(async () => {
    handle = await open();
    await migrateDatabase(handle);
  });

  afterAll(async () => {
    await handle?.close();
  });

  const newUser = async (role: "athlete" | "coach" = "athlete") => {
    const [user] = await handle.db
      .insert(schema.users)
      .values({ email: `${randomUUID()}@test.example`, name: "Test Sprinter", role })
      .returning();
    return user!;
  };

  it("migrates from empty to every table of the data model, and again as a no-op", async () => {
    const rows = await queryRows<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(rows.map((r) => r.table_name)).toEqual(TABLE_NAMES);
    await migrateDatabase(handle);
    const again = await queryRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
    );
    expect(again[0]?.n).toBe(TABLE_NAMES.length);
  });

  it("writes and reads every table family", async () => {
    const db = handle.db;
    const coach = await newUser("coach");
    const athlete = await newUser();
    const userId = athlete.id;
    await db.insert(schema.athleteProfiles).values({
      userId,
      events: ["100m", "200m"],
      experienceYears: 3.5,
      birthDate: "2001-04-09",
      sex: "female",
      personalBests: { "100m": { value: 11.42, timing: "fat", windMps: 1.1 } },
    });
    await db.insert(schema.coachAthletes).values({ coachId: coach.id, athleteId: userId });
    await db.insert(schema.coachInvites).values({ code: randomUUID(), coachId: coach.id, expiresAt: new Date() });
    await db.insert(schema.apiTokens).values({ userId, name: "watch", tokenHash: randomUUID(), expiresAt: new Date() });
    const [conversation] = await db.insert(schema.conversations).values({ userId }).returning();
    await db
      .insert(schema.messages)
      .values({ conversationId: conversation!.id, role: "user", content: "How was my week?" });
    const [session] = await db
      .insert(schema.trainingSessions)
      .values({
        userId,
        date: "2026-11-20",
        type: "max_velocity",
        durationMin: 75,
        rpe: 8,
        mood: 4,
        reps: [{ reps: 4, distanceM: 30, timesS: [2.91, 2.89, 2.88, 2.93] }],
      })
      .returning();
    await db
      .insert(schema.wellnessLogs)
      .values({ userId, date: "2026-11-20", sleep: 2, stress: 3, fatigue: 4, soreness: 3 });
    await db
      .insert(schema.progressMetrics)
      .values({ userId, metric: "100m", value: 11.38, timing: "fat", windMps: 2.4, date: "2026-11-21" });
    const [goal] = await db
      .insert(schema.goals)
      .values({
        userId,
        title: "Sub-11.2",
        metric: "100m",
        baselineValue: 11.6,
        targetValue: 11.2,
        targetDate: "2027-06-01",
      })
      .returning();
    await db.insert(schema.achievements).values({ goalId: goal!.id, userId, milestone: 25 });
    const [injury] = await db
      .insert(schema.injuries)
      .values({ userId, bodyPart: "hamstring", side: "left", severity: "mild", onsetDate: "2026-11-18" })
      .returning();
    await db.insert(schema.painLogs).values({ injuryId: injury!.id, userId, level: 3, date: "2026-11-19" });
    await db
      .insert(schema.calendarEvents)
      .values({ userId, title: "County champs", type: "competition", startsAt: new Date("2026-12-05T10:00:00Z") });
    await db
      .insert(schema.nutritionLogs)
      .values({ userId, date: "2026-11-20", meal: "lunch", kcal: 780, proteinG: 42 });
    const [drill] = await db
      .insert(schema.drills)
      .values({
        slug: `drill-${randomUUID()}`,
        name: "A-skip",
        category: "technique-beginner",
        difficulty: "beginner",
        description: "Rhythm and front-side mechanics.",
        instructions: ["Tall posture.", "Drive the knee up."],
        prescription: "3 × 20 m",
        durationMin: 8,
        equipment: [],
        tags: ["warm-up"],
        bodyRegion: "lower",
        trains: ["technique"],
      })
      .returning();
    await db.insert(schema.mentalExercises).values({
      slug: `mental-${randomUUID()}`,
      name: "Box breathing",
      type: "breathing",
      difficulty: "beginner",
      description: "Calm before the blocks.",
      instructions: ["Inhale for four.", "Hold for four."],
      durationMin: 4,
      equipment: [],
      tags: ["calm"],
      whenToUse: ["pre-race"],
    });
    await db.insert(schema.drillRecommendations).values({
      userId,
      asOf: "2026-11-24",
      experienceLevel: "advanced",
      drills: [{ slug: drill!.slug, rank: 1, reason: "r" }],
    });
    const [suggestion] = await db
      .insert(schema.suggestions)
      .values({ userId, type: "high_rpe", priority: "high", title: "t", message: "m", evidence: { count: 3 } })
      .returning();
    const [checkIn] = await db
      .insert(schema.checkIns)
      .values({ userId, type: "morning_motivation", scheduledFor: new Date("2026-11-25T07:00:00Z") })
      .returning();
    await db
      .insert(schema.notifications)
      .values({ userId, kind: "check_in", title: "t", body: "b", refId: checkIn!.id });
    await db
      .insert(schema.analysisSnapshots)
      .values({ userId, kind: "patterns", asOf: "2026-11-24", data: { acwr: 1.1 } });
    await db.insert(schema.jobRuns).values({ task: "suggestions", processed: 1, succeeded: 1 });

    const [profile] = await db.select().from(schema.athleteProfiles).where(eq(schema.athleteProfiles.userId, userId));
    expect(profile?.events).toEqual(["100m", "200m"]);
    expect(profile?.personalBests["100m"]?.value).toBe(11.42);
    const [readSession] = await db
      .select()
      .from(schema.trainingSessions)
      .where(eq(schema.trainingSessions.id, session!.id));
    expect(readSession).toMatchObject({ date: "2026-11-20", type: "max_velocity", durationMin: 75, rpe: 8, mood: 4 });
    expect(readSession?.reps?.[0]?.timesS).toEqual([2.91, 2.89, 2.88, 2.93]);
    const [metric] = await db.select().from(schema.progressMetrics).where(eq(schema.progressMetrics.userId, userId));
    expect(metric).toMatchObject({ value: 11.38, windMps: 2.4, timing: "fat" });
    const [readSuggestion] = await db
      .select()
      .from(schema.suggestions)
      .where(eq(schema.suggestions.id, suggestion!.id));
    expect(readSuggestion).toMatchObject({ status: "open", evidence: { count: 3 } });
    const [event] = await db.select().from(schema.calendarEvents).where(eq(schema.calendarEvents.userId, userId));
    expect(event?.startsAt.toISOString()).toBe("2026-12-05T10:00:00.000Z");

    // Each family holds what was written: one query that counts every table for this athlete.
    const counts = await queryRows<Record<string, number>>(
      db,
      sql`select
        (select count(*)::int from messages m join conversations c on c.id = m.conversation_id where c.user_id = ${userId}) as messages,
        (select count(*)::int from wellness_logs where user_id = ${userId}) as wellness,
        (select count(*)::int from achievements where user_id = ${userId}) as achievements,
        (select count(*)::int from pain_logs where user_id = ${userId}) as pain,
        (select count(*)::int from nutrition_logs where user_id = ${userId}) as nutrition,
        (select count(*)::int from drill_recommendations where user_id = ${userId}) as recommendations,
        (select count(*)::int from notifications where user_id = ${userId}) as notifications,
        (select count(*)::int from analysis_snapshots where user_id = ${userId}) as snapshots,
        (select count(*)::int from api_tokens where user_id = ${userId}) as tokens,
        (select count(*)::int from coach_athletes where athlete_id = ${userId}) as links`,
    );
    expect(counts[0]).toEqual({
      messages: 1,
      wellness: 1,
      achievements: 1,
      pain: 1,
      nutrition: 1,
      recommendations: 1,
      notifications: 1,
      snapshots: 1,
      tokens: 1,
      links: 1,
    });
  });

  it("enforces the product's idempotence: one achievement per goal and milestone", async () => {
    const athlete = await newUser();
    const [goal] = await handle.db
      .insert(schema.goals)
      .values({
        userId: athlete.id,
        title: "g",
        metric: "200m",
        baselineValue: 23,
        targetValue: 22.5,
        targetDate: "2027-01-01",
      })
      .returning();
    await handle.db.insert(schema.achievements).values({ goalId: goal!.id, userId: athlete.id, milestone: 50 });
    await expect(
      handle.db.insert(schema.achievements).values({ goalId: goal!.id, userId: athlete.id, milestone: 50 }),
    ).rejects.toThrow();
    const inserted = await handle.db
      .insert(schema.achievements)
      .values({ goalId: goal!.id, userId: athlete.id, milestone: 50 })
      .onConflictDoNothing()
      .returning();
    expect(inserted).toHaveLength(0);
  });

  it("holds an achievement to its goal's owner", async () => {
    const [owner, other] = [await newUser(), await newUser()];
    const [goal] = await handle.db
      .insert(schema.goals)
      .values({
        userId: owner.id,
        title: "g",
        metric: "100m",
        baselineValue: 11.5,
        targetValue: 11,
        targetDate: "2027-01-01",
      })
      .returning();
    await expect(
      handle.db.insert(schema.achievements).values({ goalId: goal!.id, userId: other.id, milestone: 25 }),
    ).rejects.toThrow();
    await handle.db.insert(schema.achievements).values({ goalId: goal!.id, userId: owner.id, milestone: 25 });
    await handle.db.delete(schema.users).where(eq(schema.users.id, owner.id));
    expect(await handle.db.select().from(schema.achievements).where(eq(schema.achievements.goalId, goal!.id))).toEqual(
      [],
    );
  });

  it("keeps one open suggestion per athlete and type, while closed ones stay as history", async () => {
    const athlete = await newUser();
    const open = {
      userId: athlete.id,
      type: "no_training" as const,
      priority: "medium" as const,
      title: "t",
      message: "m",
      evidence: {},
    };
    const [first] = await handle.db.insert(schema.suggestions).values(open).returning();
    await expect(handle.db.insert(schema.suggestions).values(open)).rejects.toThrow();
    await handle.db.update(schema.suggestions).set({ status: "dismissed" }).where(eq(schema.suggestions.id, first!.id));
    await handle.db.insert(schema.suggestions).values(open);
    const rows = await handle.db.select().from(schema.suggestions).where(eq(schema.suggestions.userId, athlete.id));
    expect(rows.map((r) => r.status).sort()).toEqual(["dismissed", "open"]);
  });

  it("keeps one check-in per athlete, type and time", async () => {
    const athlete = await newUser();
    const row = { userId: athlete.id, type: "weekly_review" as const, scheduledFor: new Date("2026-11-29T18:00:00Z") };
    await handle.db.insert(schema.checkIns).values(row);
    await expect(handle.db.insert(schema.checkIns).values(row)).rejects.toThrow();
  });

  it("treats e-mail addresses as unique whatever their case", async () => {
    const email = `${randomUUID()}@Test.example`;
    await handle.db.insert(schema.users).values({ email, name: "A", role: "athlete" });
    await expect(
      handle.db.insert(schema.users).values({ email: email.toUpperCase(), name: "B", role: "athlete" }),
    ).rejects.toThrow();
  });

  it("rejects values outside the product's ranges", async () => {
    const athlete = await newUser();
    const session = { userId: athlete.id, date: "2026-11-20", type: "tempo" as const, durationMin: 40, rpe: 5 };
    await expect(handle.db.insert(schema.trainingSessions).values({ ...session, rpe: 11 })).rejects.toThrow();
    await expect(handle.db.insert(schema.trainingSessions).values({ ...session, mood: 0 })).rejects.toThrow();
    await expect(
      handle.db.insert(schema.trainingSessions).values({ ...session, type: "jogging" as "tempo" }),
    ).rejects.toThrow();
    await expect(
      handle.db
        .insert(schema.wellnessLogs)
        .values({ userId: athlete.id, date: "2026-11-20", sleep: 8, stress: 1, fatigue: 1, soreness: 1 }),
    ).rejects.toThrow();
  });

  it("leaves nothing behind when a transaction fails part-way", async () => {
    const athlete = await newUser();
    await expect(
      handle.db.transaction(async (tx) => {
        await tx
          .insert(schema.trainingSessions)
          .values({ userId: athlete.id, date: "2026-11-20", type: "tempo", durationMin: 40, rpe: 5 });
        await tx
          .insert(schema.trainingSessions)
          .values({ userId: athlete.id, date: "2026-11-21", type: "tempo", durationMin: 40, rpe: 99 });
      }),
    ).rejects.toThrow();
    const rows = await handle.db
      .select()
      .from(schema.trainingSessions)
      .where(eq(schema.trainingSessions.userId, athlete.id));
    expect(rows).toHaveLength(0);
  });

  it("removes an athlete's data with the account", async () => {
    const athlete = await newUser();
    await handle.db
      .insert(schema.trainingSessions)
      .values({ userId: athlete.id, date: "2026-11-20", type: "tempo", durationMin: 40, rpe: 5 });
    await handle.db.delete(schema.users).where(eq(schema.users.id, athlete.id));
    const rows = await handle.db
      .select()
      .from(schema.trainingSessions)
      .where(eq(schema.trainingSessions.userId, athlete.id));
    expect(rows).toHaveLength(0);
  });
});
