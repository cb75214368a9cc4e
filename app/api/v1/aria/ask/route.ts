import { z } from "zod";
import { awaitFirstOutput, messageText, sessionHeaders, startChatTurn } from "@/lib/aria/chat";
import { uuidField } from "@/lib/core/validation";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";

/** `POST /api/v1/aria/ask` `{message, session_id?}` → the reply as streamed text/plain, with `X-Aria-Session-Id`. */

const askBody = z.object({
  message: messageText,
  session_id: uuidField.optional(),
});

export const POST = apiRoute(
  "aria.ask",
  async ({ request, db, principal }) => {
    const body = await readJson(request, askBody);
    const turn = await startChatTurn(db, principal, { text: body.message, sessionId: body.session_id });
    await awaitFirstOutput(turn);
    return turn.result.toTextStreamResponse({ headers: sessionHeaders(turn.conversation) });
  },
  { role: "athlete" },
);
