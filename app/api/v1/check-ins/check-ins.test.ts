import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { checkIns, coachAthletes } from "@/db/schema";
import type { CheckInType } from "@/lib/core/domain";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as respond from "./[id]/respond/route";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

type Account = Awaited<ReturnType<typeof testAccount>>;

async function dueCheckIn(account: Account, type: CheckInType) {
  const [row] = await db
    .insert(checkIns)
    .values({ userId: account.id, type, scheduledFor: new Date(Date.now() - 3_600_000) })
    .returning();
  return row!;
}

const stored = async (id: string) => (await db.select().from(checkIns).where(eq(checkIns.id, id)))[0]!;
const answer = (account: Account, id: string, body: unknown) =>
  callRoute(respond, "POST", { token: account.token, params: { id }, body });

describe("POST /api/v1/check-ins/{id}/respond", () => {
  for (const [type, body, expected] of [
    ["morning_motivation", { mood: 4, note: "Ready for blocks" }, { mood: 4, note: "Ready for blocks" }],
    ["recovery_check", { soreness: 5, ready_to_train: false }, { soreness: 5, ready_to_train: false }],
    [
      "weekly_review",
      { rating: 3, highlight: "PB in the 150s", next_focus: " drive phase " },
      { rating: 3, highlight: "PB in the 150s", next_focus: "drive phase" },
    ],
    ["injury_status", { pain: 0, note: "" }, { pain: 0, note: null }],
  ] as [CheckInType, Record<string, unknown>, Record<string, unknown>][]) {
    it(`stores the answer to a ${type} check-in and marks it answered`, async () => {
      const athlete = await testAccount(db, "athlete");
      const checkIn = await dueCheckIn(athlete, type);
      const response = await answer(athlete, checkIn.id, body);
      expect(response.status).toBe(200);
      const { check_in } = await response.json();
      expect(check_in).toEqual({
        id: checkIn.id,
        type,
        status: "answered",
        scheduled_for: checkIn.scheduledFor.toISOString(),
        prompt: expect.any(String),
        response: expected,
        answered_at: expect.stringMatching(/Z$/),
      });
      const row = await stored(checkIn.id);
      expect(row).toMatchObject({ status: "answered", response: expected });
      expect(row.answeredAt).toBeInstanceOf(Date);
    });
  }

  for (const [type, field, body, message] of [
    ["morning_motivation", "mood", {}, "is required"],
    ["morning_motivation", "mood", { mood: 6 }, "must be an integer from 1 to 5"],
    ["morning_motivation", "note", { mood: 3, note: "n".repeat(1001) }, "must be at most 1000 characters"],
    ["recovery_check", "soreness", { soreness: 0, ready_to_train: true }, "must be an integer from 1 to 7"],
    ["recovery_check", "ready_to_train", { soreness: 3 }, "is required"],
    ["recovery_check", "ready_to_train", { soreness: 3, ready_to_train: "yes" }, "must be true or false"],
    ["weekly_review", "rating", { rating: 0 }, "must be an integer from 1 to 5"],
    ["weekly_review", "rating", { mood: 4 }, "is required"],
    ["weekly_review", "next_focus", { rating: 4, next_focus: 7 }, "must be text"],
    ["injury_status", "pain", { pain: 11 }, "must be an integer from 0 to 10"],
    ["injury_status", "pain", { pain: -1 }, "must be an integer from 0 to 10"],
    ["injury_status", "pain", { pain: 2.5 }, "must be an integer from 0 to 10"],
    ["injury_status", "body", "sore", 'must be an answer such as {"pain": 2}'],
  ] as [CheckInType, string, unknown, string][]) {
    it(`refuses a bad ${field} for ${type} (${JSON.stringify(body)}) with a 400 and leaves it unanswered`, async () => {
      const athlete = await testAccount(db, "athlete");
      const checkIn = await dueCheckIn(athlete, type);
      const response = await answer(athlete, checkIn.id, body);
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("validation_error");
      expect(error.fields[field]).toBe(message);
      expect(await stored(checkIn.id)).toMatchObject({ status: "scheduled", response: null, answeredAt: null });
    });
  }

  it("answers 400 to malformed JSON", async () => {
    const athlete = await testAccount(db, "athlete");
    const checkIn = await dueCheckIn(athlete, "morning_motivation");
    const response = await callRoute(respond, "POST", {
      token: athlete.token,
      params: { id: checkIn.id },
      rawBody: "{",
    });
    expect(response.status).toBe(400);
    expect((await stored(checkIn.id)).status).toBe("scheduled");
  });

  it("answers 409 when the check-in was already answered, keeping the first answer", async () => {
    const athlete = await testAccount(db, "athlete");
    const checkIn = await dueCheckIn(athlete, "morning_motivation");
    expect((await answer(athlete, checkIn.id, { mood: 5 })).status).toBe(200);
    const again = await answer(athlete, checkIn.id, { mood: 1 });
    expect(again.status).toBe(409);
    expect((await again.json()).error).toMatchObject({ code: "conflict", fields: { status: "is answered" } });
    expect((await stored(checkIn.id)).response).toEqual({ mood: 5 });
  });

  it("stores one answer when two arrive at once", async () => {
    const athlete = await testAccount(db, "athlete");
    const checkIn = await dueCheckIn(athlete, "morning_motivation");
    const statuses = await Promise.all(
      [1, 2].map((mood) => answer(athlete, checkIn.id, { mood }).then((r) => r.status)),
    );
    expect(statuses.sort()).toEqual([200, 409]);
  });

  it("answers 404 for another athlete's check-in or an unknown id, and 403 for a coach", async () => {
    const [athlete, other, coach] = await Promise.all([
      testAccount(db, "athlete"),
      testAccount(db, "athlete"),
      testAccount(db, "coach"),
    ]);
    await db.insert(coachAthletes).values({ coachId: coach.id, athleteId: athlete.id });
    const checkIn = await dueCheckIn(athlete, "morning_motivation");
    expect((await answer(other, checkIn.id, { mood: 3 })).status).toBe(404);
    expect((await answer(athlete, randomUUID(), { mood: 3 })).status).toBe(404);
    expect((await answer(athlete, "today", { mood: 3 })).status).toBe(404);
    expect((await answer(coach, checkIn.id, { mood: 3 })).status).toBe(403);
    expect((await stored(checkIn.id)).status).toBe("scheduled");
  });
});
