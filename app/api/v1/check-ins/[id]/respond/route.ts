import { z } from "zod";
import { errors } from "@/lib/core/errors";
import { uuidField } from "@/lib/core/validation";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { respondToCheckIn } from "@/lib/notifications/check-ins";

/** The body's shape depends on the check-in's type, so it is validated by the service once the check-in is found. */
export const POST = apiRoute<{ id: string }>(
  "check-ins.respond",
  async ({ request, params, db, principal }) => {
    if (!uuidField.safeParse(params.id).success) throw errors.notFound("check-in");
    const body = await readJson(request, z.unknown());
    return Response.json({ check_in: await respondToCheckIn(db, principal.userId, params.id, body) });
  },
  { role: "athlete" },
);
