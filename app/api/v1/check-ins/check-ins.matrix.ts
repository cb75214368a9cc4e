import { checkIns } from "@/db/schema";
import { athletesOnly, type MatrixRow } from "@/scripts/test/authorization";

export const rows: MatrixRow[] = [
  {
    method: "POST",
    path: "check-ins/[id]/respond",
    params: async (w) => {
      const [checkIn] = await w.db
        .insert(checkIns)
        .values({ userId: w.athlete.id, type: "morning_motivation", scheduledFor: new Date() })
        .returning({ id: checkIns.id });
      return { id: checkIn!.id };
    },
    body: () => ({ mood: 4 }),
    expect: { ...athletesOnly(200), otherAthlete: 404 },
  },
];
