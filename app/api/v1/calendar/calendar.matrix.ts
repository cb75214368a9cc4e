import { createEvent } from "@/lib/calendar/events";
import { athletesOnly, type MatrixRow, signedIn, type World } from "@/scripts/test/authorization";

const event = { title: "County champs", type: "competition", start: "2026-06-14" } as const;

async function athletesEvent(w: World) {
  const created = await createEvent(w.db, w.athlete.id, { ...event, start: new Date("2026-06-14T00:00:00Z") });
  return { id: created.id };
}

export const rows: MatrixRow[] = [
  { method: "GET", path: "calendar", expect: signedIn(200) },
  { method: "POST", path: "calendar", body: () => event, expect: athletesOnly(201) },
  {
    method: "PATCH",
    path: "calendar/[id]",
    params: athletesEvent,
    body: () => ({ location: "Lee Valley" }),
    expect: { ...athletesOnly(200), otherAthlete: 404 },
  },
  {
    method: "DELETE",
    path: "calendar/[id]",
    params: athletesEvent,
    expect: { ...athletesOnly(204), otherAthlete: 404 },
  },
];
