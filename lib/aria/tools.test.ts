import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { trainingSessions } from "@/db/schema";
import { addDays, todayIn } from "@/lib/core/dates";
import { getDb } from "@/lib/database";
import { createSession } from "@/lib/training/sessions";
import { testAccount } from "@/scripts/test/accounts";
import { type AriaTool, ariaTools } from "./tools";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

const TIMEZONE = "Australia/Sydney";

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
