import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DRILLS } from "@/lib/content/catalog/drills";
import { INJURY_STATUSES, SESSION_TYPES, type SessionType } from "@/lib/core/domain";
import { allowedDifficulties, experienceLevel, isLowerBodyPart, recommendDrills } from "./drills";
import { AS_OF, athlete, injury, session } from "./test-support";
import type { DrillLike } from "./types";

const drill = (
  slug: string,
  category: string,
  difficulty: DrillLike["difficulty"],
  bodyRegion: DrillLike["bodyRegion"],
  trains: SessionType[],
  tags: string[] = [],
): DrillLike => ({ slug, name: slug, category, difficulty, bodyRegion, trains, tags });

const LIBRARY: DrillLike[] = [
  drill("a-skip", "technique-beginner", "beginner", "lower", ["technique"]),
  drill("block-starts", "speed", "intermediate", "lower", ["acceleration"]),
  drill("flying-30s", "speed", "advanced", "lower", ["max_velocity"]),
  drill("sled-push", "strength", "intermediate", "full", ["strength", "acceleration"]),
  drill("arm-action", "technique-beginner", "beginner", "upper", ["technique"], ["injury-friendly"]),
  drill("dead-bug", "core-stability", "beginner", "core", ["strength"], ["injury-friendly"]),
  drill("plank", "core-stability", "intermediate", "core", ["strength"]),
  drill("breathing", "recovery", "beginner", "core", ["recovery"]),
  drill("foam-rolling", "recovery", "beginner", "lower", ["recovery"]),
];

/** Two session types in the last 14 days: no variety boost. */
const varied = [session(1, { type: "acceleration" }), session(3, { type: "strength" })];
const slugs = (list: { drills: { slug: string }[] }) => list.drills.map((d) => d.slug);

describe("experienceLevel", () => {
  it.each([
    [0, "beginner"],
    [1.9, "beginner"],
    [2, "intermediate"],
    [5, "intermediate"],
    [5.1, "advanced"],
    [12, "advanced"],
    [null, "beginner"],
    [undefined, "beginner"],
    [Number.NaN, "beginner"],
  ] as const)("%s years is %s", (years, level) => {
    expect(experienceLevel(years)).toBe(level);
  });

  it("allows a beginner beginner drills, an intermediate two levels, an advanced athlete all", () => {
    expect(allowedDifficulties("beginner")).toEqual(["beginner"]);
    expect(allowedDifficulties("intermediate")).toEqual(["beginner", "intermediate"]);
    expect(allowedDifficulties("advanced")).toEqual(["beginner", "intermediate", "advanced"]);
  });

  it.each([
    [1.9, ["beginner"]],
    [2, ["beginner", "intermediate"]],
    [5, ["beginner", "intermediate"]],
    [5.1, ["advanced", "beginner", "intermediate"]],
  ] as const)("at %s years recommends only drills of %j", (years, difficulties) => {
    const result = recommendDrills(athlete({ experienceYears: years, sessions: varied }), LIBRARY, AS_OF);
    expect([...new Set(result.drills.map((d) => d.difficulty))].sort()).toEqual(difficulties);
  });
});

describe("isLowerBodyPart", () => {
  it.each([
    "Right hamstring",
    "hamstrings",
    "HIP FLEXOR",
    "Lower back",
    "lower-back",
    "Achilles tendon",
    "left calf",
    "calves",
    "quadriceps",
    "glutes",
    "groin",
    "shin splints",
    "knee",
    "Foot",
    "ankle",
    "thigh",
  ])("reads %j as lower body", (part) => {
    expect(isLowerBodyPart(part)).toBe(true);
  });

  it.each(["shoulder", "upper back", "back", "wrist", "elbow", "neck", "chest", ""])(
    "does not read %j as lower body",
    (part) => {
      expect(isLowerBodyPart(part)).toBe(false);
    },
  );
});

