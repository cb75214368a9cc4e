import { Cron } from "croner";
import { describe, expect, it } from "vitest";
import { JOB_TASKS } from "./tasks";

const HOUR_MS = 3_600_000;
/** What each cadence in words means, to hold the words to the schedules they stand beside. */
const CADENCES: Record<string, { everyHours: number; weekday?: number }> = {
  "every 6 hours": { everyHours: 6 },
  daily: { everyHours: 24 },
  "weekly, on Mondays": { everyHours: 168, weekday: 1 },
  "weekly, on Sundays": { everyHours: 168, weekday: 0 },
};

describe("JOB_TASKS", () => {
  it.each(Object.entries(JOB_TASKS))("says in words how often %s runs, as its schedule does", (_, task) => {
    const cadence = CADENCES[task.cadence];
    expect(cadence, `no meaning given for "${task.cadence}"`).toBeDefined();
    const runs = new Cron(task.schedule, { timezone: "UTC" }).nextRuns(4, new Date("2026-11-24T12:00:00Z"));
    for (let i = 1; i < runs.length; i++) {
      expect(runs[i]!.getTime() - runs[i - 1]!.getTime()).toBe(cadence!.everyHours * HOUR_MS);
    }
    if (cadence!.weekday !== undefined) expect(runs.every((run) => run.getUTCDay() === cadence!.weekday)).toBe(true);
  });
});
