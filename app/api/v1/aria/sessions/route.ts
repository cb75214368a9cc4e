import { listConversations } from "@/lib/aria/memory";
import { apiRoute } from "@/lib/http/api-route";

/** `GET /api/v1/aria/sessions` → `{sessions: [{session_id, title, created_at, updated_at}]}`, latest first. */
export const GET = apiRoute(
  "aria.sessions.list",
  async ({ db, principal }) => Response.json({ sessions: await listConversations(db, principal.userId) }),
  { role: "athlete" },
);
