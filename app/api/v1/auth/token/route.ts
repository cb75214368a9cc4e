import { tokenRequestInput } from "@/lib/accounts/schemas";
import { verifyCredentials } from "@/lib/accounts/users";
import { createApiToken } from "@/lib/auth/tokens";
import { errors } from "@/lib/core/errors";
import { created, publicApiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { clientAddress, enforceRateLimit } from "@/lib/rate-limit";

export const POST = publicApiRoute("auth.token", async ({ request, db }) => {
  const input = await readJson(request, tokenRequestInput);
  await enforceRateLimit("token", `${clientAddress(request.headers)}:${input.email}`);
  const user = await verifyCredentials(db, input.email, input.password);
  if (!user) throw errors.unauthorized("The e-mail address or password is not right.");
  const { token, expires_at } = await createApiToken(db, user.id, input.token_name ?? "API token");
  return created({ token, expires_at });
});
