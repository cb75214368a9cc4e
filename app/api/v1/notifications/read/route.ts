import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/route";
import { markNotificationsRead } from "@/lib/notifications/notifications";
import { markReadInput } from "@/lib/notifications/schemas";

export const POST = apiRoute("notifications.read", async ({ request, db, principal }) => {
  const input = await readJson(request, markReadInput);
  return Response.json(await markNotificationsRead(db, principal.userId, input));
});
