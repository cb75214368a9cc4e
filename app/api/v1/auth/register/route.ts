import { registerInput } from "@/lib/accounts/schemas";
import { registerUser } from "@/lib/accounts/users";
import { created, publicApiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { clientAddress, enforceAddressLimit } from "@/lib/rate-limit";

export const POST = publicApiRoute("auth.register", async ({ request, db }) => {
  await enforceAddressLimit("register", clientAddress(request.headers));
  const input = await readJson(request, registerInput);
  return created({ user: await registerUser(db, input) });
});
