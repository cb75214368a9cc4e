import { z } from "zod";
import { CALENDAR_EVENT_TYPES } from "@/lib/core/domain";

/** A calendar event as the API answers it (`toEventDto`). */

export const eventResponse = z
  .object({
    id: z.uuid(),
    title: z.string(),
    type: z.enum(CALENDAR_EVENT_TYPES),
    start: z.iso.datetime().meta({ description: "An all-day event starts at 00:00 UTC of its day." }),
    end: z.iso.datetime().nullable(),
    location: z.string().nullable(),
    notes: z.string().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({
    id: "CalendarEvent",
    examples: [
      {
        id: "b4e2d6a1-9c3f-4f58-8e0b-7a1d2c5e9f36",
        title: "State Championships 100 m",
        type: "competition",
        start: "2026-04-18T00:00:00.000Z",
        end: "2026-04-19T00:00:00.000Z",
        location: "Franklin Field",
        notes: "Heats Saturday morning, final Sunday",
        created_at: "2026-03-02T18:40:12.000Z",
      },
    ],
  });
export type EventResponse = z.infer<typeof eventResponse>;

/** The athlete's calendar feed, never its token (`feedStatus`). */
export const calendarFeedStatusResponse = z
  .object({
    exists: z.boolean(),
    created_at: z.iso.datetime().nullable(),
    last_used_at: z.iso
      .datetime()
      .nullable()
      .meta({ description: "When a calendar last fetched it (recorded at most once an hour)." }),
  })
  .meta({
    id: "CalendarFeedStatus",
    examples: [{ exists: true, created_at: "2026-12-01T09:12:40.000Z", last_used_at: "2026-12-02T21:00:03.000Z" }],
  });
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusResponse>;

export interface CreatedCalendarFeed {
  token: string;
  created_at: string;
}

/** A new feed (`createFeed`, with the URL the route builds): shown only this once. */
export const createdCalendarFeedResponse = z
  .object({
    url: z.url().meta({ description: "The feed's private address: subscribe to it in a calendar app." }),
    token: z.string().meta({ description: "The secret in the URL. Aria keeps only its hash." }),
    created_at: z.iso.datetime(),
  })
  .meta({
    id: "CreatedCalendarFeed",
    examples: [
      {
        url: "https://aria.example/api/v1/calendar/feed/aria_cal_Vq3…",
        token: "aria_cal_Vq3…",
        created_at: "2026-12-01T09:12:40.000Z",
      },
    ],
  });
