import { resolveSubject } from "@/lib/auth/access";
import { subjectListQuery } from "@/lib/core/validation";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson, readQuery } from "@/lib/http/route";
import { sessionInput } from "@/lib/training/schemas";
import { createSession, listSessions } from "@/lib/training/sessions";

export const GET = apiRoute("sessions.list", async ({ request, db, principal }) => {
  const query = readQuery(request, subjectListQuery);
  const userId = await resolveSubject(db, principal, query.user_id ?? "me", "read");
  return Response.json({ sessions: await listSessions(db, userId, query) });
});

export const POST = apiRoute(
  "sessions.create",
  async ({ request, db, principal }) => {
    const input = await readJson(request, sessionInput);
    return created({ session: await createSession(db, principal.userId, input) });
  },
  { role: "athlete" },
);
