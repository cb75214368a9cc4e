import { z } from "zod";
import type { Database } from "@/db/client";
import { type Readiness, readiness } from "@/lib/analysis/readiness";
import { isoDate, todayIn } from "@/lib/core/dates";
import { errors } from "@/lib/core/errors";
import { isoDateField } from "@/lib/core/validation";
import { loadAthleteInputs } from "@/lib/insights/athlete-inputs";

/** `?date=YYYY-MM-DD`: the day asked about; omitted means today in the athlete's own zone. */
export const readinessQuery = z.object({ date: isoDateField.optional() });

/**
 * Today's readiness for one athlete (PRODUCT 4.8): their data loaded in the same set-based queries as every
 * analysis, judged as of `date` (default: today in the athlete's own zone).
 */
export async function athleteReadiness(
  db: Database,
  userId: string,
  date?: string,
  now: Date = new Date(),
): Promise<Readiness> {
  const input = (await loadAthleteInputs(db, [userId], date ?? isoDate(now))).get(userId);
  if (!input) throw errors.notFound("athlete");
  return readiness(input, date ?? todayIn(input.timezone, now));
}
