import { resolveSubject } from "@/lib/auth/access";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson, readQuery } from "@/lib/http/route";
import { createInjuryInput, injuriesQuery } from "@/lib/injuries/schemas";
import { createInjury, listInjuries } from "@/lib/injuries/service";

export const GET = apiRoute("injuries.list", async ({ request, db, principal }) => {
  const { user_id, ...query } = readQuery(request, injuriesQuery);
  const userId = await resolveSubject(db, principal, user_id, "read");
  return Response.json({ injuries: await listInjuries(db, userId, query) });
});

export const POST = apiRoute(
  "injuries.create",
  async ({ request, db, principal }) => {
    const input = await readJson(request, createInjuryInput);
    return created({ injury: await createInjury(db, principal, input) });
  },
  { role: "athlete" },
);
