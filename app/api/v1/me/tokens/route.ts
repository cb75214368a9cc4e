import { createTokenInput } from "@/lib/accounts/schemas";
import { createApiToken, listApiTokens } from "@/lib/auth/tokens";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";

export const GET = apiRoute("me.tokens.list", async ({ db, principal }) =>
  Response.json({ tokens: await listApiTokens(db, principal.userId) }),
);

export const POST = apiRoute(
  "me.tokens.create",
  async ({ request, db, principal }) => {
    const { name } = await readJson(request, createTokenInput);
    return created(await createApiToken(db, principal.userId, name));
  },
  { sessionOnly: true },
);
