import { randomUUID } from "node:crypto";
import { z } from "zod";

/**
 * What a browser session's cookie (Auth.js JWT) says: the user, the session and when it began, and how long such a
 * session lasts. No I/O, so that the proxy, which re-issues the cookie on every page view, stays light; the checks
 * against the database are in sessions.ts.
 */

/** A session unused this long ends; each visit renews it (the cookie is re-issued by Auth.js). */
export const SESSION_IDLE_SECONDS = 7 * 24 * 60 * 60;
/** However often it is used, a session ends this long after sign-in. */
export const SESSION_MAX_SECONDS = 30 * 24 * 60 * 60;

export interface SessionClaims {
  userId: string;
  /** Null for a cookie issued before sessions had ids: only "sign out everywhere" can end it. */
  sessionId: string | null;
  /** When the user signed in, epoch milliseconds. */
  signedInAt: number;
}

/** The claims a new session carries, added to the JWT at sign-in. */
export function newSessionClaims(now = Date.now()): { sid: string; signed_in_at: number } {
  return { sid: randomUUID(), signed_in_at: now };
}

const tokenClaims = z.object({
  uid: z.uuid(),
  sid: z.uuid().optional(),
  signed_in_at: z.number().int().positive().optional(),
  iat: z.number().int().positive().optional(),
});

/**
 * The session a decoded JWT describes, or null when it names no user. A cookie from before session ids began
 * counts from when it was issued, which is never earlier than the sign-in it came from.
 */
export function readSessionClaims(token: Record<string, unknown>): SessionClaims | null {
  const parsed = tokenClaims.safeParse(token);
  if (!parsed.success) return null;
  const { uid, sid, signed_in_at, iat } = parsed.data;
  const signedInAt = signed_in_at ?? (iat === undefined ? undefined : iat * 1000);
  if (signedInAt === undefined) return null;
  return { userId: uid, sessionId: sid ?? null, signedInAt };
}

/** When the session ends at the latest, however it is used. */
export function sessionDeadline(claims: Pick<SessionClaims, "signedInAt">): Date {
  return new Date(claims.signedInAt + SESSION_MAX_SECONDS * 1000);
}

/**
 * When the session ends if it is not used again after `lastUse`: a page view renews the cookie (the proxy re-issues
 * it), so for a page this is its own render's instant. Never past the deadline.
 */
export function sessionEndsIfUnused(claims: Pick<SessionClaims, "signedInAt">, lastUse = new Date()): Date {
  return new Date(Math.min(lastUse.getTime() + SESSION_IDLE_SECONDS * 1000, sessionDeadline(claims).getTime()));
}
