import { resolveSubject } from "@/lib/auth/access";
import { createEvent, listEvents } from "@/lib/calendar/events";
import { calendarEventInput } from "@/lib/calendar/schemas";
import { subjectListQuery } from "@/lib/core/validation";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson, readQuery } from "@/lib/http/route";

export const GET = apiRoute("calendar.list", async ({ request, db, principal }) => {
  const query = readQuery(request, subjectListQuery);
  const userId = await resolveSubject(db, principal, query.user_id ?? "me", "read");
  return Response.json({ events: await listEvents(db, userId, query) });
});

export const POST = apiRoute(
  "calendar.create",
  async ({ request, db, principal }) => {
    const input = await readJson(request, calendarEventInput);
    return created({ event: await createEvent(db, principal.userId, input) });
  },
  { role: "athlete" },
);
