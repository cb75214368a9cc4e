import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { drills } from "@/db/schema";
import { analyzeAthlete } from "@/lib/analysis/comprehensive";
import type { AthleteInput, ComprehensiveAnalysis, DrillLike } from "@/lib/analysis/types";
import { invalidate } from "@/lib/cache";
import { isoDate, todayIn } from "@/lib/core/dates";
import { loadAthleteInputs } from "@/lib/insights/athlete-inputs";
import {
  type ScheduledCheckIn,
  storeAchievements,
  storeCheckIns,
  storeDrillRecommendations,
  storeSnapshots,
} from "./store";
import { type StoredSuggestion, storeSuggestions } from "./suggestions";

/**
 * Runs the analysis engine for many athletes: their inputs and the drill library in a fixed number of queries,
 * each athlete analysed in memory (one athlete's failure is recorded, the others go on), then what the caller
 * asks for stored in bulk. The API routes call it with one athlete; the scheduled runs with a batch.
 */

export interface AthleteAnalysis {
  userId: string;
  asOf: string;
  input: AthleteInput;
  analysis: ComprehensiveAnalysis;
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

export async function analyzeAthletes(
  db: Database,
  userIds: readonly string[],
  options: { asOf?: string; now?: Date; library?: DrillLike[] } = {},
): Promise<{ analyses: AthleteAnalysis[]; failures: AnalysisFailure[] }> {
  const now = options.now ?? new Date();
  const [inputs, library] = await Promise.all([
    loadAthleteInputs(db, userIds, options.asOf ?? isoDate(now)),
    options.library ?? loadDrillLibrary(db),
  ]);
  const analyses: AthleteAnalysis[] = [];
  const failures: AnalysisFailure[] = [];
  for (const userId of userIds) {
    const input = inputs.get(userId);
    if (!input) {
      failures.push({ userId, message: "no such athlete" });
      continue;
    }
    try {
      const asOf = options.asOf ?? todayIn(input.timezone, now);
      analyses.push({ userId, asOf, input, analysis: analyzeAthlete(input, library, asOf) });
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
  analyses: readonly AthleteAnalysis[],
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
      for (const row of await storeCheckIns(tx, planned, { all: readBack })) {
        if (!readBack) continue;
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
    const titles = new Map(analyses.flatMap((a) => a.input.goals.map((g) => [g.id, g.title] as const)));
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
