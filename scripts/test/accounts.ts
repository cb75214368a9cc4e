import { randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import { registerUser } from "@/lib/accounts/users";
import { createApiToken } from "@/lib/auth/tokens";
import type { Role } from "@/lib/domain";

export const TEST_PASSWORD = "correct-horse-42";

/** A fresh account with a live API token, for tests that call routes as that user. */
export async function testAccount(db: Database, role: Role, name = `Test ${role}`) {
  const email = `${role}-${randomUUID()}@test.example`;
  const user = await registerUser(db, { email, password: TEST_PASSWORD, name, role });
  const { token } = await createApiToken(db, user.id, "test");
  return { ...user, email, token };
}
