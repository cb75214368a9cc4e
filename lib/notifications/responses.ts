import { z } from "zod";
import { CHECK_IN_TYPES } from "@/lib/core/domain";

/** Check-ins and the notification feed as the API answers them (`toCheckInDto`, `toNotificationDto`). */

export const checkInResponse = z
  .object({
    id: z.uuid(),
    type: z.enum(CHECK_IN_TYPES),
    status: z.enum(["scheduled", "answered", "skipped"]),
    scheduled_for: z.iso.datetime(),
    prompt: z.string(),
    response: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({ description: "The answer, in the form of the check-in's type (see the respond operation)." }),
    answered_at: z.iso.datetime().nullable(),
  })
  .meta({
    id: "CheckIn",
    examples: [
      {
        id: "5e8a1d3c-4b7f-42a9-9d06-3c1e7b5f8a24",
        type: "injury_status",
        status: "answered",
        scheduled_for: "2026-03-13T12:00:00.000Z",
        prompt: "How is your injury today? Rate the pain from 0 (none) to 10.",
        response: { pain: 4, note: "Tight on the stretch, fine walking" },
        answered_at: "2026-03-13T12:41:09.000Z",
      },
    ],
  });
export type CheckInResponse = z.infer<typeof checkInResponse>;

const notificationResponse = z
  .object({
    id: z.uuid(),
    kind: z.enum(["check_in", "suggestion", "achievement", "coach_note", "system"]),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable().meta({ description: "The app page it is about, e.g. /dashboard." }),
    read_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({
    id: "Notification",
    examples: [
      {
        id: "e2c7b9a4-1f5d-4c83-a6e0-9b4d2f7c1e58",
        kind: "suggestion",
        title: "Stop sprinting on the injured hamstring",
        body: "You logged max velocity work 4 days after a hamstring strain. Switch to pain-free work until it settles.",
        link: "/dashboard",
        read_at: null,
        created_at: "2026-03-13T06:00:12.000Z",
      },
    ],
  });
export type NotificationResponse = z.infer<typeof notificationResponse>;

/** `GET /api/v1/notifications`. */
export const notificationFeedResponse = z.object({
  check_ins: z.array(checkInResponse).meta({ description: "Check-ins due now (scheduled in the last week)." }),
  notifications: z.array(notificationResponse).meta({ description: "The latest 50, newest first." }),
  unread: z.int().min(0).meta({ description: "Every unread notification, not only those listed." }),
});

/** `POST /api/v1/notifications/read`. */
export const markReadResponse = z.object({
  marked: z.int().min(0),
  unread: z.int().min(0),
});
