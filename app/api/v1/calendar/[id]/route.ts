import { deleteEvent, updateEvent } from "@/lib/calendar/events";
import { calendarEventUpdate } from "@/lib/calendar/schemas";
import { errors } from "@/lib/core/errors";
import { uuidField } from "@/lib/core/validation";
import { apiRoute, noContent } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";

type Params = { id: string };

function eventId(params: Params): string {
  if (!uuidField.safeParse(params.id).success) throw errors.notFound("event");
  return params.id;
}

export const PATCH = apiRoute<Params>(
  "calendar.update",
  async ({ request, params, db, principal }) => {
    const id = eventId(params);
    const input = await readJson(request, calendarEventUpdate);
    return Response.json({ event: await updateEvent(db, principal.userId, id, input) });
  },
  { role: "athlete" },
);

export const DELETE = apiRoute<Params>(
  "calendar.delete",
  async ({ params, db, principal }) => {
    await deleteEvent(db, principal.userId, eventId(params));
    return noContent();
  },
  { role: "athlete" },
);
