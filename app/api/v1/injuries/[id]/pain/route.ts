import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { painLogInput } from "@/lib/injuries/schemas";
import { addPainLog } from "@/lib/injuries/service";

export const POST = apiRoute<{ id: string }>(
  "injuries.pain.create",
  async ({ request, params, db, principal }) => {
    const input = await readJson(request, painLogInput);
    return created({ pain_log: await addPainLog(db, principal, params.id, input) });
  },
  { role: "athlete" },
);
