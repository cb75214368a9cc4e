import { resolveSubject } from "@/lib/auth/access";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";
import { storeAnalyses } from "@/lib/insights/analyze";
import { analyzeOne, asOfQuery } from "@/lib/insights/one";

export const POST = apiRoute<{ user_id: string }>("ai.drills.recommend", async ({ request, params, db, principal }) => {
  const { as_of } = readQuery(request, asOfQuery);
  const userId = await resolveSubject(db, principal, params.user_id, "write");
  const one = await analyzeOne(db, userId, as_of);
  await storeAnalyses(db, [one], new Set(["drills"]));
  return Response.json({ as_of: one.asOf, ...one.analysis.drills });
});
