import { createNutritionLog } from "@/lib/nutrition/logs";
import { athletesOnly, type MatrixRow, signedIn } from "@/scripts/test/authorization";

const log = { date: "2026-01-10", meal: "breakfast", kcal: 520 } as const;

export const rows: MatrixRow[] = [
  { method: "GET", path: "nutrition", expect: signedIn(200) },
  { method: "POST", path: "nutrition", body: () => log, expect: athletesOnly(201) },
  {
    method: "DELETE",
    path: "nutrition/[id]",
    params: async (w) => ({ id: (await createNutritionLog(w.db, w.athlete.id, log)).id }),
    expect: { ...athletesOnly(204), otherAthlete: 404 },
  },
];
