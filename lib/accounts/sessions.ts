import { and, eq, lt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { revokedSessions, users } from "@/db/schema";
import { readSessionClaims, type SessionClaims, sessionDeadline } from "./session-claims";

/**
 * Browser sessions: a signed cookie (Auth.js JWT) that names the user, the session and when it began
 * (session-claims.ts). The server keeps no row per session; it can still end them: one by listing its id as revoked
 * (sign-out), all of an account's by moving the account's `sessions_valid_after` past their start (sign out
 * everywhere).
 */

type UserRow = typeof users.$inferSelect;

/**
 * The active account of a live session, or null when the session has ended: revoked, signed in before the
 * account's last "sign out everywhere", past its deadline, or the account deactivated. One query.
 */
export async function sessionAccount(db: Database, claims: SessionClaims, now = new Date()): Promise<UserRow | null> {
  if (now.getTime() > sessionDeadline(claims).getTime()) return null;
  const revokedMatch = claims.sessionId
    ? and(eq(revokedSessions.sessionId, claims.sessionId), eq(revokedSessions.userId, users.id))
    : sql`false`;
  const [row] = await db
    .select({ user: users, revoked: revokedSessions.sessionId })
    .from(users)
    .leftJoin(revokedSessions, revokedMatch)
    .where(eq(users.id, claims.userId))
    .limit(1);
  if (!row?.user.active || row.revoked) return null;
  const validAfter = row.user.sessionsValidAfter;
  // A sign-in in the very millisecond of the cut counts as after it: it can only be the one that followed it.
  if (validAfter && claims.signedInAt < validAfter.getTime()) return null;
  return row.user;
}

/** Ends one session (sign-out). A session without an id cannot be named, so it ends all of the account's. */
export async function endSession(db: Database, claims: SessionClaims, now = new Date()): Promise<void> {
  const { sessionId } = claims;
  if (!sessionId) return endAllSessions(db, claims.userId, now);
  await db.transaction(async (tx) => {
    // Rows past their session's deadline name sessions that are over anyway.
    await tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, now));
    await tx
      .insert(revokedSessions)
      .values({ sessionId, userId: claims.userId, expiresAt: sessionDeadline(claims) })
      .onConflictDoNothing();
  });
}

/** Ends every session of the account, this one included ("sign out everywhere"). API tokens are not sessions. */
export async function endAllSessions(db: Database, userId: string, now = new Date()): Promise<void> {
  await db.update(users).set({ sessionsValidAfter: now, updatedAt: now }).where(eq(users.id, userId));
}

/** Auth.js's `signOut` event: the cookie is cleared in this browser, and the session ends for every copy of it. */
export async function endSessionOfToken(db: Database, token: Record<string, unknown> | null): Promise<void> {
  const claims = token ? readSessionClaims(token) : null;
  if (claims) await endSession(db, claims);
}
