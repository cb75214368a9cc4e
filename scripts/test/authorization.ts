import type { Database } from "@/db/client";
import { coachAthletes } from "@/db/schema";
import type { testAccount } from "./accounts";
import type { Method } from "./api";

/**
 * The authorization matrix's vocabulary. Each area of the API lists its routes in a `*.matrix.ts` file beside
 * them; app/api/v1/authorization-matrix.test.ts runs every row for every actor and fails when a route has none.
 */

export const ACTORS = ["signedOut", "athlete", "otherAthlete", "linkedCoach", "unlinkedCoach"] as const;
type Actor = (typeof ACTORS)[number];
export type Account = Awaited<ReturnType<typeof testAccount>>;

export interface World {
  db: Database;
  /** The athlete whose data is asked for (`{user_id}`), linked to `linkedCoach`. */
  athlete: Account;
  otherAthlete: Account;
  linkedCoach: Account;
  unlinkedCoach: Account;
  /** A coach whose invites athletes may join without changing who is linked to whom. */
  inviteCoach: Account;
}

export interface MatrixRow {
  method: Method;
  /** The route's folder under app/api/v1, with its dynamic segments as written, e.g. "progress/[user_id]". */
  path: string;
  /** Path parameters, created fresh for each call when the call consumes something (a token to revoke…). */
  params?: (world: World, actor: Actor) => Promise<Record<string, string>> | Record<string, string>;
  body?: (world: World, actor: Actor) => Promise<unknown> | unknown;
  query?: Record<string, string>;
  /** How the actors authenticate: a bearer API token (default) or a browser session, for session-only routes. */
  auth?: "token" | "session";
  expect: Record<Actor, number>;
}

export const all = (status: number): Record<Actor, number> => ({
  signedOut: status,
  athlete: status,
  otherAthlete: status,
  linkedCoach: status,
  unlinkedCoach: status,
});

/** Any signed-in user, on their own account. */
export const signedIn = (status: number): Record<Actor, number> => ({ ...all(status), signedOut: 401 });

export const athletesOnly = (status: number): Record<Actor, number> => ({
  ...signedIn(status),
  linkedCoach: 403,
  unlinkedCoach: 403,
});

export const coachesOnly = (status: number): Record<Actor, number> => ({
  ...signedIn(status),
  athlete: 403,
  otherAthlete: 403,
});

/** `{user_id}` = the athlete: they and their linked coach may read; everyone else is refused. */
export const subjectRead = (status: number): Record<Actor, number> => ({
  signedOut: 401,
  athlete: status,
  otherAthlete: 403,
  linkedCoach: status,
  unlinkedCoach: 403,
});

/** `{user_id}` = the athlete: only they may write (a linked coach reads, never writes). */
export const subjectWrite = (status: number): Record<Actor, number> => ({
  signedOut: 401,
  athlete: status,
  otherAthlete: 403,
  linkedCoach: 403,
  unlinkedCoach: 403,
});

/** Makes sure the linked coach is linked (a row may have unlinked them). */
export async function relink(world: World): Promise<void> {
  await world.db
    .insert(coachAthletes)
    .values({ coachId: world.linkedCoach.id, athleteId: world.athlete.id })
    .onConflictDoNothing();
}
