import type { Database } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { athleteProfiles, users } from "@/db/schema";
import { findUserByEmail } from "@/lib/accounts/users";

/** The account for a social sign-in: the existing one with that e-mail, or a new athlete without a password. */
export async function findOrCreateOAuthUser(db: Database, email: string, name: string) {
  const existing = await findUserByEmail(db, email);
  if (existing) return existing;
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: email.toLowerCase(), name, role: "athlete", lastActiveAt: new Date() })
        .returning();
      await tx.insert(athleteProfiles).values({ userId: user!.id });
      return user!;
    });
  } catch (error) {
    // Two first sign-ins at once: the other one created it.
    const created = isUniqueViolation(error) ? await findUserByEmail(db, email) : undefined;
    if (created) return created;
    throw error;
  }
}
