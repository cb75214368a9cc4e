import { z } from "zod";
import type { Database } from "@/db/client";
import { isoDate } from "@/lib/core/dates";
import { isoDateField } from "@/lib/core/validation";
import { type AthleteAnalysis, analyzeAthletes } from "./analyze";
import { loadAthleteInputs } from "./athlete-inputs";

/** `?as_of=YYYY-MM-DD` on every analysis endpoint; omitted means today in the athlete's own time zone. */
export const asOfQuery = z.object({ as_of: isoDateField.optional() });

/**
 * The analysis of one athlete, for the API routes and pages: the same features and rules as the batch, with the
 * athlete's full recent history as `input` (the pages draw charts and lists from it). A failure here is a server
 * error, not an isolated one.
 */
export async function analyzeOne(
  db: Database,
  userId: string,
  asOf?: string,
  now = new Date(),
): Promise<AthleteAnalysis> {
  const [{ analyses, failures }, inputs] = await Promise.all([
    analyzeAthletes(db, [userId], { asOf, now }),
    loadAthleteInputs(db, [userId], asOf ?? isoDate(now)),
  ]);
  const [analysis] = analyses;
  const input = inputs.get(userId);
  if (!analysis || !input) throw new Error(`analysis failed for ${userId}: ${failures[0]?.message ?? "unknown"}`);
  return { ...analysis, input };
}