describe("recommendDrills", () => {
  it("removes every lower- and full-body drill with an active lower-body injury and puts injury-friendly ones first", () => {
    const input = athlete({
      experienceYears: 4,
      sessions: varied,
      injuries: [injury({ bodyPart: "Right hamstring" })],
    });
    const result = recommendDrills(input, LIBRARY, AS_OF);
    // Scores: dead-bug, breathing and arm-action 20 (injury-friendly or recovery), plank 10 (level match).
    // Ties go to category: core-stability, recovery, technique-beginner; plank then loses 4 for a repeated category.
    expect(slugs(result)).toEqual(["dead-bug", "breathing", "arm-action", "plank"]);
    expect(result.drills[0]?.reason).toContain("without loading your right hamstring");
  });

  it.each([
    ["a recovering hamstring", injury({ status: "recovering" })],
    ["an active shoulder injury", injury({ bodyPart: "shoulder" })],
    ["a hamstring injury that starts after as-of", injury({ onsetDaysAgo: -2 })],
  ])("keeps lower-body drills with %s", (_, hurt) => {
    const result = recommendDrills(athlete({ experienceYears: 4, sessions: varied, injuries: [hurt] }), LIBRARY, AS_OF);
    expect(result.drills.some((d) => d.bodyRegion === "lower" || d.bodyRegion === "full")).toBe(true);
  });

  it("raises drills for session types missing from the last 14 days when fewer than 2 were trained", () => {
    const onlyTechnique = [session(1, { type: "technique" }), session(5, { type: "technique" })];
    const result = recommendDrills(
      athlete({ experienceYears: 4, sessions: [...onlyTechnique, session(14, { type: "acceleration" })] }),
      LIBRARY,
      AS_OF,
    );
    // 110 = untrained 100 + level 10: plank, block-starts, sled-push; 100: breathing, dead-bug, foam-rolling;
    // then the technique drills. Repeated categories lose 4 each, ties go to category then slug.
    expect(slugs(result)).toEqual([
      "plank",
      "block-starts",
      "sled-push",
      "breathing",
      "dead-bug",
      "foam-rolling",
      "a-skip",
      "arm-action",
    ]);
    expect(result.drills[1]?.reason).toContain("Trains acceleration, missing from your last 14 days");
    expect(result.drills[1]?.reason).toContain("only technique lately");
    expect(result.drills[6]?.reason).not.toContain("missing");
  });

  it("does not raise anything when two session types were trained", () => {
    const result = recommendDrills(athlete({ experienceYears: 4, sessions: varied }), LIBRARY, AS_OF);
    expect(result.drills.every((d) => !d.reason.includes("missing"))).toBe(true);
  });

  it("gives every drill a reason that names the athlete's level and experience", () => {
    const result = recommendDrills(athlete({ experienceYears: 1, sessions: varied }), LIBRARY, AS_OF);
    expect(result.experienceLevel).toBe("beginner");
    for (const d of result.drills) expect(d.reason).toContain("beginner level (1 year of experience)");
  });

  it("returns at most `limit` drills and never more than 10", () => {
    const input = athlete({ experienceYears: 8, sessions: varied });
    expect(recommendDrills(input, DRILLS, AS_OF).drills).toHaveLength(10);
    expect(recommendDrills(input, DRILLS, AS_OF, 3).drills).toHaveLength(3);
    expect(recommendDrills(input, DRILLS, AS_OF, 0).drills).toEqual([]);
    expect(recommendDrills(input, DRILLS, AS_OF, 50).drills).toHaveLength(10);
  });

  it("breaks ties the same way whatever the order of the library, and lists a slug once", () => {
    const input = athlete({ experienceYears: 4, sessions: varied });
    const forward = recommendDrills(input, LIBRARY, AS_OF);
    expect(recommendDrills(input, [...LIBRARY].reverse(), AS_OF)).toEqual(forward);
    expect(recommendDrills(input, [...LIBRARY, ...LIBRARY], AS_OF)).toEqual(forward);
  });
});

describe("properties (the shipped drill library)", () => {
  const inputArb = fc.record({
    years: fc.option(fc.double({ min: 0, max: 15, noNaN: true }), { nil: null }),
    injuries: fc.array(
      fc.record({
        status: fc.constantFrom(...INJURY_STATUSES),
        bodyPart: fc.constantFrom("Right hamstring", "ankle", "lower back", "shoulder", "wrist", "Groin"),
        onset: fc.integer({ min: -3, max: 30 }),
      }),
      { maxLength: 3 },
    ),
    sessions: fc.array(fc.record({ day: fc.integer({ min: 0, max: 20 }), type: fc.constantFrom(...SESSION_TYPES) }), {
      maxLength: 10,
    }),
    limit: fc.integer({ min: 0, max: 15 }),
  });

  it("never offers a lower- or full-body drill with an active lower-body injury, nor more than the limit", () => {
    fc.assert(
      fc.property(inputArb, ({ years, injuries, sessions, limit }) => {
        const input = athlete({
          experienceYears: years,
          injuries: injuries.map((i, k) =>
            injury({ id: `i${k}`, status: i.status, bodyPart: i.bodyPart, onsetDaysAgo: i.onset }),
          ),
          sessions: sessions.map((s) => session(s.day, { type: s.type })),
        });
        const result = recommendDrills(input, DRILLS, AS_OF, limit);
        const hurt = input.injuries.some(
          (i) => i.status === "active" && i.onsetDate <= AS_OF && isLowerBodyPart(i.bodyPart),
        );
        if (hurt) expect(result.drills.every((d) => d.bodyRegion === "upper" || d.bodyRegion === "core")).toBe(true);
        expect(result.drills.length).toBeLessThanOrEqual(Math.min(limit, 10));
        expect(new Set(slugs(result)).size).toBe(result.drills.length);
        const allowed = allowedDifficulties(experienceLevel(years));
        expect(result.drills.every((d) => allowed.includes(d.difficulty))).toBe(true);
        expect(recommendDrills(input, DRILLS, AS_OF, limit)).toEqual(result);
      }),
    );
  });
});
