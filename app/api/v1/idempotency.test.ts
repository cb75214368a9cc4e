import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { trainingSessions } from "@/db/schema";
import { getDb } from "@/lib/database";
import { openApiDocument } from "@/lib/openapi/document";
import { testAccount } from "@/scripts/test/accounts";
import { callRoute } from "@/scripts/test/api";
import * as sessions from "./sessions/route";

/** `Idempotency-Key` through the real route wrapper: what a phone's offline queue relies on when it sends again. */

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

const session = (change: Record<string, unknown> = {}) => ({
  date: "2026-01-12",
  type: "max_velocity",
  duration_min: 60,
  rpe: 7,
  ...change,
});

const sessionCount = async (userId: string) =>
  (
    await db.select({ n: sql<number>`count(*)::int` }).from(trainingSessions).where(eq(trainingSessions.userId, userId))
  )[0]!.n;

describe("Idempotency-Key on POST /api/v1/sessions", () => {
  it("stores one session for two posts with the same key and replays the first answer, with the same id", async () => {
    const athlete = await testAccount(db, "athlete");
    const headers = { "idempotency-key": randomUUID() };
    const first = await callRoute(sessions, "POST", { token: athlete.token, body: session(), headers });
    const retry = await callRoute(sessions, "POST", { token: athlete.token, body: session(), headers });

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.headers.get("cache-control")).toBe("no-store");
    const [made, replayed] = [(await first.json()).session, (await retry.json()).session];
    expect(replayed.id).toBe(made.id);
    expect(replayed).toEqual(made);
    expect(await sessionCount(athlete.id)).toBe(1);
  });

  it("stores two sessions for two posts without a key, or with two keys", async () => {
    const athlete = await testAccount(db, "athlete");
    await callRoute(sessions, "POST", { token: athlete.token, body: session() });
    await callRoute(sessions, "POST", { token: athlete.token, body: session() });
    for (const key of [randomUUID(), randomUUID()]) {
      await callRoute(sessions, "POST", { token: athlete.token, body: session(), headers: { "idempotency-key": key } });
    }
    expect(await sessionCount(athlete.id)).toBe(4);
  });

  it("answers 422 idempotency_key_reused to the same key on a different session, storing nothing", async () => {
    const athlete = await testAccount(db, "athlete");
    const headers = { "idempotency-key": randomUUID() };
    await callRoute(sessions, "POST", { token: athlete.token, body: session(), headers });
    const reused = await callRoute(sessions, "POST", { token: athlete.token, body: session({ rpe: 9 }), headers });
    expect(reused.status).toBe(422);
    expect((await reused.json()).error.code).toBe("idempotency_key_reused");
    expect(await sessionCount(athlete.id)).toBe(1);
  });

  it("keeps keys per caller: two athletes with the same key each store their session", async () => {
    const [a, b] = await Promise.all([testAccount(db, "athlete"), testAccount(db, "athlete")]);
    const headers = { "idempotency-key": "shared-key-1" };
    const forA = await callRoute(sessions, "POST", { token: a.token, body: session(), headers });
    const forB = await callRoute(sessions, "POST", { token: b.token, body: session(), headers });
    expect(forB.headers.get("idempotent-replayed")).toBeNull();
    expect((await forB.json()).session.id).not.toBe((await forA.json()).session.id);
    expect([await sessionCount(a.id), await sessionCount(b.id)]).toEqual([1, 1]);
  });

  it("replays a refusal of the body as it was, and refuses a malformed key with a 400 naming the header", async () => {
    const athlete = await testAccount(db, "athlete");
    const headers = { "idempotency-key": randomUUID() };
    const invalid = session({ rpe: 0 });
    const first = await callRoute(sessions, "POST", { token: athlete.token, body: invalid, headers });
    const retry = await callRoute(sessions, "POST", { token: athlete.token, body: invalid, headers });
    expect([first.status, retry.status]).toEqual([400, 400]);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(await retry.json()).toEqual(await first.json());

    const malformed = await callRoute(sessions, "POST", {
      token: athlete.token,
      body: session(),
      headers: { "idempotency-key": "has spaces in it" },
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.fields).toHaveProperty("Idempotency-Key");
    expect(await sessionCount(athlete.id)).toBe(0);
  });

  it("is documented: the optional header on the operation and its 409 and 422 answers", () => {
    const post = openApiDocument().paths?.["/api/v1/sessions"]?.post;
    const parameters = JSON.stringify(post?.parameters);
    expect(parameters).toContain("IdempotencyKey");
    expect(Object.keys(post?.responses ?? {})).toEqual(expect.arrayContaining(["201", "409", "422"]));
    const tokens = openApiDocument().paths?.["/api/v1/me/tokens"]?.post;
    expect(JSON.stringify(tokens?.parameters ?? [])).not.toContain("IdempotencyKey");
  });
});
