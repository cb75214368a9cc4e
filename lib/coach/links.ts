import { randomInt } from "node:crypto";
import { and, asc, desc, eq, gt, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { coachAthletes, coachInvites, users } from "@/db/schema";
import { errors } from "@/lib/core/errors";

/**
 * Coach–athlete links. A coach creates an invite code (valid 7 days, for the whole squad, revocable); an athlete
 * joins with it; either side can unlink.
 */

export async function isLinkedCoach(db: Database, coachId: string, athleteId: string): Promise<boolean> {
  const [link] = await db
    .select({ athleteId: coachAthletes.athleteId })
    .from(coachAthletes)
    .where(and(eq(coachAthletes.coachId, coachId), eq(coachAthletes.athleteId, athleteId)))
    .limit(1);
  return Boolean(link);
}

const INVITE_LIFETIME_DAYS = 7;
// No 0/O, 1/I/L: codes are read aloud at the track and typed on phones.
const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

function newInviteCode(): string {
  const chars = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/** Accepts what people type: lower case, spaces, with or without the dash. */
function normalizeInviteCode(input: string): string {
  const compact = input.toUpperCase().replace(/[^0-9A-Z]/g, "");
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}

export async function createInvite(db: Database, coachId: string, now = new Date()) {
  const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_DAYS * 86_400_000);
  const [invite] = await db.insert(coachInvites).values({ code: newInviteCode(), coachId, expiresAt }).returning();
  return { code: invite!.code, expires_at: invite!.expiresAt.toISOString() };
}

export async function listInvites(db: Database, coachId: string, now = new Date()) {
  const rows = await db
    .select()
    .from(coachInvites)
    .where(and(eq(coachInvites.coachId, coachId), isNull(coachInvites.revokedAt), gt(coachInvites.expiresAt, now)))
    .orderBy(desc(coachInvites.createdAt));
  return rows.map((row) => ({
    code: row.code,
    expires_at: row.expiresAt.toISOString(),
    created_at: row.createdAt.toISOString(),
    last_used_at: row.usedAt?.toISOString() ?? null,
  }));
}

export async function revokeInvite(db: Database, coachId: string, code: string): Promise<void> {
  const rows = await db
    .update(coachInvites)
    .set({ revokedAt: new Date() })
    .where(
      and(
        eq(coachInvites.code, normalizeInviteCode(code)),
        eq(coachInvites.coachId, coachId),
        isNull(coachInvites.revokedAt),
      ),
    )
    .returning({ code: coachInvites.code });
  if (rows.length === 0) throw errors.notFound("invite");
}

/** Links the athlete to the invite's coach (joining twice is harmless) and records the use, in one transaction. */
export async function joinWithInvite(db: Database, athleteId: string, code: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [invite] = await tx
      .select({ coachId: coachInvites.coachId, coachName: users.name })
      .from(coachInvites)
      .innerJoin(users, eq(users.id, coachInvites.coachId))
      .where(
        and(
          eq(coachInvites.code, normalizeInviteCode(code)),
          isNull(coachInvites.revokedAt),
          gt(coachInvites.expiresAt, now),
        ),
      )
      .limit(1);
    if (!invite) throw errors.validation({ code: "is not a valid invite code, or it has expired" });
    await tx.insert(coachAthletes).values({ coachId: invite.coachId, athleteId }).onConflictDoNothing();
    await tx
      .update(coachInvites)
      .set({ usedAt: now, usedBy: athleteId })
      .where(eq(coachInvites.code, normalizeInviteCode(code)));
    return { coach: { id: invite.coachId, name: invite.coachName } };
  });
}

export async function unlink(db: Database, coachId: string, athleteId: string): Promise<void> {
  const rows = await db
    .delete(coachAthletes)
    .where(and(eq(coachAthletes.coachId, coachId), eq(coachAthletes.athleteId, athleteId)))
    .returning({ athleteId: coachAthletes.athleteId });
  if (rows.length === 0) throw errors.notFound("link");
}

export async function listCoaches(db: Database, athleteId: string) {
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email, since: coachAthletes.createdAt })
    .from(coachAthletes)
    .innerJoin(users, eq(users.id, coachAthletes.coachId))
    .where(eq(coachAthletes.athleteId, athleteId))
    .orderBy(asc(users.name));
  return rows.map((row) => ({ id: row.id, name: row.name, email: row.email, since: row.since.toISOString() }));
}

export async function athleteName(db: Database, athleteId: string) {
  const [row] = await db
    .select({ name: users.name, timezone: users.timezone })
    .from(users)
    .where(eq(users.id, athleteId))
    .limit(1);
  if (!row) throw errors.notFound("athlete");
  return row;
}
