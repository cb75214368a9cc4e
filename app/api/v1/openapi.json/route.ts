import { route } from "@/lib/http/route";
import { openApiDocument } from "@/lib/openapi/document";

/** The OpenAPI 3.1 document of /api/v1 (no auth). It needs no database, so it answers even while that is down. */
export const GET = route("openapi", async () =>
  Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } }),
);
