import { createInvite, listInvites } from "@/lib/coach/links";
import { apiRoute, created } from "@/lib/http/api-route";

export const GET = apiRoute(
  "coach.invites.list",
  async ({ db, principal }) => Response.json({ invites: await listInvites(db, principal.userId) }),
  { role: "coach" },
);

export const POST = apiRoute(
  "coach.invites.create",
  async ({ db, principal }) => created(await createInvite(db, principal.userId)),
  { role: "coach" },
);
