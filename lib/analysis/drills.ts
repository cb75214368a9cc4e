import type { ExperienceLevel, SessionType } from "@/lib/core/domain";
import { capitalized, withArticle } from "@/lib/core/words";
import { compareText, count, injuryLabel, list, num, typeLabel } from "./format";
import {
  BEGINNER_MAX_YEARS,
  DRILL_CATEGORY_REPEAT_PENALTY,
  DRILL_LIMIT,
  DRILL_WEIGHT_INJURY_FRIENDLY,
  DRILL_WEIGHT_LEVEL_MATCH,
  DRILL_WEIGHT_UNTRAINED,
  INTERMEDIATE_MAX_YEARS,
  LOWER_BODY_EXTRA_TERMS,
  LOWER_BODY_PARTS,
  MIN_SESSION_TYPES,
  VARIETY_WINDOW_DAYS,
} from "./thresholds";
import type {
  AthleteInput,
  DrillLike,
  DrillRecommendations,
  InjuryInput,
  RecommendedDrill,
  SessionInput,
} from "./types";
import { assertAsOf, lastDays, within } from "./windows";

/** Drill recommendations (PRODUCT 4.3). */

/**
 * Under 2 years beginner, 2 to 5 years (both included) intermediate, over 5 advanced. No recorded experience is
 * treated as a beginner: the safe default for drills.
 */
export function experienceLevel(years: number | null | undefined): ExperienceLevel {
  if (years == null || !Number.isFinite(years) || years < BEGINNER_MAX_YEARS) return "beginner";
  if (years <= INTERMEDIATE_MAX_YEARS) return "intermediate";
  return "advanced";
}

const ALLOWED: Readonly<Record<ExperienceLevel, readonly DrillLike["difficulty"][]>> = {
  beginner: ["beginner"],
  intermediate: ["beginner", "intermediate"],
  advanced: ["beginner", "intermediate", "advanced"],
};

export function allowedDifficulties(level: ExperienceLevel): readonly DrillLike["difficulty"][] {
  return ALLOWED[level];
}

const LOWER_BODY_TERMS: readonly string[][] = [...LOWER_BODY_PARTS, ...LOWER_BODY_EXTRA_TERMS].map((term) =>
  term.split(" "),
);

/**
 * Whether a free-text body part is lower body ("Right hamstring", "hamstrings", "Lower back", "left calf"): any
 * listed term whose words start consecutive words of the text, case-insensitively.
 */
export function isLowerBodyPart(bodyPart: string): boolean {
  const words = bodyPart
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  return LOWER_BODY_TERMS.some((term) =>
    words.some((_, start) => term.every((part, k) => words[start + k]?.startsWith(part) ?? false)),
  );
}

/** Active injuries of the lower body that had begun by as-of, sorted by onset then id. */
export function activeLowerBodyInjuries(injuries: readonly InjuryInput[], asOf: string): InjuryInput[] {
  return injuries
    .filter((i) => i.status === "active" && i.onsetDate <= asOf && isLowerBodyPart(i.bodyPart))
    .sort((a, b) => compareText(a.onsetDate, b.onsetDate) || compareText(a.id, b.id));
}

const INJURY_FRIENDLY_TAG = "injury-friendly";
const RECOVERY_CATEGORY = "recovery";

interface Candidate {
  drill: DrillLike;
  score: number;
  friendly: boolean;
  trains: SessionType[];
  untrained: SessionType[];
}

function adjustedScore(c: Candidate, perCategory: ReadonlyMap<string, number>): number {
  return c.score - DRILL_CATEGORY_REPEAT_PENALTY * (perCategory.get(c.drill.category) ?? 0);
}

function compareCandidates(a: Candidate, b: Candidate, perCategory: ReadonlyMap<string, number>): number {
  return (
    adjustedScore(b, perCategory) - adjustedScore(a, perCategory) ||
    compareText(a.drill.category, b.drill.category) ||
    compareText(a.drill.slug, b.drill.slug)
  );
}

/**
 * The drills picked, best first, for one combination of what decides the order: the level, whether a lower-body
 * injury is active, and (only when variety is low) the types trained. Athletes share these combinations, so a batch
 * ranks each once per library (a library is never changed once loaded).
 */
const rankings = new WeakMap<readonly DrillLike[], Map<string, Candidate[]>>();

function rankedDrills(
  drills: readonly DrillLike[],
  level: ExperienceLevel,
  injured: boolean,
  lowVarietyTrained: ReadonlySet<SessionType> | null,
  size: number,
): Candidate[] {
  const key = `${level}|${injured}|${lowVarietyTrained ? [...lowVarietyTrained].sort().join(",") : "-"}|${size}`;
  let byKey = rankings.get(drills);
  if (!byKey) {
    byKey = new Map();
    rankings.set(drills, byKey);
  }
  const known = byKey.get(key);
  if (known) return known;

  const allowed = new Set(allowedDifficulties(level));
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  for (const drill of drills) {
    if (seen.has(drill.slug) || !allowed.has(drill.difficulty)) continue;
    if (injured && (drill.bodyRegion === "lower" || drill.bodyRegion === "full")) continue;
    seen.add(drill.slug);
    const friendly = injured && (drill.tags.includes(INJURY_FRIENDLY_TAG) || drill.category === RECOVERY_CATEGORY);
    const trains = [...new Set(drill.trains)].sort();
    const untrained = lowVarietyTrained ? trains.filter((t) => !lowVarietyTrained.has(t)) : [];
    const score =
      (friendly ? DRILL_WEIGHT_INJURY_FRIENDLY : 0) +
      (untrained.length > 0 ? DRILL_WEIGHT_UNTRAINED : 0) +
      (drill.difficulty === level ? DRILL_WEIGHT_LEVEL_MATCH : 0);
    candidates.push({ drill, score, friendly, trains, untrained });
  }

  const picked: Candidate[] = [];
  const perCategory = new Map<string, number>();
  const remaining = [...candidates];
  while (picked.length < size && remaining.length > 0) {
    let bestIndex = 0;
    for (let i = 1; i < remaining.length; i++) {
      if (compareCandidates(remaining[i]!, remaining[bestIndex]!, perCategory) < 0) bestIndex = i;
    }
    const best = remaining.splice(bestIndex, 1)[0]!;
    perCategory.set(best.drill.category, (perCategory.get(best.drill.category) ?? 0) + 1);
    picked.push(best);
  }
  byKey.set(key, picked);
  return picked;
}

