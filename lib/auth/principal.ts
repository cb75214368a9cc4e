import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { users } from "@/db/schema";
import { sessionAccount } from "@/lib/accounts/sessions";
import type { Principal } from "@/lib/core/domain";
import { errors } from "@/lib/core/errors";
import { sessionFromHeaders } from "./session-token";
import { accountForApiToken } from "./tokens";

type UserRow = typeof users.$inferSelect;

const ACTIVITY_WRITE_INTERVAL_MS = 60 * 60 * 1000;

function toPrincipal(user: UserRow, via: Principal["via"]): Principal {
  return { userId: user.id, role: user.role, name: user.name, email: user.email, timezone: user.timezone, via };
}

/**
 * Resolves the caller, or null when signed out. A bearer header that is not a live token is an error (401), not a
 * silent fall back to the cookie. The account is read on every call so that a deactivated account, a signed-out
 * session and "sign out everywhere" stop at once.
 */
export async function principalFromRequest(db: Database, request: Request): Promise<Principal | null> {
  const authorization = request.headers.get("authorization");
  let user: UserRow | null | undefined;
  let via: Principal["via"];
  if (authorization) {
    const [scheme, value] = authorization.split(" ");
    if (scheme?.toLowerCase() !== "bearer" || !value) throw errors.unauthorized("Use 'Authorization: Bearer <token>'.");
    user = await accountForApiToken(db, value.trim());
    if (!user) throw errors.unauthorized("This API token is invalid, expired or revoked.");
    via = "token";
  } else {
    const session = await sessionFromHeaders(request.headers);
    if (!session) return null;
    user = await sessionAccount(db, session);
    if (!user) return null;
    via = "session";
  }
  await recordActivity(db, user);
  return toPrincipal(user, via);
}

async function recordActivity(db: Database, user: UserRow): Promise<void> {
  const now = new Date();
  if (user.lastActiveAt && now.getTime() - user.lastActiveAt.getTime() < ACTIVITY_WRITE_INTERVAL_MS) return;
  await db.update(users).set({ lastActiveAt: now }).where(eq(users.id, user.id));
}
