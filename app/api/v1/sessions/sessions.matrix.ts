import { createSession } from "@/lib/training/sessions";
import { athletesOnly, type MatrixRow, relink, signedIn, type World } from "@/scripts/test/authorization";

const session = { date: "2026-01-10", type: "acceleration", duration_min: 60, rpe: 7 } as const;

/** A fresh session of the world's athlete (and their coach linked, so that the linked coach may read it). */
async function athletesSession(w: World) {
  await relink(w);
  return { id: (await createSession(w.db, w.athlete.id, session)).id };
}

export const rows: MatrixRow[] = [
  { method: "GET", path: "sessions", expect: signedIn(200) },
  { method: "POST", path: "sessions", body: () => session, expect: athletesOnly(201) },
  {
    method: "GET",
    path: "sessions/[id]",
    params: athletesSession,
    expect: { signedOut: 401, athlete: 200, otherAthlete: 404, linkedCoach: 200, unlinkedCoach: 404 },
  },
  {
    method: "PATCH",
    path: "sessions/[id]",
    params: athletesSession,
    body: () => ({ rpe: 8 }),
    expect: { ...athletesOnly(200), otherAthlete: 404 },
  },
  {
    method: "DELETE",
    path: "sessions/[id]",
    params: athletesSession,
    expect: { ...athletesOnly(204), otherAthlete: 404 },
  },
];
