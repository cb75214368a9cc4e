import { amara } from "@/lib/seed/athletes/amara";
import { jordan } from "@/lib/seed/athletes/jordan";
import { leo } from "@/lib/seed/athletes/leo";
import { marcus } from "@/lib/seed/athletes/marcus";
import { priya } from "@/lib/seed/athletes/priya";
import { sofia } from "@/lib/seed/athletes/sofia";
import type { DemoAthlete, SquadMember } from "@/lib/seed/plan-types";

/**
 * The demo squad's athletes, one file each under `athletes/`; the coach is in `coach.ts` and `build.ts` turns
 * them into rows. Between them the athletes raise every suggestion type (PRODUCT 3), each story holding as of
 * the athlete's own local date at whatever instant the squad is seeded.
 */
export const DEMO_SQUAD: readonly SquadMember[] = [jordan, amara, leo, sofia, marcus, priya];

/** Who is in the squad and what each history is designed to raise (the README and the tests list them). */
export const DEMO_ATHLETES: readonly DemoAthlete[] = DEMO_SQUAD.map((member) => member.athlete);
