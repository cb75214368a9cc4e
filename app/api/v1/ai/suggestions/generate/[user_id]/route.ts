import { resolveSubject } from "@/lib/auth/access";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";
import { storeAnalyses } from "@/lib/insights/analyze";
import { analyzeOne, asOfQuery } from "@/lib/insights/one";
import { byPriority, toSuggestionDto } from "@/lib/insights/suggestions";

export const POST = apiRoute<{ user_id: string }>(
  "ai.suggestions.generate",
  async ({ request, params, db, principal }) => {
    const { as_of } = readQuery(request, asOfQuery);
    const userId = await resolveSubject(db, principal, params.user_id, "write");
    const stored = await storeAnalyses(db, [await analyzeOne(db, userId, as_of)], new Set(["suggestions"]));
    return Response.json({ suggestions: (stored.suggestions.get(userId) ?? []).sort(byPriority).map(toSuggestionDto) });
  },
);
