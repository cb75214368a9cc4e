import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { planInput } from "@/lib/plans/schemas";
import { createPlans } from "@/lib/plans/service";

/** `POST /api/v1/plans`: a coach plans for a linked athlete or the squad; an athlete plans for themself. */
export const POST = apiRoute("plans.create", async ({ request, db, principal }) => {
  const input = await readJson(request, planInput);
  return created({ planned_sessions: await createPlans(db, principal, input) });
});
