import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { updateInjuryInput } from "@/lib/injuries/schemas";
import { updateInjury } from "@/lib/injuries/service";

export const PATCH = apiRoute<{ id: string }>(
  "injuries.update",
  async ({ request, params, db, principal }) => {
    const patch = await readJson(request, updateInjuryInput);
    return Response.json({ injury: await updateInjury(db, principal, params.id, patch) });
  },
  { role: "athlete" },
);
