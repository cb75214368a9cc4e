import { checkIns } from "@/db/schema";
import { athletesOnly, type MatrixRow } from "@/scripts/test/authorization";

// Each call gets its own check-in; a distinct past instant for each keeps two calls in one millisecond from
// landing on the same (athlete, type, instant) key.
let made = 0;

export const rows: MatrixRow[] = [
  {
    method: "POST",
    path: "check-ins/[id]/respond",
    params: async (w) => {
      const [checkIn] = await w.db
        .insert(checkIns)
        .values({
          userId: w.athlete.id,
          type: "morning_motivation",
          scheduledFor: new Date(Date.now() - ++made * 60_000),
        })
        .returning({ id: checkIns.id });
      return { id: checkIn!.id };
    },
    body: () => ({ mood: 4 }),
    expect: { ...athletesOnly(200), otherAthlete: 404 },
  },
];
