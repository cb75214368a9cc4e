import { createFeed } from "@/lib/calendar/feed";
import { all, athletesOnly, type MatrixRow } from "@/scripts/test/authorization";

export const rows: MatrixRow[] = [
  // The token in the path is the credential: whoever holds it reads the feed, signed in or not, as a phone does.
  {
    method: "GET",
    path: "calendar/feed/[token]",
    params: async (w) => ({ token: (await createFeed(w.db, w.athlete.id)).token }),
    expect: all(200),
  },
  { method: "GET", path: "me/calendar-feed", expect: athletesOnly(200) },
  { method: "POST", path: "me/calendar-feed", auth: "session", expect: athletesOnly(201) },
  {
    method: "DELETE",
    path: "me/calendar-feed",
    auth: "session",
    params: async (w, actor) => {
      if (actor === "athlete" || actor === "otherAthlete") await createFeed(w.db, w[actor].id);
      return {};
    },
    expect: athletesOnly(204),
  },
];
