import { isoDate } from "@/lib/core/dates";
import { apiRoute } from "@/lib/http/api-route";
import { exportCsv } from "@/lib/imports";
import { importKind } from "@/lib/imports/schemas";

export const GET = apiRoute<{ kind: string }>(
  "export",
  async ({ params, db, principal }) => {
    const kind = importKind(params.kind);
    return new Response(await exportCsv(db, principal.userId, kind), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="aria-${kind}-${isoDate(new Date())}.csv"`,
      },
    });
  },
  { role: "athlete" },
);
