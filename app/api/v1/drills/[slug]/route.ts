import { getDrill } from "@/lib/content/drills";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ slug: string }>("drills.get", async ({ params, db }) =>
  Response.json({ drill: await getDrill(db, params.slug) }),
);
