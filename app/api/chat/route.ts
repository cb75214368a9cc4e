import { z } from "zod";
import { awaitFirstOutput, sessionHeaders, startChatTurn, UNAVAILABLE_MESSAGE } from "@/lib/aria/chat";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";

/**
 * The browser chat (`useChat`): `{ id?, messages: UIMessage[] }`, the last message being the new one. Only that
 * message is read; the history the model sees comes from Aria's memory (lib/aria/memory.ts). Answers with the AI SDK
 * UI message stream and the `X-Aria-Session-Id` header. Errors keep the API's JSON shape (apiRoute).
 */

const chatBody = z.object({
  id: z.string().trim().max(100).optional(),
  messages: z
    .array(
      z.looseObject({
        role: z.enum(["user", "assistant", "system"]),
        parts: z.array(z.looseObject({ type: z.string(), text: z.string().optional() })),
      }),
      { error: "must be a list of messages" },
    )
    .min(1, "must hold the new message"),
});

export const POST = apiRoute(
  "chat",
  async ({ request, db, principal }) => {
    const body = await readJson(request, chatBody);
    const last = body.messages[body.messages.length - 1]!;
    const text =
      last.role === "user" ? last.parts.flatMap((p) => (p.type === "text" && p.text ? [p.text] : [])).join("\n") : "";
    const turn = await startChatTurn(db, principal, { text, sessionId: body.id, createIfMissing: true });
    await awaitFirstOutput(turn);
    return turn.result.toUIMessageStreamResponse({
      headers: sessionHeaders(turn.conversation),
      onError: () => UNAVAILABLE_MESSAGE,
    });
  },
  { role: "athlete" },
);
