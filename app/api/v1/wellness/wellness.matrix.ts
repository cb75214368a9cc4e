import { addDays } from "@/lib/core/dates";
import { athletesOnly, type MatrixRow, signedIn } from "@/scripts/test/authorization";

let day = 0;

export const rows: MatrixRow[] = [
  { method: "GET", path: "wellness", expect: signedIn(200) },
  {
    method: "POST",
    path: "wellness",
    // A new day each call: posting a day again replaces it and answers 200.
    body: () => ({ date: addDays("2025-01-01", day++), sleep: 2, stress: 3, fatigue: 3, soreness: 2 }),
    expect: athletesOnly(201),
  },
];
