import { trainingSessions } from "@/db/schema";
import { createInvite } from "@/lib/coach/links";
import { createCoachNote } from "@/lib/coach/notes";
import { athletesOnly, coachesOnly, type MatrixRow, relink, type World } from "@/scripts/test/authorization";

/** A fresh session of the athlete's, for a note to be about. */
async function athleteSession(w: World): Promise<string> {
  const [session] = await w.db
    .insert(trainingSessions)
    .values({ userId: w.athlete.id, date: "2026-11-20", type: "acceleration", durationMin: 50, rpe: 7 })
    .returning({ id: trainingSessions.id });
  return session!.id;
}

export const rows: MatrixRow[] = [
  { method: "GET", path: "me/coaches", expect: athletesOnly(200) },
  {
    method: "DELETE",
    path: "me/coaches/[id]",
    params: async (w) => {
      await relink(w);
      return { id: w.linkedCoach.id };
    },
    expect: { ...athletesOnly(204), otherAthlete: 404 },
  },
  { method: "GET", path: "coach/invites", expect: coachesOnly(200) },
  { method: "POST", path: "coach/invites", expect: coachesOnly(201) },
  {
    method: "DELETE",
    path: "coach/invites/[code]",
    params: async (w) => ({ code: (await createInvite(w.db, w.linkedCoach.id)).code }),
    expect: { ...coachesOnly(204), unlinkedCoach: 404 },
  },
  {
    method: "POST",
    path: "coach/join",
    body: async (w) => ({ code: (await createInvite(w.db, w.inviteCoach.id)).code }),
    expect: athletesOnly(200),
  },
  {
    method: "GET",
    path: "coach/athletes",
    params: async (w) => {
      await relink(w);
      return {};
    },
    expect: coachesOnly(200),
  },
  {
    method: "DELETE",
    path: "coach/athletes/[id]",
    params: async (w) => {
      await relink(w);
      return { id: w.athlete.id };
    },
    expect: { ...coachesOnly(204), unlinkedCoach: 404 },
  },
  { method: "GET", path: "me/coach-notes", expect: athletesOnly(200) },
  {
    method: "GET",
    path: "coach/athletes/[id]/notes",
    params: async (w) => {
      await relink(w);
      return { id: w.athlete.id };
    },
    expect: { ...coachesOnly(200), unlinkedCoach: 404 },
  },
  {
    method: "POST",
    path: "coach/athletes/[id]/notes",
    params: async (w) => {
      await relink(w);
      return { id: w.athlete.id };
    },
    body: async (w) => ({ target_type: "session", target_id: await athleteSession(w), body: "Great drive phase." }),
    expect: { ...coachesOnly(201), unlinkedCoach: 404 },
  },
  {
    method: "DELETE",
    path: "coach/athletes/[id]/notes/[note_id]",
    params: async (w) => {
      await relink(w);
      const note = await createCoachNote(w.db, w.linkedCoach.id, w.athlete.id, {
        target_type: "session",
        target_id: await athleteSession(w),
        body: "To take back.",
      });
      return { id: w.athlete.id, note_id: note.id };
    },
    expect: { ...coachesOnly(204), unlinkedCoach: 404 },
  },
];
