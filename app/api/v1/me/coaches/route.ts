import { listCoaches } from "@/lib/coach/links";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(
  "me.coaches.list",
  async ({ db, principal }) => Response.json({ coaches: await listCoaches(db, principal.userId) }),
  { role: "athlete" },
);
