import { deleteCoachNote } from "@/lib/coach/notes";
import { apiRoute, noContent } from "@/lib/http/api-route";

export const DELETE = apiRoute<{ id: string; note_id: string }>(
  "coach.notes.delete",
  async ({ params, db, principal }) => {
    await deleteCoachNote(db, principal.userId, params.id, params.note_id);
    return noContent();
  },
  { role: "coach" },
);
