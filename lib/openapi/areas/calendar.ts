import { z } from "zod";
import { calendarFeedStatusResponse, createdCalendarFeedResponse, eventResponse } from "@/lib/calendar/responses";
import { calendarEventInput, calendarEventUpdate } from "@/lib/calendar/schemas";
import { subjectListQuery } from "@/lib/core/validation";
import { area, body, idPath, json, noContent, operation } from "@/lib/openapi/operation";

const event = z.object({ event: eventResponse });

export const calendar = area(
  {
    name: "Calendar",
    description:
      "Competitions, training camps and rest days. `start` and `end` take a date (all day) or a date and time with a " +
      "zone. An athlete's private calendar feed puts their plan and competitions in a phone's calendar.",
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
    "/api/v1/calendar/feed/{token}": {
      get: operation({
        id: "calendar.feed",
        summary: "An athlete's calendar feed",
        description:
          "iCalendar (RFC 5545) for a calendar app to subscribe to: the athlete's planned sessions from 4 weeks back to " +
          "12 weeks ahead as all-day events, and their competitions. The token in the path is the credential; an " +
          "unknown or revoked one is a 404. Calendar apps are asked to fetch it again every hour.",
        access: "public",
        path: z.object({
          token: z.string().meta({
            description: "The feed's token, from `POST /api/v1/me/calendar-feed`.",
            examples: ["aria_cal_Vq3…"],
          }),
        }),
        responses: {
          200: body("The feed.", "text/calendar; charset=utf-8", {
            "cache-control": z.string().meta({ examples: ["private, max-age=300"] }),
          }),
        },
        errors: [404, 429],
      }),
    },
    "/api/v1/me/calendar-feed": {
      get: operation({
        id: "me.calendar_feed.get",
        summary: "The calendar feed's status",
        description: "Whether the athlete has a live feed, when it was made and when a calendar last fetched it.",
        access: "athlete",
        responses: { 200: json("The feed, never its token.", calendarFeedStatusResponse) },
      }),
      post: operation({
        id: "me.calendar_feed.create",
        summary: "Make a calendar feed link",
        description:
          "A new private feed URL; it replaces any earlier one, whose link stops working at once. Athletes only.",
        access: "session",
        responses: { 201: json("The link, shown only this once.", createdCalendarFeedResponse) },
      }),
      delete: operation({
        id: "me.calendar_feed.revoke",
        summary: "Revoke the calendar feed",
        description: "The link stops working at once. Athletes only.",
        access: "session",
        responses: { 204: noContent("Revoked.") },
        errors: [404],
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
