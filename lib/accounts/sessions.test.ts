import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { revokedSessions, users } from "@/db/schema";
import { getDb } from "@/lib/database";
import { testAccount } from "@/scripts/test/accounts";
import {
  newSessionClaims,
  readSessionClaims,
  SESSION_IDLE_SECONDS,
  SESSION_MAX_SECONDS,
  type SessionClaims,
  sessionDeadline,
  sessionEndsIfUnused,
} from "./session-claims";
import { endAllSessions, endSession, sessionAccount } from "./sessions";

let db: Database;
beforeAll(async () => {
  db = await getDb();
});

const DAY_MS = 86_400_000;

async function freshSession(signedInAt = Date.now()): Promise<SessionClaims> {
  const account = await testAccount(db, "athlete");
  const { sid, signed_in_at } = newSessionClaims(signedInAt);
  return { userId: account.id, sessionId: sid, signedInAt: signed_in_at };
}

describe("session claims", () => {
  it("reads the user, session id and sign-in instant from a token", () => {
    const claims = newSessionClaims(1_800_000_000_000);
    const uid = "6f1c2a9e-3b57-4d8a-9c61-0e2f4b7d1a35";
    expect(readSessionClaims({ uid, ...claims, iat: 1_900_000_000 })).toEqual({
      userId: uid,
      sessionId: claims.sid,
      signedInAt: 1_800_000_000_000,
    });
  });

  it("counts a token from before session ids from when it was issued", () => {
    const uid = "6f1c2a9e-3b57-4d8a-9c61-0e2f4b7d1a35";
    expect(readSessionClaims({ uid, iat: 1_800_000_000 })).toEqual({
      userId: uid,
      sessionId: null,
      signedInAt: 1_800_000_000_000,
    });
  });

  it("reads nothing from a token without a user or a start", () => {
    expect(readSessionClaims({ iat: 1_800_000_000 })).toBeNull();
    expect(readSessionClaims({ uid: "not-a-uuid", iat: 1_800_000_000 })).toBeNull();
    expect(readSessionClaims({ uid: "6f1c2a9e-3b57-4d8a-9c61-0e2f4b7d1a35" })).toBeNull();
  });

  it("ends a week after the last use, and 30 days after sign-in at the latest", () => {
    const signedInAt = Date.UTC(2027, 0, 1);
    expect(sessionDeadline({ signedInAt }).getTime()).toBe(signedInAt + SESSION_MAX_SECONDS * 1000);
    const used = new Date(signedInAt + 2 * DAY_MS);
    expect(sessionEndsIfUnused({ signedInAt }, used).getTime()).toBe(used.getTime() + SESSION_IDLE_SECONDS * 1000);
    const late = new Date(signedInAt + 28 * DAY_MS);
    expect(sessionEndsIfUnused({ signedInAt }, late)).toEqual(sessionDeadline({ signedInAt }));
  });
});

describe("live sessions", () => {
  it("finds the account of a live session", async () => {
    const session = await freshSession();
    expect((await sessionAccount(db, session))?.id).toBe(session.userId);
  });

  it("ends one session on sign-out and leaves the account's others live", async () => {
    const session = await freshSession();
    const other = { ...session, sessionId: newSessionClaims().sid };
    await endSession(db, session);
    expect(await sessionAccount(db, session)).toBeNull();
    expect((await sessionAccount(db, other))?.id).toBe(session.userId);
  });

  it("ends every session signed in before 'sign out everywhere', and none signed in after", async () => {
    const session = await freshSession(Date.now() - 60_000);
    const older = { ...session, sessionId: newSessionClaims().sid, signedInAt: session.signedInAt - DAY_MS };
    const legacy = { ...session, sessionId: null };
    await endAllSessions(db, session.userId);
    for (const ended of [session, older, legacy]) expect(await sessionAccount(db, ended)).toBeNull();
    const after = { ...session, ...{ sessionId: newSessionClaims().sid, signedInAt: Date.now() + 1 } };
    expect((await sessionAccount(db, after))?.id).toBe(session.userId);
  });

  it("ends a session without an id by ending all of the account's", async () => {
    const session = await freshSession(Date.now() - 60_000);
    await endSession(db, { ...session, sessionId: null });
    expect(await sessionAccount(db, session)).toBeNull();
  });

  it("ends a session past its deadline however recently it was used", async () => {
    const session = await freshSession(Date.now() - SESSION_MAX_SECONDS * 1000 - 1);
    expect(await sessionAccount(db, session)).toBeNull();
  });

  it("ends the sessions of a deactivated account", async () => {
    const session = await freshSession();
    await db.update(users).set({ active: false }).where(eq(users.id, session.userId));
    expect(await sessionAccount(db, session)).toBeNull();
  });

  it("forgets revoked sessions once they would have expired anyway", async () => {
    const stale = await freshSession(Date.now() - SESSION_MAX_SECONDS * 1000 - DAY_MS);
    await endSession(db, stale, new Date(stale.signedInAt + DAY_MS));
    await endSession(db, await freshSession());
    const rows = await db.select().from(revokedSessions).where(eq(revokedSessions.sessionId, stale.sessionId!));
    expect(rows).toEqual([]);
  });
});
