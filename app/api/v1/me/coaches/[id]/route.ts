import { unlink } from "@/lib/coach/links";
import { errors } from "@/lib/core/errors";
import { uuidField } from "@/lib/core/validation";
import { apiRoute, noContent } from "@/lib/http/api-route";

export const DELETE = apiRoute<{ id: string }>(
  "me.coaches.unlink",
  async ({ params, db, principal }) => {
    if (!uuidField.safeParse(params.id).success) throw errors.notFound("coach");
    await unlink(db, params.id, principal.userId);
    return noContent();
  },
  { role: "athlete" },
);
