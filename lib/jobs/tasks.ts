import type { StoredPart } from "@/lib/insights/analyze";

/** The six scheduled analyses (PRODUCT.md section 8): schedule in UTC as in vercel.json, and what each stores. */
export const JOB_TASKS = {
  suggestions: { name: "generate-proactive-suggestions", schedule: "0 */6 * * *", parts: ["suggestions"] },
  patterns: { name: "analyze-training-patterns", schedule: "0 2 * * *", parts: ["patterns"] },
  "check-ins": { name: "schedule-smart-check-ins", schedule: "0 6 * * *", parts: ["check_ins"] },
  goals: { name: "analyze-goal-progress", schedule: "0 20 * * *", parts: ["goals"] },
  drills: { name: "recommend-drills-weekly", schedule: "0 7 * * 1", parts: ["drills"] },
  comprehensive: {
    name: "comprehensive-analysis-weekly",
    schedule: "0 23 * * 0",
    parts: ["suggestions", "patterns", "check_ins", "goals", "drills"],
  },
} as const satisfies Record<string, { name: string; schedule: string; parts: readonly StoredPart[] }>;

export type JobTask = keyof typeof JOB_TASKS;

export function isJobTask(value: string): value is JobTask {
  return Object.hasOwn(JOB_TASKS, value);
}
