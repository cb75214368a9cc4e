import { goals } from "@/db/schema";
import { addDays, todayIn } from "@/lib/core/dates";
import { athletesOnly, type MatrixRow, signedIn, type World } from "@/scripts/test/authorization";

/** A fresh goal of the world's athlete, so that each call changes or deletes a row that exists. */
async function athleteGoal(world: World) {
  const [row] = await world.db
    .insert(goals)
    .values({
      userId: world.athlete.id,
      title: "Sub-11",
      metric: "100m",
      baselineValue: 11.4,
      targetValue: 10.99,
      targetDate: addDays(todayIn("UTC"), 60),
    })
    .returning({ id: goals.id });
  return { id: row!.id };
}

export const rows: MatrixRow[] = [
  // Without `user_id`, everyone lists their own (a coach has none); goals.test.ts covers a coach reading an athlete's.
  { method: "GET", path: "goals", expect: signedIn(200) },
  {
    method: "POST",
    path: "goals",
    body: () => ({
      title: "Sub-11",
      metric: "100m",
      baseline_value: 11.4,
      target_value: 10.99,
      target_date: addDays(todayIn("UTC"), 60),
    }),
    expect: athletesOnly(201),
  },
  {
    method: "PATCH",
    path: "goals/[id]",
    params: athleteGoal,
    body: () => ({ title: "Sub-11 by summer" }),
    expect: { ...athletesOnly(200), otherAthlete: 404 },
  },
  {
    method: "DELETE",
    path: "goals/[id]",
    params: athleteGoal,
    expect: { ...athletesOnly(204), otherAthlete: 404 },
  },
  {
    method: "PUT",
    path: "goals/[id]/progress",
    params: athleteGoal,
    body: () => ({ current_value: 11.2 }),
    expect: { ...athletesOnly(200), otherAthlete: 404 },
  },
];
