import { errors } from "@/lib/core/errors";
import { uuidField } from "@/lib/core/validation";
import { apiRoute, noContent } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { sessionUpdate } from "@/lib/training/schemas";
import { deleteSession, getSession, updateSession } from "@/lib/training/sessions";

type Params = { id: string };

function sessionId(params: Params): string {
  if (!uuidField.safeParse(params.id).success) throw errors.notFound("session");
  return params.id;
}

export const GET = apiRoute<Params>("sessions.get", async ({ params, db, principal }) =>
  Response.json({ session: await getSession(db, principal.userId, sessionId(params)) }),
);

export const PATCH = apiRoute<Params>(
  "sessions.update",
  async ({ request, params, db, principal }) => {
    const id = sessionId(params);
    const input = await readJson(request, sessionUpdate);
    return Response.json({ session: await updateSession(db, principal.userId, id, input) });
  },
  { role: "athlete" },
);

export const DELETE = apiRoute<Params>(
  "sessions.delete",
  async ({ params, db, principal }) => {
    await deleteSession(db, principal.userId, sessionId(params));
    return noContent();
  },
  { role: "athlete" },
);
