import { resolveSubject } from "@/lib/auth/access";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";
import { planListQuery } from "@/lib/plans/schemas";
import { listPlans } from "@/lib/plans/service";

/** `GET /api/v1/plans/{user_id}?from=&to=`: the athlete's planned sessions, oldest first. */
export const GET = apiRoute<{ user_id: string }>("plans.list", async ({ request, params, db, principal }) => {
  const userId = await resolveSubject(db, principal, params.user_id, "read");
  const query = readQuery(request, planListQuery);
  return Response.json({ planned_sessions: await listPlans(db, [userId], query) });
});
