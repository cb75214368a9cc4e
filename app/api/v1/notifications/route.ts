import { apiRoute } from "@/lib/http/api-route";
import { notificationFeed } from "@/lib/notifications/notifications";

export const GET = apiRoute("notifications.list", async ({ db, principal }) =>
  Response.json(await notificationFeed(db, principal.userId)),
);
