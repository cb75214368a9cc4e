import { apiRoute, noContent } from "@/lib/http/api-route";
import { errors } from "@/lib/http/errors";
import { deleteNutritionLog } from "@/lib/nutrition/logs";
import { uuidField } from "@/lib/validation";

export const DELETE = apiRoute<{ id: string }>(
  "nutrition.delete",
  async ({ params, db, principal }) => {
    if (!uuidField.safeParse(params.id).success) throw errors.notFound("nutrition log");
    await deleteNutritionLog(db, principal.userId, params.id);
    return noContent();
  },
  { role: "athlete" },
);
