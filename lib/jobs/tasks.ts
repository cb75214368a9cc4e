import type { StoredPart } from "@/lib/insights/analyze";

/**
 * The six scheduled analyses (PRODUCT.md section 8): schedule in UTC as in vercel.json, what each stores, and how the
 * public status page names it and says how often it runs (in words, beside the schedule they must agree with).
 */
export const JOB_TASKS = {
  suggestions: {
    name: "generate-proactive-suggestions",
    label: "Suggestions",
    schedule: "0 */6 * * *",
    cadence: "every 6 hours",
    parts: ["suggestions"],
  },
  patterns: {
    name: "analyze-training-patterns",
    label: "Training patterns",
    schedule: "0 2 * * *",
    cadence: "daily",
    parts: ["patterns"],
  },
  "check-ins": {
    name: "schedule-smart-check-ins",
    label: "Check-ins",
    schedule: "0 6 * * *",
    cadence: "daily",
    parts: ["check_ins"],
  },
  goals: {
    name: "analyze-goal-progress",
    label: "Goal progress",
    schedule: "0 20 * * *",
    cadence: "daily",
    parts: ["goals"],
  },
  drills: {
    name: "recommend-drills-weekly",
    label: "Drill recommendations",
    schedule: "0 7 * * 1",
    cadence: "weekly, on Mondays",
    parts: ["drills"],
  },
  comprehensive: {
    name: "comprehensive-analysis-weekly",
    label: "Full analysis",
    schedule: "0 23 * * 0",
    cadence: "weekly, on Sundays",
    parts: ["suggestions", "patterns", "check_ins", "goals", "drills"],
  },
} as const satisfies Record<
  string,
  { name: string; label: string; schedule: string; cadence: string; parts: readonly StoredPart[] }
>;

export type JobTask = keyof typeof JOB_TASKS;

export function isJobTask(value: string): value is JobTask {
  return Object.hasOwn(JOB_TASKS, value);
}
