import { apiRoute, noContent } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { planUpdate } from "@/lib/plans/schemas";
import { deletePlan, updatePlan } from "@/lib/plans/service";

/** One planned session: only whoever planned it may change or remove it. */
export const PATCH = apiRoute<{ id: string }>("plans.update", async ({ request, params, db, principal }) => {
  const patch = await readJson(request, planUpdate);
  return Response.json({ planned_session: await updatePlan(db, principal, params.id, patch) });
});

export const DELETE = apiRoute<{ id: string }>("plans.delete", async ({ params, db, principal }) => {
  await deletePlan(db, principal, params.id);
  return noContent();
});
