import { roundTo } from "@/lib/analysis/sprint";
import { timeAtDistance } from "@/lib/analysis/sprint-profile";
import { SeededRandom } from "@/lib/core/random";
import type { LocalCalendar } from "@/lib/seed/clock";
import type { SprintTestingPlan } from "@/lib/seed/plan-types";
import type { SprintProfileInputBody } from "@/lib/sprint-profiles/schemas";

/**
 * The demo squad's timed sprints (PRODUCT 4.9) as the split times a timing system would give: the model's time at
 * each gate from the parameters of the story, less the time correction (the gates start late by it), with a
 * hand-timed-like scatter of up to ±0.01 s drawn from the athlete's own sequence, to the hundredth. They are stored
 * through the sprint profile service, which fits them as any athlete's splits.
 */

/** The gates of a standard acceleration and top-speed test. */
export const DEMO_GATES_M = [5, 10, 20, 30, 40] as const;
/** Half the scatter of a split, seconds. */
const SCATTER_S = 0.01;

export function sprintTestInputs(
  plan: SprintTestingPlan,
  calendar: LocalCalendar,
  email: string,
): SprintProfileInputBody[] {
  const random = new SeededRandom(`${email}:sprint-tests`);
  return [...plan.tests]
    .sort((a, b) => b.d - a.d)
    .map((test) => ({
      date: calendar.day(test.d),
      start: plan.start,
      source: "manual",
      distances_m: [...DEMO_GATES_M],
      times_s: DEMO_GATES_M.map((distance) =>
        roundTo(
          timeAtDistance(distance, test.mss, test.tau) - plan.timeCorrectionS + (2 * random.float() - 1) * SCATTER_S,
          2,
        ),
      ),
      time_correction_s: plan.timeCorrectionS,
      body_mass_kg: plan.bodyMassKg,
      height_m: plan.heightM,
      notes: test.notes ?? "Timing gates at 5, 10, 20, 30 and 40 m",
    }));
}
