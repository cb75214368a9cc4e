import { goalProgressInput } from "@/lib/goals/schemas";
import { recordGoalProgress } from "@/lib/goals/service";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";

export const PUT = apiRoute<{ id: string }>(
  "goals.progress",
  async ({ request, params, db, principal }) => {
    const input = await readJson(request, goalProgressInput);
    return Response.json(await recordGoalProgress(db, principal, params.id, input));
  },
  { role: "athlete" },
);
