import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { users } from "@/db/schema";
import type { SessionClaims } from "@/lib/accounts/session-claims";
import { sessionAccount } from "@/lib/accounts/sessions";
import type { Role } from "@/lib/core/domain";
import { getDb } from "@/lib/database";
import { homePathFor } from "./paths";
import { sessionFromHeaders } from "./session-token";

type CurrentUser = typeof users.$inferSelect;

/**
 * This browser's live session and its account, read once per request, or null when signed out or the session has
 * ended (signed out elsewhere, "sign out everywhere", past its deadline). The same check as the API's.
 */
export const currentSession = cache(async (): Promise<{ user: CurrentUser; session: SessionClaims } | null> => {
  const session = await sessionFromHeaders(await headers());
  if (!session) return null;
  const user = await sessionAccount(await getDb(), session);
  return user ? { user, session } : null;
});

/** The signed-in, active account for this render, or null. */
export async function currentUser(): Promise<CurrentUser | null> {
  return (await currentSession())?.user ?? null;
}

/** For pages: the live session, redirecting to sign-in when signed out and to their own home for another role. */
export async function requireSession(role?: Role): Promise<{ user: CurrentUser; session: SessionClaims }> {
  const current = await currentSession();
  if (!current) redirect("/sign-in");
  if (role && current.user.role !== role) redirect(homePathFor(current.user.role));
  return current;
}

/** For pages: the signed-in user, redirecting to sign-in when signed out and to their own home for another role. */
export async function requireUser(role?: Role): Promise<CurrentUser> {
  return (await requireSession(role)).user;
}
