import { revokeInvite } from "@/lib/coach/links";
import { apiRoute, noContent } from "@/lib/http/api-route";

export const DELETE = apiRoute<{ code: string }>(
  "coach.invites.revoke",
  async ({ params, db, principal }) => {
    await revokeInvite(db, principal.userId, params.code);
    return noContent();
  },
  { role: "coach" },
);
