import { resolveSubject } from "@/lib/auth/access";
import { subjectListQuery } from "@/lib/core/validation";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson, readQuery } from "@/lib/http/route";
import { createNutritionLog, listNutrition } from "@/lib/nutrition/logs";
import { nutritionInput } from "@/lib/nutrition/schemas";

export const GET = apiRoute("nutrition.list", async ({ request, db, principal }) => {
  const query = readQuery(request, subjectListQuery);
  const userId = await resolveSubject(db, principal, query.user_id ?? "me", "read");
  return Response.json(await listNutrition(db, userId, query));
});

export const POST = apiRoute(
  "nutrition.create",
  async ({ request, db, principal }) => {
    const input = await readJson(request, nutritionInput);
    return created({ log: await createNutritionLog(db, principal.userId, input) });
  },
  { role: "athlete" },
);
