import { resolveSubject } from "@/lib/auth/access";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";
import { complianceQuery } from "@/lib/plans/schemas";
import { complianceOf } from "@/lib/plans/service";

/** `GET /api/v1/plans/{user_id}/compliance?days=`: planned against done over the last `days` days (PRODUCT 4.10). */
export const GET = apiRoute<{ user_id: string }>("plans.compliance", async ({ request, params, db, principal }) => {
  const userId = await resolveSubject(db, principal, params.user_id, "read");
  const { days } = readQuery(request, complianceQuery);
  return Response.json(await complianceOf(db, userId, days));
});