/**
 * Up to `limit` drills (never more than PRODUCT's 10), best first, each with its reason:
 * - only the difficulties the athlete's level allows;
 * - an active lower-body injury removes every lower- and full-body drill, and upper-body, core and recovery
 *   drills marked injury-friendly come first;
 * - with fewer than 2 session types in the last 14 days, drills that train a type missing from those days rank
 *   above all others;
 * - a drill at exactly the athlete's level comes before an easier one;
 * - the list is filled greedily, each drill already taken from a category lowering the next from it, so that the
 *   list is varied; ties go to category then slug, so the order is fully deterministic.
 */
export function recommendDrills(
  input: AthleteInput,
  drills: readonly DrillLike[],
  asOf: string,
  limit: number = DRILL_LIMIT,
): DrillRecommendations {
  assertAsOf(asOf);
  const recent = within(
    input.sessions.filter((s) => s.date <= asOf),
    lastDays(asOf, VARIETY_WINDOW_DAYS),
  );
  return recommendDrillsFor(
    { experienceYears: input.experienceYears, injuries: input.injuries, last14: recent },
    drills,
    asOf,
    limit,
  );
}

/** The same, from the athlete's injuries and the sessions of their last 14 days (already picked out). */
export function recommendDrillsFor(
  athlete: {
    experienceYears?: number | null;
    injuries: readonly InjuryInput[];
    last14: readonly SessionInput[];
  },
  drills: readonly DrillLike[],
  asOf: string,
  limit: number = DRILL_LIMIT,
): DrillRecommendations {
  const level = experienceLevel(athlete.experienceYears);
  const injuries = activeLowerBodyInjuries(athlete.injuries, asOf);
  const recent = athlete.last14;
  const trained = new Set<SessionType>(recent.map((s) => s.type));
  const lowVariety = trained.size < MIN_SESSION_TYPES;

  const size = Math.max(0, Math.min(Math.floor(Number.isFinite(limit) ? limit : DRILL_LIMIT), DRILL_LIMIT));
  const ranked = rankedDrills(drills, level, injuries.length > 0, lowVariety ? trained : null, size);

  // Only the drills picked get their reason written.
  const trainedText =
    recent.length === 0 ? "no sessions logged" : `only ${list([...trained].sort().map(typeLabel))} lately`;
  const years = athlete.experienceYears;
  const experienceText =
    years == null ? "no experience recorded yet" : `${num(years)} ${years === 1 ? "year" : "years"} of experience`;
  // What every reason of this athlete's says alike, worded once.
  const sparing =
    injuries.length === 0
      ? ""
      : ` drill that keeps you training without loading your ${list(injuries.map(injuryLabel))} while ${
          injuries.length === 1 ? "it heals" : "they heal"
        }.`;
  const reasonFor = ({ drill, friendly, trains, untrained }: Candidate): string => {
    const reasons: string[] = [];
    if (injuries.length > 0) {
      const region = drill.bodyRegion === "upper" ? "An upper-body" : "A core";
      reasons.push(`${region}${friendly ? ", injury-friendly" : ""}${sparing}`);
    }
    if (untrained.length > 0) {
      reasons.push(
        `Trains ${list(untrained.map(typeLabel))}, missing from your last ${VARIETY_WINDOW_DAYS} days (${trainedText}).`,
      );
    } else if (trains.length > 0) {
      const practised = recent.filter((r) => trains.includes(r.type)).length;
      const backing =
        practised > 0
          ? `, backing up ${count(practised, "session")} of yours in the last ${VARIETY_WINDOW_DAYS} days`
          : "";
      reasons.push(`Works on ${list(trains.map(typeLabel))}${backing}.`);
    }
    if (drill.difficulty === level) {
      reasons.push(`Matches your ${level} level (${experienceText}).`);
    } else {
      reasons.push(
        `${capitalized(withArticle(drill.difficulty))} drill, well within your ${level} level (${experienceText}).`,
      );
    }
    return reasons.join(" ");
  };

  const picked: RecommendedDrill[] = ranked.map((best) => ({
    slug: best.drill.slug,
    name: best.drill.name,
    category: best.drill.category,
    difficulty: best.drill.difficulty,
    bodyRegion: best.drill.bodyRegion,
    reason: reasonFor(best),
  }));
  return { experienceLevel: level, drills: picked };
}
