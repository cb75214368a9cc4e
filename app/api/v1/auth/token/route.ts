import { tokenRequestInput } from "@/lib/accounts/schemas";
import { verifyCredentials } from "@/lib/accounts/users";
import { createApiToken } from "@/lib/auth/tokens";
import { errors } from "@/lib/core/errors";
import { created, publicApiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { beginCredentialAttempt, clientAddress } from "@/lib/rate-limit";

export const POST = publicApiRoute("auth.token", async ({ request, db }) => {
  const input = await readJson(request, tokenRequestInput);
  const attempt = await beginCredentialAttempt("token", input.email, clientAddress(request.headers));
  if (!attempt.allowed) throw errors.rateLimited(attempt.retryAfterSeconds);
  const user = await verifyCredentials(db, input.email, input.password);
  await attempt.settle(user !== null);
  if (!user) throw errors.unauthorized("The e-mail address or password is not right.");
  const { token, expires_at } = await createApiToken(db, user.id, input.token_name ?? "API token");
  return created({ token, expires_at });
});
