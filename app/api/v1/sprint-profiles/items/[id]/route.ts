import { apiRoute, noContent } from "@/lib/http/api-route";
import { deleteSprintProfile } from "@/lib/sprint-profiles/service";

/** `DELETE /api/v1/sprint-profiles/items/{id}`: the athlete removes one of their own profiles. */
export const DELETE = apiRoute<{ id: string }>(
  "sprint_profiles.delete",
  async ({ params, db, principal }) => {
    await deleteSprintProfile(db, principal.userId, params.id);
    return noContent();
  },
  { role: "athlete" },
);
