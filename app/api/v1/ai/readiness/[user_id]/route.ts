import { resolveSubject } from "@/lib/auth/access";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";
import { athleteReadiness, readinessQuery } from "@/lib/insights/readiness";

/** `GET /api/v1/ai/readiness/{user_id}?date=`: "what should I do today, and is it safe?" (PRODUCT 4.8), with the plan. */
export const GET = apiRoute<{ user_id: string }>("ai.readiness", async ({ request, params, db, principal }) => {
  const { date } = readQuery(request, readinessQuery);
  const userId = await resolveSubject(db, principal, params.user_id, "read");
  return Response.json(await athleteReadiness(db, userId, date));
});
