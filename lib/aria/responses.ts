import { z } from "zod";

/** Aria's conversations as the API answers them (memory.ts). */

export const conversationResponse = z
  .object({
    session_id: z.uuid(),
    title: z.string(),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
  })
  .meta({
    id: "Conversation",
    examples: [
      {
        session_id: "d3a7f1c9-2e68-4b05-9a4d-7c1b3e8f5a26",
        title: "Can I race on Saturday with my hamstring?",
        created_at: "2026-03-12T18:30:02.000Z",
        updated_at: "2026-03-12T18:31:40.000Z",
      },
    ],
  });

export const messageResponse = z
  .object({
    role: z.enum(["user", "assistant", "system"]),
    content: z.string(),
    created_at: z.iso.datetime(),
    parts: z
      .array(z.unknown())
      .optional()
      .meta({ description: "AI SDK UI message parts, when Aria used a tool for the reply." }),
  })
  .meta({
    id: "ConversationMessage",
    examples: [
      { role: "user", content: "Can I race on Saturday with my hamstring?", created_at: "2026-03-12T18:30:02.000Z" },
      {
        role: "assistant",
        content:
          "Not this Saturday. Your pain went from 4 to 6 this week and you sprinted on it twice; racing now risks a worse tear.",
        created_at: "2026-03-12T18:30:05.000Z",
      },
    ],
  });
