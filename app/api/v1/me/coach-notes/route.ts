import { notesForAthlete } from "@/lib/coach/notes";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(
  "me.coach_notes.list",
  async ({ db, principal }) => Response.json({ notes: await notesForAthlete(db, principal.userId) }),
  { role: "athlete" },
);
