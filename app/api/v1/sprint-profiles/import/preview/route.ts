import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { previewSplitImport, splitImportBody } from "@/lib/sprint-profiles/csv-import";

/** `POST /api/v1/sprint-profiles/import/preview`: reads a timing system's file, fits every row, stores nothing. */
export const POST = apiRoute(
  "sprint_profiles.import_preview",
  async ({ request }) => Response.json(previewSplitImport(await readJson(request, splitImportBody))),
  { role: "athlete" },
);
