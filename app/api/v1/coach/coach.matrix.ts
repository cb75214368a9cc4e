import { createInvite } from "@/lib/coach/links";
import { athletesOnly, coachesOnly, type MatrixRow, relink } from "@/scripts/test/authorization";

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
];
