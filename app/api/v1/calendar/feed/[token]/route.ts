import { feedByToken, renderFeed } from "@/lib/calendar/feed";
import { errors } from "@/lib/core/errors";
import { publicApiRoute } from "@/lib/http/api-route";
import { clientAddress, enforceAddressLimit } from "@/lib/rate-limit";

/** The athlete's calendar feed, for a calendar app: the token in the path is the credential (lib/calendar/feed.ts). */
export const GET = publicApiRoute<{ token: string }>("calendar.feed", async ({ params, db, request }) => {
  await enforceAddressLimit("calendarFeed", clientAddress(request.headers));
  const userId = await feedByToken(db, params.token);
  if (!userId) throw errors.notFound("calendar feed");
  return new Response(await renderFeed(db, userId), {
    headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, max-age=300" },
  });
});
