import { and, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { loadAthleteInputs } from "@/db/queries/athlete-inputs";
import { checkIns, drills } from "@/db/schema";
import { jsonRows } from "@/db/sql";
import { analyzeAthlete } from "@/lib/analysis/comprehensive";
import type { AthleteInput, ComprehensiveAnalysis, DrillLike } from "@/lib/analysis/types";
import { invalidate } from "@/lib/cache";
import { isoDate, todayIn } from "@/lib/dates";
import { storeAchievements, storeCheckIns, storeDrillRecommendations, storeSnapshots } from "./store";
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

export interface AnalysisFailure {
  userId: string;
  message: string;
}

export type StoredPart = "suggestions" | "drills" | "goals" | "check_ins" | "patterns" | "comprehensive";

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

export interface StoredResults {
  suggestions: Map<string, StoredSuggestion[]>;
  newAchievements: { userId: string; goalId: string; milestone: number; awardedAt: Date }[];
  checkIns: Map<string, { id: string; type: string; scheduledFor: Date }[]>;
}

/** Stores the parts asked for, each in bulk. */
export async function storeAnalyses(
  db: Database,
  analyses: readonly AthleteAnalysis[],
  parts: ReadonlySet<StoredPart>,
  now = new Date(),
): Promise<StoredResults> {
  const results: StoredResults = { suggestions: new Map(), newAchievements: [], checkIns: new Map() };
  if (analyses.length === 0) return results;
  if (parts.has("suggestions")) {
    results.suggestions = await storeSuggestions(
      db,
      analyses.map((a) => ({ userId: a.userId, suggestions: a.analysis.suggestions })),
      now,
    );
  }
  if (parts.has("drills")) {
    await storeDrillRecommendations(
      db,
      analyses.map((a) => ({ userId: a.userId, asOf: a.asOf, drills: a.analysis.drills.drills })),
    );
  }
  if (parts.has("goals")) {
    const titles = new Map(analyses.flatMap((a) => a.input.goals.map((g) => [g.id, g.title] as const)));
    const awarded = await storeAchievements(
      db,
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
    // The cached achievements read must show them at once (only the few athletes who were awarded something).
    await Promise.all([...new Set(awarded.map((a) => a.userId))].map((userId) => invalidate.goalsChanged(userId)));
    results.newAchievements = awarded.map((a) => ({
      userId: a.userId,
      goalId: a.goalId,
      milestone: a.milestone,
      awardedAt: a.awardedAt,
    }));
  }
  if (parts.has("check_ins")) {
    const planned = analyses.flatMap((a) =>
      a.analysis.check_ins.map((c) => ({ userId: a.userId, type: c.type, scheduledFor: new Date(c.scheduled_for) })),
    );
    await storeCheckIns(db, planned);
    if (planned.length > 0) {
      const rows = await db
        .select({ id: checkIns.id, userId: checkIns.userId, type: checkIns.type, scheduledFor: checkIns.scheduledFor })
        .from(checkIns)
        .where(
          and(
            inArray(
              checkIns.userId,
              analyses.map((a) => a.userId),
            ),
            sql`(${checkIns.userId}, ${checkIns.type}, ${checkIns.scheduledFor}) in (select user_id, type, scheduled_for from ${jsonRows(
              planned.map((p) => ({ user_id: p.userId, type: p.type, scheduled_for: p.scheduledFor.toISOString() })),
              "user_id uuid, type text, scheduled_for timestamptz",
            )})`,
          ),
        );
      for (const row of rows) {
        const list = results.checkIns.get(row.userId) ?? [];
        list.push(row);
        results.checkIns.set(row.userId, list);
      }
    }
  }
  if (parts.has("patterns")) {
    await storeSnapshots(
      db,
      "patterns",
      analyses.map((a) => ({ userId: a.userId, asOf: a.asOf, data: { ...a.analysis.patterns } })),
      now,
    );
  }
  if (parts.has("comprehensive")) {
    await storeSnapshots(
      db,
      "comprehensive",
      analyses.map((a) => ({ userId: a.userId, asOf: a.asOf, data: { ...a.analysis } })),
      now,
    );
  }
  return results;
}
