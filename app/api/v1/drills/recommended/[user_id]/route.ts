import { resolveSubject } from "@/lib/auth/access";
import { cachedRecommendedDrills } from "@/lib/content/drills";
import { recommendedDrillsQuery } from "@/lib/content/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";

export const GET = apiRoute<{ user_id: string }>("drills.recommended", async ({ request, params, db, principal }) => {
  const userId = await resolveSubject(db, principal, params.user_id, "read");
  const { limit } = readQuery(request, recommendedDrillsQuery);
  return Response.json(await cachedRecommendedDrills(db, userId, limit));
});
