import { injuries } from "@/db/schema";
import { addDays, todayIn } from "@/lib/core/dates";
import { athletesOnly, type MatrixRow, signedIn, type World } from "@/scripts/test/authorization";

/** A fresh injury of the world's athlete, so that each call changes a row that exists. */
async function athleteInjury(world: World) {
  const [row] = await world.db
    .insert(injuries)
    .values({
      userId: world.athlete.id,
      bodyPart: "left calf",
      severity: "mild",
      onsetDate: addDays(todayIn("UTC"), -3),
    })
    .returning({ id: injuries.id });
  return { id: row!.id };
}

export const rows: MatrixRow[] = [
  // Without `user_id`, everyone lists their own (a coach has none); injuries.test.ts covers a coach reading.
  { method: "GET", path: "injuries", expect: signedIn(200) },
  {
    method: "POST",
    path: "injuries",
    body: () => ({ body_part: "right hamstring", severity: "moderate", onset_date: todayIn("UTC") }),
    expect: athletesOnly(201),
  },
  {
    method: "PATCH",
    path: "injuries/[id]",
    params: athleteInjury,
    body: () => ({ status: "recovering" }),
    expect: { ...athletesOnly(200), otherAthlete: 404 },
  },
  {
    method: "POST",
    path: "injuries/[id]/pain",
    params: athleteInjury,
    body: () => ({ level: 3, date: todayIn("UTC") }),
    expect: { ...athletesOnly(201), otherAthlete: 404 },
  },
];
