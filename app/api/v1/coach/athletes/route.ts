import { squadRoster } from "@/lib/coach/roster";
import { arrangeRoster, rosterQuery } from "@/lib/coach/roster-view";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";

export const GET = apiRoute(
  "coach.athletes.list",
  async ({ request, db, principal }) => {
    const { sort, filter, q } = readQuery(request, rosterQuery);
    const athletes = arrangeRoster(await squadRoster(db, principal.userId), { sort, filter, query: q });
    return Response.json({ athletes });
  },
  { role: "coach" },
);
