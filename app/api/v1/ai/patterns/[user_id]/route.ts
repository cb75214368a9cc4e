import { resolveSubject } from "@/lib/auth/access";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";
import { analyzeOne, asOfQuery } from "@/lib/insights/one";

export const GET = apiRoute<{ user_id: string }>("ai.patterns", async ({ request, params, db, principal }) => {
  const { as_of } = readQuery(request, asOfQuery);
  const userId = await resolveSubject(db, principal, params.user_id, "read");
  const { asOf, analysis } = await analyzeOne(db, userId, as_of);
  return Response.json({ as_of: asOf, ...analysis.patterns });
});
