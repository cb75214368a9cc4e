import { resolveSubject } from "@/lib/auth/access";
import { subjectListQuery } from "@/lib/core/validation";
import { apiRoute, created } from "@/lib/http/api-route";
import { readJson, readQuery } from "@/lib/http/route";
import { listWellness, logWellness } from "@/lib/wellness/logs";
import { wellnessInput } from "@/lib/wellness/schemas";

export const GET = apiRoute("wellness.list", async ({ request, db, principal }) => {
  const query = readQuery(request, subjectListQuery);
  const userId = await resolveSubject(db, principal, query.user_id ?? "me", "read");
  return Response.json({ wellness: await listWellness(db, userId, query) });
});

/** 201 for a new day; 200 when the day's log is replaced. */
export const POST = apiRoute(
  "wellness.log",
  async ({ request, db, principal }) => {
    const input = await readJson(request, wellnessInput);
    const { wellness, replaced } = await logWellness(db, principal.userId, input);
    return replaced ? Response.json({ wellness }) : created({ wellness });
  },
  { role: "athlete" },
);
