import { z } from "zod";
import { createApiToken, listApiTokens } from "@/lib/auth/tokens";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";

const createTokenInput = z.object({
  name: z.string({ error: "is required" }).trim().min(1, "is required").max(60, "must be at most 60 characters"),
});

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
