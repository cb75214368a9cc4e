import type { User } from "next-auth";
import { getToken, type JWT } from "next-auth/jwt";
import {
  newSessionClaims,
  readSessionClaims,
  type SessionClaims,
  sessionDeadline,
} from "@/lib/accounts/session-claims";
import { authSecret } from "./secret";

/**
 * The session in a request's cookie, whichever cookie name the deployment uses (`__Secure-` over https), or null
 * when there is none or it does not decode. Pages and API routes both read it here, then ask the database whether
 * it is still live (lib/accounts/sessions.ts).
 */
export async function sessionFromHeaders(headers: Headers): Promise<SessionClaims | null> {
  for (const secureCookie of [true, false]) {
    const token = await getToken({ req: { headers }, secret: authSecret(), secureCookie });
    if (token) return readSessionClaims(token);
  }
  return null;
}

/**
 * Auth.js's `jwt` callback. A sign-in starts a session: the account's id, role and time zone, a session id and the
 * sign-in instant. Every later read re-issues the cookie (the rolling lifetime), so it keeps those claims, gives a
 * cookie from before session ids one (counting from when it was issued), and ends the session past its deadline
 * (null: Auth.js clears the cookie), as it does a cookie that names no user.
 * Revocation needs the database and is checked where the session is used (lib/auth/session.ts, principal.ts).
 */
export function sessionJwt(token: JWT, user: User | undefined, now = Date.now()): JWT | null {
  if (user?.id) {
    return { ...token, uid: user.id, role: user.role, timezone: user.timezone, ...newSessionClaims(now) };
  }
  const claims = readSessionClaims(token);
  if (!claims || now > sessionDeadline(claims).getTime()) return null;
  if (claims.sessionId) return token;
  return { ...token, ...newSessionClaims(claims.signedInAt) };
}
