import { describe, expectTypeOf, it } from "vitest";
import type {
  achievements,
  calendarEvents,
  drills,
  goals,
  injuries,
  painLogs,
  progressMetrics,
  trainingSessions,
  wellnessLogs,
} from "@/db/schema";
import type { DrillContent } from "@/lib/content/catalog/types";
import type {
  AchievementInput,
  CalendarInput,
  DrillLike,
  GoalInput,
  InjuryInput,
  MetricInput,
  PainLogInput,
  SessionInput,
  WellnessInput,
} from "./types";

// Compile-time checks (run by `tsc --noEmit`): rows selected with Drizzle are accepted without any mapping.
describe("analysis inputs", () => {
  it("accept database rows as selected by Drizzle", () => {
    expectTypeOf<typeof trainingSessions.$inferSelect>().toExtend<SessionInput>();
    expectTypeOf<typeof injuries.$inferSelect>().toExtend<InjuryInput>();
    expectTypeOf<typeof painLogs.$inferSelect>().toExtend<PainLogInput>();
    expectTypeOf<typeof progressMetrics.$inferSelect>().toExtend<MetricInput>();
    expectTypeOf<typeof wellnessLogs.$inferSelect>().toExtend<WellnessInput>();
    expectTypeOf<typeof goals.$inferSelect>().toExtend<GoalInput>();
    expectTypeOf<typeof achievements.$inferSelect>().toExtend<AchievementInput>();
    expectTypeOf<typeof calendarEvents.$inferSelect>().toExtend<CalendarInput>();
    expectTypeOf<typeof drills.$inferSelect>().toExtend<DrillLike>();
  });

  it("accept the shipped drill content", () => {
    expectTypeOf<DrillContent>().toExtend<DrillLike>();
  });
});
