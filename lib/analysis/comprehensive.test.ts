import { describe, expect, it } from "vitest";
import { DRILLS } from "@/lib/content/catalog/drills";
import { analyzeAthlete } from "./comprehensive";
import { recommendDrills } from "./drills";
import { analyzeGoals } from "./goals";
import { analyzePatterns } from "./patterns";
import { generateSuggestions } from "./suggestions";
import { AS_OF, injury, pain, session, steadyAthlete } from "./test-support";

const input = steadyAthlete({
  timezone: "America/New_York",
  experienceYears: 8,
  injuries: [injury({ onsetDaysAgo: 3 })],
  painLogs: pain("injury-1", [
    [3, 4],
    [1, 7],
  ]),
  sessions: [...steadyAthlete().sessions, session(0, { type: "max_velocity", rpe: 8 })],
  goals: [
    {
      id: "g1",
      title: "Break 10.40",
      metric: "100m",
      baselineValue: 10.68,
      targetValue: 10.4,
      currentValue: 10.47,
      targetDate: "2027-03-01",
      status: "active",
    },
  ],
  achievements: [{ goalId: "g1", milestone: 25 }],
});

describe("analyzeAthlete", () => {
  const result = analyzeAthlete(input, DRILLS, AS_OF);

  it("runs every analysis for one athlete and returns them in one object", () => {
    expect(result.as_of).toBe(AS_OF);
    expect(result.suggestions).toEqual(generateSuggestions(input, AS_OF));
    expect(result.suggestions.map((s) => s.type)).toEqual(["injury_warning", "pain_high"]);
    expect(result.patterns).toEqual(analyzePatterns(input, AS_OF));
    const drills = recommendDrills(input, DRILLS, AS_OF);
    expect(result.drills.experience_level).toBe("advanced");
    expect(result.drills.drills.map((d) => d.slug)).toEqual(drills.drills.map((d) => d.slug));
    expect(result.drills.drills.every((d) => d.reason.includes("right hamstring"))).toBe(true);
    expect(analyzeGoals(input, AS_OF).newAchievements).toHaveLength(2);
    expect(result.goals).toEqual({
      goals: [{ id: "g1", title: "Break 10.40", progress_pct: 75, status: "active", behind_schedule: false }],
      new_achievements: [
        { goal_id: "g1", milestone: 50 },
        { goal_id: "g1", milestone: 75 },
      ],
    });
    // New York in November is UTC−5; the injury is active.
    expect(result.check_ins).toEqual([
      { type: "morning_motivation", scheduled_for: "2026-11-24T12:00:00.000Z" },
      { type: "injury_status", scheduled_for: "2026-11-25T00:00:00.000Z" },
    ]);
  });

  it("is plain JSON, ready to return or store", () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
