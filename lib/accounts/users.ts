import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { athleteProfiles, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/accounts/password";
import { errors } from "@/lib/core/errors";
import { ATHLETE_ONLY_FIELDS, type ProfileUpdateInput, type RegisterInput } from "./schemas";

type UserRow = typeof users.$inferSelect;
type ProfileRow = typeof athleteProfiles.$inferSelect;

interface UserDto {
  id: string;
  email: string;
  name: string;
  role: UserRow["role"];
  timezone: string;
}

function toUserDto(user: UserRow): UserDto {
  return { id: user.id, email: user.email, name: user.name, role: user.role, timezone: user.timezone };
}

function toProfileDto(profile: ProfileRow | undefined) {
  if (!profile) return null;
  return {
    events: profile.events,
    experience_years: profile.experienceYears,
    birth_date: profile.birthDate,
    sex: profile.sex,
    personal_bests: profile.personalBests,
  };
}

/** The one write path for new accounts: the user and, for an athlete, an empty profile, in one transaction. */
async function createAccount(db: Database, values: typeof users.$inferInsert): Promise<UserRow> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ ...values, email: values.email.toLowerCase(), lastActiveAt: new Date() })
      .returning();
    if (!user) throw new Error("insert returned no user");
    if (user.role === "athlete") await tx.insert(athleteProfiles).values({ userId: user.id });
    return user;
  });
}

/** Creates an account with a password; 409 when the e-mail is taken. */
export async function registerUser(db: Database, input: RegisterInput): Promise<UserDto> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await createAccount(db, {
      email: input.email,
      name: input.name,
      role: input.role,
      timezone: input.timezone ?? "UTC",
      passwordHash,
    });
    return toUserDto(user);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw errors.conflict("An account with this e-mail address already exists.", { email: "is already registered" });
    }
    throw error;
  }
}

// Compared against when the e-mail is unknown, so that a miss takes as long as a wrong password.
const UNKNOWN_USER_HASH = "$2b$10$APa1af09n10uuh6hoeQLseE6zOpQiS7uVyKdqdW/mWBRzGdybGDE2";

/** The active account for an e-mail and password, or null. */
export async function verifyCredentials(db: Database, email: string, password: string): Promise<UserRow | null> {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).limit(1);
  const valid = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  return valid && user?.passwordHash && user.active ? user : null;
}

export async function findUserByEmail(db: Database, email: string): Promise<UserRow | undefined> {
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`).limit(1);
  return user;
}

/** Who GitHub or Google says signed in, and whether the provider has verified that the e-mail address is theirs. */
export interface OAuthIdentity {
  email: string;
  name: string;
  emailVerified: boolean;
}

export type OAuthSignIn = { user: UserRow } | { refused: "email_not_verified" };

/**
 * The account for a social sign-in: the existing one with that e-mail, or a new athlete without a password. Only
 * for an address the provider has verified: linking on an unverified one would hand an existing account to whoever
 * typed its address into their GitHub profile, and creating one would let them claim it before its owner signs up.
 */
export async function findOrCreateOAuthUser(db: Database, identity: OAuthIdentity): Promise<OAuthSignIn> {
  if (!identity.emailVerified) return { refused: "email_not_verified" };
  const existing = await findUserByEmail(db, identity.email);
  if (existing) return { user: existing };
  try {
    return { user: await createAccount(db, { email: identity.email, name: identity.name, role: "athlete" }) };
  } catch (error) {
    // Two first sign-ins at once: the other one created it.
    const created = isUniqueViolation(error) ? await findUserByEmail(db, identity.email) : undefined;
    if (created) return { user: created };
    throw error;
  }
}

export async function getAccount(db: Database, userId: string) {
  const [row] = await db
    .select({ user: users, profile: athleteProfiles })
    .from(users)
    .leftJoin(athleteProfiles, eq(athleteProfiles.userId, users.id))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) throw errors.notFound("account");
  return { user: toUserDto(row.user), profile: toProfileDto(row.profile ?? undefined) };
}

/** Updates the profile fields given (and the name and timezone, which live on the account) in one transaction. */
export async function updateProfile(
  db: Database,
  user: { id: string; role: UserRow["role"] },
  input: ProfileUpdateInput,
) {
  if (user.role !== "athlete") {
    const refused = ATHLETE_ONLY_FIELDS.filter((field) => input[field] !== undefined);
    if (refused.length > 0) {
      throw errors.validation(Object.fromEntries(refused.map((field) => [field, "is for athlete accounts only"])));
    }
  }
  const userId = user.id;
  await db.transaction(async (tx) => {
    if (input.timezone !== undefined || input.name !== undefined) {
      await tx
        .update(users)
        .set({
          ...(input.timezone !== undefined ? { timezone: input.timezone } : {}),
          ...(input.name !== undefined ? { name: input.name } : {}),
          updatedAt: new Date(),
        })
        .where(eq(users.id, userId));
    }
    const profile = {
      ...(input.events !== undefined ? { events: input.events } : {}),
      ...(input.experience_years !== undefined ? { experienceYears: input.experience_years } : {}),
      ...(input.birth_date !== undefined ? { birthDate: input.birth_date } : {}),
      ...(input.sex !== undefined ? { sex: input.sex } : {}),
    };
    if (Object.keys(profile).length > 0) {
      await tx
        .insert(athleteProfiles)
        .values({ userId, ...profile })
        .onConflictDoUpdate({ target: athleteProfiles.userId, set: { ...profile, updatedAt: new Date() } });
    }
  });
  return getAccount(db, userId);
}
