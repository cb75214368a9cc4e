import { resolveSubject } from "@/lib/auth/access";
import { cachedAchievements } from "@/lib/goals/achievements";
import { achievementsQuery } from "@/lib/goals/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";

export const GET = apiRoute<{ user_id: string }>("achievements.list", async ({ request, params, db, principal }) => {
  const userId = await resolveSubject(db, principal, params.user_id, "read");
  const { days } = readQuery(request, achievementsQuery);
  return Response.json(await cachedAchievements(db, userId, days));
});
