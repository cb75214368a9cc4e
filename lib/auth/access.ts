import type { Database } from "@/db/client";
import { isLinkedCoach } from "@/lib/coach/links";
import type { Principal } from "@/lib/core/domain";
import { errors } from "@/lib/core/errors";
import { uuidField } from "@/lib/core/validation";

/**
 * Who may read or write whose data, in one place: everyone their own; a coach reads (never writes) the athletes
 * linked to them; nobody else anything.
 */

type AccessMode = "read" | "write";

/** Resolves a `{user_id}` path segment (`me` or an id) to the user whose data is asked for, or throws 400/403. */
export async function resolveSubject(
  db: Database,
  principal: Principal,
  userIdParam: string,
  mode: AccessMode,
): Promise<string> {
  if (userIdParam === "me" || userIdParam === principal.userId) return principal.userId;
  if (!uuidField.safeParse(userIdParam).success) {
    throw errors.validation({ user_id: "must be 'me' or a user id" });
  }
  if (mode === "read" && principal.role === "coach" && (await isLinkedCoach(db, principal.userId, userIdParam))) {
    return userIdParam;
  }
  throw errors.forbidden(
    mode === "write" ? "You can only change your own data." : "You can only see your own data or your athletes'.",
  );
}
