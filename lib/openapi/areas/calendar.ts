import { z } from "zod";
import { eventResponse } from "@/lib/calendar/responses";
import { calendarEventInput, calendarEventUpdate } from "@/lib/calendar/schemas";
import { subjectListQuery } from "@/lib/core/validation";
import { area, idPath, json, noContent, operation } from "@/lib/openapi/operation";

const event = z.object({ event: eventResponse });

export const calendar = area(
  {
    name: "Calendar",
    description:
      "Competitions, training camps and rest days. `start` and `end` take a date (all day) or a date and time with a zone.",
  },
  {
    "/api/v1/calendar": {
      get: operation({
        id: "calendar.list",
        summary: "List events",
        description: "Events that overlap the days `from`…`to` (UTC), in order of start.",
        access: "signedIn",
        query: subjectListQuery,
        responses: { 200: json("The events.", z.object({ events: z.array(eventResponse) })) },
        errors: [403],
      }),
      post: operation({
        id: "calendar.create",
        summary: "Add an event",
        access: "athlete",
        body: calendarEventInput,
        example: {
          title: "State Championships 100 m",
          type: "competition",
          start: "2027-04-17",
          end: "2027-04-18",
          location: "Franklin Field",
        },
        responses: { 201: json("The event.", event) },
      }),
    },
    "/api/v1/calendar/{id}": {
      patch: operation({
        id: "calendar.update",
        summary: "Change an event",
        description: "Any of the fields; `end: null` makes it open-ended.",
        access: "athlete",
        path: idPath("event"),
        body: calendarEventUpdate,
        example: { start: "2027-04-17T09:30:00-04:00" },
        responses: { 200: json("The event as it now is.", event) },
        errors: [404],
      }),
      delete: operation({
        id: "calendar.delete",
        summary: "Delete an event",
        access: "athlete",
        path: idPath("event"),
        responses: { 204: noContent("Deleted.") },
        errors: [404],
      }),
    },
  },
);
