import { resolveSubject } from "@/lib/auth/access";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";
import { progressQuery } from "@/lib/progress/schemas";
import { cachedProgressAnalytics } from "@/lib/progress/service";

export const GET = apiRoute<{ user_id: string }>("progress.analytics", async ({ request, params, db, principal }) => {
  const userId = await resolveSubject(db, principal, params.user_id, "read");
  const { type, days } = readQuery(request, progressQuery);
  return Response.json(await cachedProgressAnalytics(db, userId, type, days));
});
