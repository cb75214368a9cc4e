import { createPlans } from "@/lib/plans/service";
import { type MatrixRow, relink, subjectRead, type World } from "@/scripts/test/authorization";

/**
 * Plans: the athlete and their linked coach may plan for the athlete and read the plans; nobody else. A plan can
 * be changed only by whoever planned it: here the coach, so the athlete gets 403 and the others cannot see it (404).
 */

const plan = {
  date: "2026-11-24",
  type: "acceleration",
  duration_min: 60,
  rpe: 7,
  reps: "6×30 m from blocks",
} as const;

/** A fresh plan the linked coach made for the athlete. */
async function coachPlan(w: World): Promise<{ id: string }> {
  await relink(w);
  const [stored] = await createPlans(
    w.db,
    { userId: w.linkedCoach.id, role: "coach" },
    { ...plan, athlete_id: w.athlete.id },
  );
  return { id: stored!.id };
}

const planFor = {
  signedOut: 401,
  athlete: 201,
  otherAthlete: 403,
  linkedCoach: 201,
  unlinkedCoach: 403,
};

const onlyThePlanner = (status: number) => ({
  signedOut: 401,
  athlete: 403,
  otherAthlete: 404,
  linkedCoach: status,
  unlinkedCoach: 404,
});

export const rows: MatrixRow[] = [
  {
    method: "POST",
    path: "plans",
    body: async (w) => {
      await relink(w);
      return { ...plan, athlete_id: w.athlete.id };
    },
    expect: planFor,
  },
  {
    method: "POST",
    path: "plans/copy-week",
    body: async (w) => {
      await relink(w);
      return { athlete_id: w.athlete.id, week_start: "2026-11-23" };
    },
    expect: planFor,
  },
  {
    method: "GET",
    path: "plans/[user_id]",
    params: (w) => ({ user_id: w.athlete.id }),
    expect: subjectRead(200),
  },
  {
    method: "GET",
    path: "plans/[user_id]/compliance",
    params: (w) => ({ user_id: w.athlete.id }),
    expect: subjectRead(200),
  },
  {
    method: "PATCH",
    path: "plans/items/[id]",
    params: coachPlan,
    body: () => ({ rpe: 6 }),
    expect: onlyThePlanner(200),
  },
  { method: "DELETE", path: "plans/items/[id]", params: coachPlan, expect: onlyThePlanner(204) },
];
