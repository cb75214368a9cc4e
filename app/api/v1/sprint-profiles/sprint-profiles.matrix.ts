import { todayIn } from "@/lib/core/dates";
import { createSprintProfile } from "@/lib/sprint-profiles/service";
import { athletesOnly, type MatrixRow, subjectRead, type World } from "@/scripts/test/authorization";

/** Sprint profiles: the athlete stores and removes their own; the athlete and a linked coach read them. */

const sprint = {
  start: "standing",
  source: "manual",
  distances_m: [5, 10, 20, 30, 40],
  times_s: [1.2, 1.98, 3.24, 4.4, 5.54],
} as const;

/** A fresh profile of the world's athlete, so that each call deletes a row that exists. */
async function athleteProfile(w: World) {
  const profile = await createSprintProfile(w.db, w.athlete.id, {
    ...sprint,
    distances_m: [...sprint.distances_m],
    times_s: [...sprint.times_s],
    date: todayIn("UTC"),
  });
  return { id: profile.id };
}

const file = () => ({ csv: `Date,5m,10m,20m,30m,40m\n${todayIn("UTC")},1.2,1.98,3.24,4.4,5.54\n` });

export const rows: MatrixRow[] = [
  { method: "POST", path: "sprint-profiles/import/preview", body: file, expect: athletesOnly(200) },
  { method: "POST", path: "sprint-profiles/import", body: file, expect: athletesOnly(201) },
  {
    method: "POST",
    path: "sprint-profiles",
    body: () => ({ ...sprint, date: todayIn("UTC") }),
    expect: athletesOnly(201),
  },
  {
    method: "GET",
    path: "sprint-profiles/[user_id]",
    params: (w) => ({ user_id: w.athlete.id }),
    expect: subjectRead(200),
  },
  {
    method: "DELETE",
    path: "sprint-profiles/items/[id]",
    params: athleteProfile,
    expect: { ...athletesOnly(204), otherAthlete: 404 },
  },
];
