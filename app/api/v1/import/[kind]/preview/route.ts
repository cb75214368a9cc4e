import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { previewImport } from "@/lib/imports";
import { importBody, importKind } from "@/lib/imports/schemas";

/** Checks a file row by row and stores nothing. */
export const POST = apiRoute<{ kind: string }>(
  "import.preview",
  async ({ request, params, db, principal }) => {
    const kind = importKind(params.kind);
    const { csv } = await readJson(request, importBody);
    return Response.json(await previewImport(db, principal, kind, csv));
  },
  { role: "athlete" },
);
