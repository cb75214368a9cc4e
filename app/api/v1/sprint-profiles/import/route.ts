import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { acceptedSplitImport, splitImportBody } from "@/lib/sprint-profiles/csv-import";
import { insertSprintProfiles } from "@/lib/sprint-profiles/service";

/** `POST /api/v1/sprint-profiles/import`: every row of the file stored as a profile, or none. */
export const POST = apiRoute(
  "sprint_profiles.import",
  async ({ request, db, principal }) => {
    const inputs = acceptedSplitImport(await readJson(request, splitImportBody));
    return created({ profiles: await insertSprintProfiles(db, principal.userId, inputs) });
  },
  { role: "athlete" },
);
