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
