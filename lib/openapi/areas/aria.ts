import { z } from "zod";
import { messageText } from "@/lib/aria/chat";
import { conversationResponse, messageResponse } from "@/lib/aria/responses";
import { uuidField } from "@/lib/core/validation";
import { area, body, json, operation } from "@/lib/openapi/operation";

/** The body of `POST /api/v1/aria/ask`, as its route parses it. */
const askInput = z.object({
  message: messageText.meta({ examples: ["Can I race on Saturday with my hamstring?"] }),
  session_id: uuidField
    .optional()
    .meta({ description: "The conversation to continue; the current one when left out." }),
});

const sessionIdPath = z.object({ session_id: z.uuid().meta({ description: "The conversation's id." }) });

export const aria = area(
  {
    name: "Aria",
    description: "Talking with Aria, who reads the athlete's data, and the conversations she remembers.",
  },
  {
    "/api/v1/aria/ask": {
      post: operation({
        id: "aria.ask",
        summary: "Ask Aria",
        description:
          "The reply streams as plain text. Aria remembers the last 5 messages of the past day of the conversation; " +
          "at most 20 messages a minute. A 503 means no model could answer (the message is saved).",
        access: "athlete",
        body: askInput,
        example: { message: "Can I race on Saturday with my hamstring?" },
        responses: {
          200: body("Aria's reply, streamed as it is written.", "text/plain; charset=utf-8", {
            "x-aria-session-id": z.uuid().meta({ description: "The conversation, to pass back as `session_id`." }),
          }),
        },
        errors: [404, 429],
      }),
    },
    "/api/v1/aria/sessions": {
      get: operation({
        id: "aria.sessions.list",
        summary: "List conversations",
        access: "athlete",
        responses: {
          200: json(
            "The conversations, the latest active first.",
            z.object({ sessions: z.array(conversationResponse) }),
          ),
        },
      }),
    },
    "/api/v1/aria/sessions/{session_id}/messages": {
      get: operation({
        id: "aria.sessions.messages",
        summary: "A conversation's messages",
        description: "Another athlete's conversation is a 403.",
        access: "athlete",
        path: sessionIdPath,
        responses: { 200: json("The messages, oldest first.", z.object({ messages: z.array(messageResponse) })) },
        errors: [404],
      }),
    },
  },
);
