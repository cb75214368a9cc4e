import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import type { Database } from "@/db/client";
import { registerUser } from "@/lib/accounts/users";
import { authSecret } from "@/lib/auth/secret";
import { createApiToken } from "@/lib/auth/tokens";
import type { Role } from "@/lib/core/domain";

export const TEST_PASSWORD = "correct-horse-42";

// The cookie Auth.js sets over plain http; https deployments use the `__Secure-` name.
const SESSION_COOKIE = "authjs.session-token";

/** A signed-in browser's session cookie for a user, minted the way Auth.js mints it. */
async function sessionCookieFor(user: { id: string; role: Role; email: string; name: string }) {
  const jwt = await encode({
    token: { sub: user.id, uid: user.id, role: user.role, timezone: "UTC", email: user.email, name: user.name },
    secret: authSecret(),
    salt: SESSION_COOKIE,
  });
  return `${SESSION_COOKIE}=${jwt}`;
}

/** A fresh account with a live API token and a session cookie, for tests that call routes as that user. */
export async function testAccount(db: Database, role: Role, name = `Test ${role}`) {
  const email = `${role}-${randomUUID()}@test.example`;
  const user = await registerUser(db, { email, password: TEST_PASSWORD, name, role });
  const { token } = await createApiToken(db, user.id, "test");
  return { ...user, email, token, cookie: await sessionCookieFor({ ...user, email }) };
}
