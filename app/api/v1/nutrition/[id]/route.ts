import { errors } from "@/lib/core/errors";
import { uuidField } from "@/lib/core/validation";
import { apiRoute, noContent } from "@/lib/http/api-route";
import { deleteNutritionLog } from "@/lib/nutrition/logs";

export const DELETE = apiRoute<{ id: string }>(
  "nutrition.delete",
  async ({ params, db, principal }) => {
    if (!uuidField.safeParse(params.id).success) throw errors.notFound("nutrition log");
    await deleteNutritionLog(db, principal.userId, params.id);
    return noContent();
  },
  { role: "athlete" },
);
