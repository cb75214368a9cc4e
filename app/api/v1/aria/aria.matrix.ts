import { conversations } from "@/db/schema";
import { athletesOnly, type MatrixRow, type World } from "@/scripts/test/authorization";

/** A conversation of the world's athlete: its owner reads it, the other athlete gets 403 (aria.test.ts: 404 unknown). */
async function athleteConversation(world: World) {
  const [row] = await world.db
    .insert(conversations)
    .values({ userId: world.athlete.id, title: "matrix" })
    .returning({ id: conversations.id });
  return { session_id: row!.id };
}

export const rows: MatrixRow[] = [
  { method: "POST", path: "aria/ask", body: () => ({ message: "How was my week?" }), expect: athletesOnly(200) },
  { method: "GET", path: "aria/sessions", expect: athletesOnly(200) },
  {
    method: "GET",
    path: "aria/sessions/[session_id]/messages",
    params: athleteConversation,
    expect: { ...athletesOnly(200), otherAthlete: 403 },
  },
];
