import { listDrills } from "@/lib/content/drills";
import { drillsQuery } from "@/lib/content/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/route";

export const GET = apiRoute("drills.list", async ({ request, db }) =>
  Response.json({ drills: await listDrills(db, readQuery(request, drillsQuery)) }),
);
