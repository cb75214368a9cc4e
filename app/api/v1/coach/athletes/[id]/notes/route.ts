import { coachNoteInput } from "@/lib/coach/note-input";
import { createCoachNote, notesByCoach } from "@/lib/coach/notes";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";

export const GET = apiRoute<{ id: string }>(
  "coach.notes.list",
  async ({ params, db, principal }) => Response.json({ notes: await notesByCoach(db, principal.userId, params.id) }),
  { role: "coach" },
);

export const POST = apiRoute<{ id: string }>(
  "coach.notes.create",
  async ({ request, params, db, principal }) => {
    const input = await readJson(request, coachNoteInput);
    return created({ note: await createCoachNote(db, principal.userId, params.id, input) });
  },
  { role: "coach" },
);
