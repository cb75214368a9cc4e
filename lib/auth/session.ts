import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { cache } from "react";
import { users } from "@/db/schema";
import type { Role } from "@/lib/core/domain";
import { getDb } from "@/lib/database";
import { auth } from "./index";
import { homePathFor } from "./paths";

type CurrentUser = typeof users.$inferSelect;

/** The signed-in, active account for this render (read once per request), or null. */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return user?.active ? user : null;
});

/** For pages: the signed-in user, redirecting to sign-in when signed out and to their own home for another role. */
export async function requireUser(role?: Role): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect("/sign-in");
  if (role && user.role !== role) redirect(homePathFor(user.role));
  return user;
}
