import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { copyWeekInput } from "@/lib/plans/schemas";
import { copyWeek } from "@/lib/plans/service";

/** `POST /api/v1/plans/copy-week`: the caller's plans of one week (Monday to Sunday) repeated the week after. */
export const POST = apiRoute("plans.copy_week", async ({ request, db, principal }) => {
  const input = await readJson(request, copyWeekInput);
  return created({ planned_sessions: await copyWeek(db, principal, input) });
});
