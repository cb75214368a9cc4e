import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { athleteProfiles, drills, users } from "@/db/schema";
import { anyUuid } from "@/db/sql";
import { analyzeFeatures } from "@/lib/analysis/comprehensive";
import type { AthleteFeatures } from "@/lib/analysis/features";
import type { AthleteInput, ComprehensiveAnalysis, DrillLike } from "@/lib/analysis/types";
import { invalidate } from "@/lib/cache";
import { todayIn } from "@/lib/core/dates";
import { loadAthleteFeatures } from "./athlete-features";
import {
  type ScheduledCheckIn,
  storeAchievements,
  storeCheckIns,
  storeDrillRecommendations,
  storeSnapshots,
} from "./store";
import { type StoredSuggestion, storeSuggestions } from "./suggestions";

/** One athlete's analysis as the batch makes it: the profile, the features the rules read, and what they made. */
export interface BatchAnalysis {
  userId: string;
  asOf: string;
  profile: AthleteProfile;
  features: AthleteFeatures;
  analysis: ComprehensiveAnalysis;
}

/** The analysis of one athlete for the API and pages, with the rows it was read from (lib/insights/one.ts). */
export interface AthleteAnalysis extends BatchAnalysis {
  /** The athlete's full recent history: the pages draw charts and lists from it. */
  input: AthleteInput;
}

interface AnalysisFailure {
  userId: string;
  message: string;
}

export type StoredPart = "suggestions" | "drills" | "goals" | "check_ins" | "patterns";

export async function loadDrillLibrary(db: Database): Promise<DrillLike[]> {
  return db
    .select({
      slug: drills.slug,
      name: drills.name,
      category: drills.category,
      difficulty: drills.difficulty,
      bodyRegion: drills.bodyRegion,
      trains: drills.trains,
      tags: drills.tags,
    })
    .from(drills);
}

export type AthleteProfile = Pick<AthleteInput, "userId" | "timezone" | "experienceYears" | "birthDate" | "sex">;

async function loadProfiles(db: Database, userIds: readonly string[]): Promise<AthleteProfile[]> {
  return db
    .select({
      userId: users.id,
      timezone: users.timezone,
      experienceYears: athleteProfiles.experienceYears,
      birthDate: athleteProfiles.birthDate,
      sex: athleteProfiles.sex,
    })
    .from(users)
    .leftJoin(athleteProfiles, eq(athleteProfiles.userId, users.id))
    .where(anyUuid(users.id, userIds));
}

/**
 * Runs the analysis engine for many athletes: their profiles, then their features (one set-based statement, each
 * athlete as of their own date), each athlete's rules run in memory (one athlete's failure is recorded, the others
 * go on). The API routes call it with one athlete; the scheduled runs with a batch.
 */
export async function analyzeAthletes(
  db: Database,
  userIds: readonly string[],
  options: { asOf?: string; now?: Date; library?: DrillLike[] } = {},
): Promise<{ analyses: BatchAnalysis[]; failures: AnalysisFailure[] }> {
  const now = options.now ?? new Date();
  const analyses: BatchAnalysis[] = [];
  const failures: AnalysisFailure[] = [];
  if (userIds.length === 0) return { analyses, failures };
  const [profiles, library] = await Promise.all([loadProfiles(db, userIds), options.library ?? loadDrillLibrary(db)]);
  const byId = new Map(profiles.map((p) => [p.userId, p]));
  const asOfs: { userId: string; asOf: string }[] = [];
  const unreadable = new Map<string, string>();
  for (const p of profiles) {
    try {
      asOfs.push({ userId: p.userId, asOf: options.asOf ?? todayIn(p.timezone, now) });
    } catch (error) {
      unreadable.set(p.userId, error instanceof Error ? error.message : String(error));
    }
  }
  const features = await loadAthleteFeatures(db, asOfs);
  for (const userId of userIds) {
    const profile = byId.get(userId);
    const f = features.get(userId);
    const unread = unreadable.get(userId);
    if (unread !== undefined) {
      failures.push({ userId, message: unread });
      continue;
    }
    if (!profile || !f) {
      failures.push({ userId, message: "no such athlete" });
      continue;
    }
    try {
      analyses.push({
        userId,
        asOf: f.asOf,
        profile,
        features: f,
        analysis: analyzeFeatures(profile, f, library),
      });
    } catch (error) {
      failures.push({ userId, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { analyses, failures };
}

interface StoredResults {
  suggestions: Map<string, StoredSuggestion[]>;
  newAchievements: { userId: string; goalId: string; milestone: number; awardedAt: Date }[];
  checkIns: Map<string, ScheduledCheckIn[]>;
}

/**
 * Stores the parts asked for, each in bulk, all in one transaction: a batch is stored whole or not at all. With
 * `readBack: false` (the scheduled runs) the open suggestions and check-ins are not read back into the result.
 */
export async function storeAnalyses(
  db: Database,
  analyses: readonly BatchAnalysis[],
  parts: ReadonlySet<StoredPart>,
  now = new Date(),
  options: { readBack?: boolean } = {},
): Promise<StoredResults> {
  const results: StoredResults = { suggestions: new Map(), newAchievements: [], checkIns: new Map() };
  if (analyses.length === 0) return results;
  const readBack = options.readBack ?? true;
  const awarded = await db.transaction(async (tx) => {
    // Everything here can be derived again from the athletes' own data, so the commit need not wait for the disk:
    // a crash loses at most the last moment's results, which the next run writes again.
    await tx.execute(sql`set local synchronous_commit = off`);
    if (parts.has("suggestions")) {
      results.suggestions = await storeSuggestions(
        tx,
        analyses.map((a) => ({ userId: a.userId, suggestions: a.analysis.suggestions })),
        now,
        { readBack },
      );
    }
    if (parts.has("drills")) {
      await storeDrillRecommendations(
        tx,
        analyses.map((a) => ({
          userId: a.userId,
          asOf: a.asOf,
          experienceLevel: a.analysis.drills.experience_level,
          drills: a.analysis.drills.drills,
        })),
        now,
      );
    }
    if (parts.has("check_ins")) {
      const planned = analyses.flatMap((a) =>
        a.analysis.check_ins.map((c) => ({ userId: a.userId, type: c.type, scheduledFor: new Date(c.scheduled_for) })),
      );
      for (const row of await storeCheckIns(tx, planned, { returns: readBack ? "all" : "none" })) {
        const list = results.checkIns.get(row.userId) ?? [];
        list.push(row);
        results.checkIns.set(row.userId, list);
      }
    }
    if (parts.has("patterns")) {
      await storeSnapshots(
        tx,
        "patterns",
        analyses.map((a) => ({ userId: a.userId, asOf: a.asOf, data: { ...a.analysis.patterns } })),
        now,
      );
    }
    if (!parts.has("goals")) return [];
    const titles = new Map(analyses.flatMap((a) => a.features.goals.map((g) => [g.id, g.title] as const)));
    return storeAchievements(
      tx,
      analyses.flatMap((a) =>
        a.analysis.goals.new_achievements.map((n) => ({
          userId: a.userId,
          goalId: n.goal_id,
          milestone: n.milestone,
          goalTitle: titles.get(n.goal_id),
        })),
      ),
      now,
    );
  });
  // The cached achievements read must show new ones at once (only the few athletes who were awarded something).
  await Promise.all([...new Set(awarded.map((a) => a.userId))].map((userId) => invalidate.goalsChanged(userId)));
  results.newAchievements = awarded.map(({ userId, goalId, milestone, awardedAt }) => ({
    userId,
    goalId,
    milestone,
    awardedAt,
  }));
  return results;
}
