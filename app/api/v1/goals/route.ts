import { resolveSubject } from "@/lib/auth/access";
import { createGoalInput, goalsQuery } from "@/lib/goals/schemas";
import { createGoal, listGoals } from "@/lib/goals/service";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson, readQuery } from "@/lib/http/route";

export const GET = apiRoute("goals.list", async ({ request, db, principal }) => {
  const { user_id, ...query } = readQuery(request, goalsQuery);
  const userId = await resolveSubject(db, principal, user_id, "read");
  return Response.json({ goals: await listGoals(db, userId, query) });
});

export const POST = apiRoute(
  "goals.create",
  async ({ request, db, principal }) => {
    const input = await readJson(request, createGoalInput);
    return created({ goal: await createGoal(db, principal, input) });
  },
  { role: "athlete" },
);
