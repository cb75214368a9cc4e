import { apiRoute, created } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { commitImport } from "@/lib/imports";
import { importBody, importKind } from "@/lib/imports/schemas";

/** Stores every row of a valid file in one transaction; a file with any bad row stores nothing. */
export const POST = apiRoute<{ kind: string }>(
  "import.commit",
  async ({ request, params, db, principal }) => {
    const kind = importKind(params.kind);
    const { csv } = await readJson(request, importBody);
    return created(await commitImport(db, principal, kind, csv));
  },
  { role: "athlete" },
);
