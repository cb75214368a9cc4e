import { createFeed, feedStatus, revokeFeed } from "@/lib/calendar/feed";
import { env } from "@/lib/core/env";
import { apiRoute, created, noContent } from "@/lib/http/api-route";

/**
 * The athlete's private calendar feed: its status, a new link (which replaces the old; shown once) and revoking it.
 * Making and revoking need a browser session, as API tokens do: the answer holds a secret that must not be kept.
 */

/** The configured public origin, else the one this request was made to (never a forwarded host). */
function feedUrl(request: Request, token: string): string {
  return `${new URL(env().AUTH_URL ?? request.url).origin}/api/v1/calendar/feed/${token}`;
}

export const GET = apiRoute(
  "me.calendar_feed.get",
  async ({ db, principal }) => Response.json(await feedStatus(db, principal.userId)),
  { role: "athlete" },
);

export const POST = apiRoute(
  "me.calendar_feed.create",
  async ({ request, db, principal }) => {
    const feed = await createFeed(db, principal.userId);
    return created({ url: feedUrl(request, feed.token), ...feed });
  },
  { role: "athlete", sessionOnly: true },
);

export const DELETE = apiRoute(
  "me.calendar_feed.revoke",
  async ({ db, principal }) => {
    await revokeFeed(db, principal.userId);
    return noContent();
  },
  { role: "athlete", sessionOnly: true },
);
