import { profileUpdateInput } from "@/lib/accounts/schemas";
import { updateProfile } from "@/lib/accounts/users";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";

export const PUT = apiRoute("me.profile.update", async ({ request, db, principal }) => {
  const input = await readJson(request, profileUpdateInput);
  return Response.json(await updateProfile(db, { id: principal.userId, role: principal.role }, input));
});
