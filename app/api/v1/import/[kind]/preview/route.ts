import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { previewImport } from "@/lib/imports";
import { importBody, importKind } from "@/lib/imports/schemas";

/** Checks a file row by row and stores nothing. */
export const POST = apiRoute<{ kind: string }>(
  "import.preview",
  async ({ request, params }) => {
    const kind = importKind(params.kind);
    const { csv } = await readJson(request, importBody);
    const { parsed: _stored, ...preview } = previewImport(kind, csv);
    return Response.json(preview);
  },
  { role: "athlete" },
);
