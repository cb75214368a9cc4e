import { DEMO_COACH_EMAIL } from "@/lib/seed/demo-accounts";
import type { CoachPlan } from "@/lib/seed/plan-types";

/** The squad's coach: an account older than the athletes' history, active yesterday evening, a meeting ahead. */
export const DEMO_COACH: CoachPlan = {
  email: DEMO_COACH_EMAIL,
  name: "Maya Okafor",
  timezone: "Europe/London",
  createdD: 120,
  lastActive: { d: 1, hh: 18, mm: 40 },
  calendar: [
    {
      at: 3,
      hh: 18,
      hours: 1,
      type: "other",
      title: "Squad planning meeting",
      notes: "Review loads, injuries and the next competition block",
    },
  ],
};
