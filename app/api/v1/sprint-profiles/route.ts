import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { sprintProfileInput } from "@/lib/sprint-profiles/schemas";
import { createSprintProfile } from "@/lib/sprint-profiles/service";

/** `POST /api/v1/sprint-profiles`: an athlete stores one sprint's split times; the model is fitted and kept with them. */
export const POST = apiRoute(
  "sprint_profiles.create",
  async ({ request, db, principal }) => {
    const input = await readJson(request, sprintProfileInput);
    return created({ profile: await createSprintProfile(db, principal.userId, input) });
  },
  { role: "athlete" },
);
