import { z } from "zod";
import type { Database } from "@/db/client";
import { isoDateField } from "@/lib/core/validation";
import { type AthleteAnalysis, analyzeAthletes } from "./analyze";

/** `?as_of=YYYY-MM-DD` on every analysis endpoint; omitted means today in the athlete's own time zone. */
export const asOfQuery = z.object({ as_of: isoDateField.optional() });

/** The analysis of one athlete, for the API routes; a failure here is a server error, not an isolated one. */
export async function analyzeOne(db: Database, userId: string, asOf?: string): Promise<AthleteAnalysis> {
  const { analyses, failures } = await analyzeAthletes(db, [userId], { asOf });
  const [analysis] = analyses;
  if (!analysis) throw new Error(`analysis failed for ${userId}: ${failures[0]?.message ?? "unknown"}`);
  return analysis;
}
