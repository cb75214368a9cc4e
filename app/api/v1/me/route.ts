import { getAccount } from "@/lib/accounts/users";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute("me.get", async ({ db, principal }) =>
  Response.json(await getAccount(db, principal.userId)),
);
