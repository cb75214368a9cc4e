import { z } from "zod";
import { checkInResponse, markReadResponse, notificationFeedResponse } from "@/lib/notifications/responses";
import { checkInResponses, markReadInput } from "@/lib/notifications/schemas";
import { area, idPath, json, operation } from "@/lib/openapi/operation";

/** The answer's form depends on the check-in's type, so the body is one of the four forms. */
const checkInAnswer = z.union([
  checkInResponses.morning_motivation.meta({ title: "morning_motivation" }),
  checkInResponses.recovery_check.meta({ title: "recovery_check" }),
  checkInResponses.weekly_review.meta({ title: "weekly_review" }),
  checkInResponses.injury_status.meta({ title: "injury_status" }),
]);

export const notifications = area(
  {
    name: "Notifications",
    description: "The notification feed, and the check-ins Aria schedules (due ones are answered here).",
  },
  {
    "/api/v1/notifications": {
      get: operation({
        id: "notifications.list",
        summary: "The notification feed",
        access: "signedIn",
        responses: {
          200: json("Check-ins due now, the latest notifications and the unread count.", notificationFeedResponse),
        },
      }),
    },
    "/api/v1/notifications/read": {
      post: operation({
        id: "notifications.read",
        summary: "Mark notifications as read",
        description: "The ids given, or every one when `ids` is left out; ids that are not the caller's are ignored.",
        access: "signedIn",
        body: markReadInput,
        example: { ids: ["e2c7b9a4-1f5d-4c83-a6e0-9b4d2f7c1e58"] },
        responses: { 200: json("How many were marked, and how many are still unread.", markReadResponse) },
      }),
    },
    "/api/v1/check-ins/{id}/respond": {
      post: operation({
        id: "check-ins.respond",
        summary: "Answer a check-in",
        description:
          "The body is the form of the check-in's type: `morning_motivation` {mood 1–5}, `recovery_check` " +
          "{soreness 1–7, ready_to_train}, `weekly_review` {rating 1–5, highlight?, next_focus?}, `injury_status` " +
          "{pain 0–10}, each with an optional `note`. Answering twice is a 409.",
        access: "athlete",
        path: idPath("check-in"),
        body: checkInAnswer,
        example: { pain: 4, note: "Tight on the stretch, fine walking" },
        responses: { 200: json("The check-in, answered.", z.object({ check_in: checkInResponse })) },
        errors: [404, 409],
      }),
    },
  },
);
