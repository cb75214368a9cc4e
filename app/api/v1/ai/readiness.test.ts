import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { createApiToken } from "@/lib/auth/tokens";
import { getDb } from "@/lib/database";
import { callRoute } from "@/scripts/test/api";
import * as readiness from "./readiness/[user_id]/route";

/** `GET /api/v1/ai/readiness/{user_id}` on the seeded demo squad, each athlete as of their own today. */

let db: Database;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  db = await getDb();
  for (const name of ["jordan", "priya", "leo"]) {
    const [user] = await db
      .select()
      .from(users)
      .where(eq(users.email, `${name}@aria.example`));
    tokens[name] = (await createApiToken(db, user!.id, "test")).token;
  }
});

const today = (name: string, query: Record<string, string> = {}) =>
  callRoute(readiness, "GET", { token: tokens[name], params: { user_id: "me" }, query });

describe("GET /api/v1/ai/readiness/{user_id}", () => {
  it("tells Jordan, sprinting on a hamstring whose pain is above 5, to rest", async () => {
    const response = await today("jordan");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.verdict).toBe("rest");
    expect(body.reasons[0]).toMatchObject({ rule: "pain_not_acceptable", verdict: "rest" });
    expect(body.reasons[0].evidence.pain).toBeGreaterThan(5);
    expect(body.session).toMatchObject({ type: "recovery", source: "rest" });
    // The coach planned recovery for today: the rest day stands, and the plan is shown beside it.
    expect(body.planned).toMatchObject({ type: "recovery", session_id: null });
  });

  it("lets Priya, healthy and balanced, go, with a concrete session", async () => {
    const body = await (await today("priya")).json();
    expect(body.verdict).toBe("go");
    expect(body.reasons).toEqual([]);
    expect(body.session.duration_min).toBeGreaterThan(0);
    expect(body.session.reps.length).toBeGreaterThan(0);
  });

  it("gives a beginner a beginner's session", async () => {
    const body = await (await today("leo")).json();
    expect(body.session.reps).not.toMatch(/blocks, 3–4 min|race pace/);
  });

  it("follows the day's plan when the reasons allow it, and shows none on an unplanned day", async () => {
    const leo = await (await today("leo")).json();
    expect(leo.planned).toMatchObject({ type: "plyometrics", session_id: null });
    expect(leo.session).toMatchObject({ type: "plyometrics", source: "plan", reps: leo.planned.reps });
    expect((await (await today("priya")).json()).planned).toBeNull();
  });

  it("answers for another day, and refuses a date outside 1900–2100 naming it", async () => {
    const body = await (await today("priya", { date: "2026-01-15" })).json();
    expect(body.date).toBe("2026-01-15");
    const refused = await today("priya", { date: "9999-12-31" });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.fields).toHaveProperty("date");
  });
});
