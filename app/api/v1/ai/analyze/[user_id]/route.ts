import { resolveSubject } from "@/lib/auth/access";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";
import { storeAnalyses } from "@/lib/insights/analyze";
import { analyzeOne, asOfQuery } from "@/lib/insights/one";
import { byPriority, toSuggestionDto } from "@/lib/insights/suggestions";

export const POST = apiRoute<{ user_id: string }>("ai.analyze", async ({ request, params, db, principal }) => {
  const { as_of } = readQuery(request, asOfQuery);
  const userId = await resolveSubject(db, principal, params.user_id, "write");
  const one = await analyzeOne(db, userId, as_of);
  const stored = await storeAnalyses(db, [one], new Set(["suggestions", "drills", "goals", "check_ins", "patterns"]));
  return Response.json({
    as_of: one.asOf,
    suggestions: (stored.suggestions.get(userId) ?? []).sort(byPriority).map(toSuggestionDto),
    patterns: one.analysis.patterns,
    drills: one.analysis.drills,
    goals: one.analysis.goals,
    check_ins: (stored.checkIns.get(userId) ?? []).map((c) => ({
      id: c.id,
      type: c.type,
      scheduled_for: c.scheduledFor.toISOString(),
    })),
  });
});
