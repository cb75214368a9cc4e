import { z } from "zod";
import type { Database } from "@/db/client";
import { figuresWithPainHistory } from "@/lib/analysis/figures";
import { type Readiness, readinessFromFigures } from "@/lib/analysis/readiness";
import { assertAsOf } from "@/lib/analysis/windows";
import { addDays, isoDate, todayIn } from "@/lib/core/dates";
import { errors } from "@/lib/core/errors";
import { isoDateField } from "@/lib/core/validation";
import { loadAthleteFeatures } from "@/lib/insights/athlete-features";
import { loadAthleteInputs } from "@/lib/insights/athlete-inputs";
import type { PlannedSessionDto } from "@/lib/plans/responses";
import { listPlans, planForDay, toPlannedInput } from "@/lib/plans/service";

/** `?date=YYYY-MM-DD`: the day asked about; omitted means today in the athlete's own zone. */
export const readinessQuery = z.object({ date: isoDateField.optional() });

/** Readiness with the day's plan it followed (PRODUCT 4.8 and 4.10), as the API and Aria's tool answer it. */
export type AthleteReadiness = Readiness & { planned: PlannedSessionDto | null };

/**
 * Today's readiness for one athlete (PRODUCT 4.8): their data loaded in the same set-based queries as every
 * analysis, and their plan in one more query beside them, judged as of `date` (default: today in the athlete's own
 * zone). Without a date the plan is read for the days either side of the UTC date, one of which is the athlete's.
 */
export async function athleteReadiness(
  db: Database,
  userId: string,
  date?: string,
  now: Date = new Date(),
): Promise<AthleteReadiness> {
  const around = date ?? isoDate(now);
  const [inputs, plans] = await Promise.all([
    loadAthleteInputs(db, [userId], around),
    listPlans(db, [userId], { from: date ?? addDays(around, -1), to: date ?? addDays(around, 1) }),
  ]);
  const input = inputs.get(userId);
  if (!input) throw errors.notFound("athlete");
  const day = date ?? todayIn(input.timezone, now);
  assertAsOf(day);
  // The figures from the same features query as every analysis, as of the athlete's day.
  const features = (await loadAthleteFeatures(db, [{ userId, asOf: day }])).get(userId);
  if (!features) throw errors.notFound("athlete");
  const planned = planForDay(plans, day);
  const figures = figuresWithPainHistory(features, input.painLogs);
  return { ...readinessFromFigures(input, figures, planned ? toPlannedInput(planned) : null), planned };
}
