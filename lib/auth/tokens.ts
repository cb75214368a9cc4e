import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { apiTokens, users } from "@/db/schema";
import { errors } from "@/lib/core/errors";
import { newSecret, sha256Hex } from "@/lib/core/secrets";

/** API tokens for programs: random, shown once, stored as a SHA-256 hash, expiring, revocable. */

const TOKEN_PREFIX = "aria_";
const TOKEN_LIFETIME_DAYS = 90;

const hashToken = sha256Hex;

export async function createApiToken(db: Database, userId: string, name: string, now = new Date()) {
  const token = newSecret(TOKEN_PREFIX);
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_DAYS * 86_400_000);
  const [row] = await db
    .insert(apiTokens)
    .values({ userId, name, tokenHash: hashToken(token), expiresAt })
    .returning({ id: apiTokens.id, createdAt: apiTokens.createdAt });
  return {
    id: row!.id,
    name,
    token,
    created_at: row!.createdAt.toISOString(),
    expires_at: expiresAt.toISOString(),
  };
}

/** The live tokens of an account (never the tokens themselves). */
export async function listApiTokens(db: Database, userId: string, now = new Date()) {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    created_at: row.createdAt.toISOString(),
    expires_at: row.expiresAt.toISOString(),
    last_used_at: row.lastUsedAt?.toISOString() ?? null,
  }));
}

export async function revokeApiToken(db: Database, userId: string, tokenId: string): Promise<void> {
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  if (revoked.length === 0) throw errors.notFound("token");
}

/**
 * The account a bearer token belongs to, if the token is live. The lookup is by hash, so the comparison never
 * touches the secret itself and takes the same time whichever characters differ.
 */
export async function accountForApiToken(db: Database, token: string, now = new Date()) {
  const [row] = await db
    .select({ user: users, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt), gt(apiTokens.expiresAt, now)))
    .limit(1);
  if (!row?.user.active) return null;
  // Recording use once a minute is enough for the settings page and keeps reads from becoming writes.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.tokenId));
  }
  return row.user;
}
