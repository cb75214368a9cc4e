import { progressMetrics } from "@/db/schema";
import { todayIn } from "@/lib/core/dates";
import { athletesOnly, type MatrixRow, subjectRead, type World } from "@/scripts/test/authorization";

/** A fresh mark of the world's athlete, so that each call edits or deletes a row that exists. */
async function athleteMark(world: World) {
  const [row] = await world.db
    .insert(progressMetrics)
    .values({ userId: world.athlete.id, metric: "100m", value: 11.2, unit: "s", date: todayIn("UTC") })
    .returning({ id: progressMetrics.id });
  return { id: row!.id };
}

export const rows: MatrixRow[] = [
  {
    method: "POST",
    path: "progress/track",
    body: () => ({ metric: "100m", value: 11.4, date: todayIn("UTC") }),
    expect: athletesOnly(201),
  },
  {
    method: "PATCH",
    path: "progress/metrics/[id]",
    params: athleteMark,
    body: () => ({ notes: "re-checked the video" }),
    expect: { ...athletesOnly(200), otherAthlete: 404 },
  },
  {
    method: "DELETE",
    path: "progress/metrics/[id]",
    params: athleteMark,
    expect: { ...athletesOnly(204), otherAthlete: 404 },
  },
  {
    method: "GET",
    path: "progress/[user_id]",
    params: (w) => ({ user_id: w.athlete.id }),
    expect: subjectRead(200),
  },
];
