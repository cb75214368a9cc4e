import { resolveSubject } from "@/lib/auth/access";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";
import { storeAnalyses } from "@/lib/insights/analyze";
import { analyzeOne, asOfQuery } from "@/lib/insights/one";

export const POST = apiRoute<{ user_id: string }>("ai.goals.analyze", async ({ request, params, db, principal }) => {
  const { as_of } = readQuery(request, asOfQuery);
  const userId = await resolveSubject(db, principal, params.user_id, "write");
  const one = await analyzeOne(db, userId, as_of);
  const stored = await storeAnalyses(db, [one], new Set(["goals"]));
  return Response.json({
    as_of: one.asOf,
    goals: one.analysis.goals.goals,
    // Only what this call awarded: running it again awards nothing.
    new_achievements: stored.newAchievements.map((a) => ({
      goal_id: a.goalId,
      milestone: a.milestone,
      awarded_at: a.awardedAt.toISOString(),
    })),
  });
});
