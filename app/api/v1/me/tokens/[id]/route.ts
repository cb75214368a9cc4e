import { revokeApiToken } from "@/lib/auth/tokens";
import { errors } from "@/lib/core/errors";
import { uuidField } from "@/lib/core/validation";
import { apiRoute, noContent } from "@/lib/http/api-route";

export const DELETE = apiRoute<{ id: string }>(
  "me.tokens.revoke",
  async ({ params, db, principal }) => {
    if (!uuidField.safeParse(params.id).success) throw errors.notFound("token");
    await revokeApiToken(db, principal.userId, params.id);
    return noContent();
  },
  { sessionOnly: true },
);
