import { messagesOf } from "@/lib/aria/memory";
import { apiRoute } from "@/lib/http/api-route";

/** `GET /api/v1/aria/sessions/{session_id}/messages` → `{messages: [{role, content, created_at, parts?}]}`, oldest first. */
export const GET = apiRoute<{ session_id: string }>(
  "aria.sessions.messages",
  async ({ params, db, principal }) =>
    Response.json({ messages: await messagesOf(db, principal.userId, params.session_id) }),
  { role: "athlete" },
);
