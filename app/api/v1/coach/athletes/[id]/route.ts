import { unlink } from "@/lib/coach/links";
import { apiRoute, noContent } from "@/lib/http/api-route";
import { errors } from "@/lib/http/errors";
import { uuidField } from "@/lib/validation";

export const DELETE = apiRoute<{ id: string }>(
  "coach.athletes.unlink",
  async ({ params, db, principal }) => {
    if (!uuidField.safeParse(params.id).success) throw errors.notFound("athlete");
    await unlink(db, principal.userId, params.id);
    return noContent();
  },
  { role: "coach" },
);
