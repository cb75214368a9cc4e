import { updateGoalInput } from "@/lib/goals/schemas";
import { deleteGoal, updateGoal } from "@/lib/goals/service";
import { apiRoute, noContent } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";

export const PATCH = apiRoute<{ id: string }>(
  "goals.update",
  async ({ request, params, db, principal }) => {
    const patch = await readJson(request, updateGoalInput);
    return Response.json({ goal: await updateGoal(db, principal, params.id, patch) });
  },
  { role: "athlete" },
);

export const DELETE = apiRoute<{ id: string }>(
  "goals.delete",
  async ({ params, db, principal }) => {
    await deleteGoal(db, principal.userId, params.id);
    return noContent();
  },
  { role: "athlete" },
);
