import { resolveSubject } from "@/lib/auth/access";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";
import { sprintProfileListQuery } from "@/lib/sprint-profiles/schemas";
import { cachedSprintProfiles } from "@/lib/sprint-profiles/service";

/** `GET /api/v1/sprint-profiles/{user_id}?from=&to=&limit=`: the athlete's profiles, newest first. */
export const GET = apiRoute<{ user_id: string }>("sprint_profiles.list", async ({ request, params, db, principal }) => {
  const userId = await resolveSubject(db, principal, params.user_id, "read");
  const query = readQuery(request, sprintProfileListQuery);
  return Response.json({ profiles: await cachedSprintProfiles(db, userId, query) });
});
