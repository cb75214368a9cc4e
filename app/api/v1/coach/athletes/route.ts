import { squadRoster } from "@/lib/coach/roster";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute(
  "coach.athletes.list",
  async ({ db, principal }) => Response.json({ athletes: await squadRoster(db, principal.userId) }),
  { role: "coach" },
);
