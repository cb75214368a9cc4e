import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { athleteProfiles, progressMetrics, users } from "@/db/schema";
import { chunked } from "@/db/sql";
import { normalizeMetric } from "@/lib/analysis/sprint";
import { CACHE_TTL_SECONDS, cached, cacheKeys, invalidate } from "@/lib/cache";
import { addDays, dayLabel, todayIn } from "@/lib/core/dates";
import { errors } from "@/lib/core/errors";
import { uuidField } from "@/lib/core/validation";
import {
  buildProgressAnalytics,
  type MetricDto,
  type MetricRow,
  type ProgressAnalytics,
  personalBestIds,
  toMetricDto,
} from "./analytics";
import {
  ALL_METRICS,
  isRaceMetric,
  type MetricUnit,
  metricProblems,
  resolveUnit,
  type TrackMetricInput,
  type UpdateMetricInput,
} from "./schemas";

/**
 * Progress metrics: logging, editing and the cached analytics (PRODUCT 4.7 and 5). New marks have one write path,
 * `insertMarks`, for the API's track and the CSV import alike.
 */

type Row = typeof progressMetrics.$inferSelect;

/** The athlete who writes: their id and zone (their "today" decides what is in the future). */
export interface Writer {
  userId: string;
  timezone: string;
}

const toMetricRow = (row: Row): MetricRow => ({ ...row, metric: normalizeMetric(row.metric) });

/** Every stored mark of the given metrics: to check units and to tell whether a new mark is a personal best. */
async function marksOf(db: Database, userId: string, metrics: readonly string[]): Promise<MetricRow[]> {
  if (metrics.length === 0) return [];
  const rows = await db
    .select()
    .from(progressMetrics)
    .where(and(eq(progressMetrics.userId, userId), inArray(sql`lower(${progressMetrics.metric})`, [...metrics])));
  return rows.map(toMetricRow);
}

interface MarkToCheck {
  metric: string;
  value: number;
  unit: MetricUnit | undefined;
  timing?: Row["timing"];
  wind_mps?: number | null;
  date: string;
}

/**
 * Every rule a mark must pass, field → message for each mark (empty when it passes): those of `metricProblems`, and
 * those that need the athlete: no date after their today, and one unit per metric — the unit of the marks already
 * stored, and of the marks accepted before it in the same batch.
 */
function problemsOf(marks: readonly MarkToCheck[], today: string, stored: readonly MetricRow[]) {
  const earlier: Pick<MetricRow, "metric" | "unit">[] = [...stored];
  return marks.map((mark) => {
    const problems = metricProblems(mark);
    if (mark.date > today) problems.date ??= `must not be in the future (today is ${dayLabel(today)})`;
    const unit = resolveUnit(mark.metric, mark.unit);
    const other = earlier.find((r) => r.metric === mark.metric && r.unit !== unit);
    if (other && !problems.unit) {
      problems.unit = `must be ${other.unit}, the unit of your earlier ${mark.metric} marks`;
    }
    if (unit && Object.keys(problems).length === 0) earlier.push({ metric: mark.metric, unit });
    return problems;
  });
}

/** A mark as the API shows it; `history` is every mark of its metric, itself included, for the PB flag. */
function dtoWithPb(row: Row, history: readonly MetricRow[]) {
  const mark = toMetricRow(row);
  return toMetricDto(mark, personalBestIds(history).get(mark.metric) === mark.id);
}

const distinctMetrics = (marks: readonly { metric: string }[]) => [...new Set(marks.map((m) => m.metric))];

/** What `insertMarks` would refuse, mark by mark (an empty object for a mark it would store), writing nothing. */
export async function checkMarks(
  db: Database,
  writer: Writer,
  inputs: readonly TrackMetricInput[],
): Promise<Record<string, string>[]> {
  const stored = await marksOf(db, writer.userId, distinctMetrics(inputs));
  return problemsOf(inputs, todayIn(writer.timezone), stored);
}

export interface InsertMarksOptions {
  /** How a refused mark's field is named in the error: `0.unit` by default, `line 7.unit` for a file's row. */
  fieldOf?: (index: number, field: string) => string;
}

/**
 * The one write path for new marks (the API's track, the CSV import; STYLE 10): inputs the API's schema has
 * validated in, stored marks out in input order, each saying whether it is a personal best once all are stored.
 * Every rule of `checkMarks` is applied inside the transaction that stores them: one refused mark stores none.
 * The athlete's cached analytics are cleared once it commits.
 */
export async function insertMarks(
  db: Database,
  writer: Writer,
  inputs: readonly TrackMetricInput[],
  { fieldOf = (index, field) => `${index}.${field}` }: InsertMarksOptions = {},
): Promise<MetricDto[]> {
  if (inputs.length === 0) return [];
  const today = todayIn(writer.timezone);
  const { rows, history } = await db.transaction(async (tx) => {
    const stored = await marksOf(tx, writer.userId, distinctMetrics(inputs));
    const refused: Record<string, string> = {};
    problemsOf(inputs, today, stored).forEach((problems, index) => {
      for (const [field, message] of Object.entries(problems)) refused[fieldOf(index, field)] = message;
    });
    if (Object.keys(refused).length > 0) throw errors.validation(refused);
    const values = inputs.map((input) => ({
      userId: writer.userId,
      metric: input.metric,
      value: input.value,
      unit: input.unit,
      timing: input.timing ?? null,
      windMps: input.wind_mps ?? null,
      date: input.date,
      notes: input.notes || null,
    }));
    const inserted: Row[] = [];
    for (const chunk of chunked(values)) inserted.push(...(await tx.insert(progressMetrics).values(chunk).returning()));
    return { rows: inserted, history: [...stored, ...inserted.map(toMetricRow)] };
  });
  if (rows.length !== inputs.length) throw new Error("insert returned fewer marks than it was given");
  await invalidate.metricWritten(writer.userId);
  const bests = personalBestIds(history);
  return rows.map((row) => {
    const mark = toMetricRow(row);
    return toMetricDto(mark, bests.get(mark.metric) === mark.id);
  });
}

/** `POST /api/v1/progress/track`: stores a mark and says whether it is a new personal best. */
export async function trackMetric(db: Database, writer: Writer, input: TrackMetricInput): Promise<MetricDto> {
  const [mark] = await insertMarks(db, writer, [input], { fieldOf: (_, field) => field });
  return mark!;
}

async function ownMark(db: Database, userId: string, id: string): Promise<Row> {
  if (!uuidField.safeParse(id).success) throw errors.notFound("metric");
  const [row] = await db
    .select()
    .from(progressMetrics)
    .where(and(eq(progressMetrics.id, id), eq(progressMetrics.userId, userId)))
    .limit(1);
  if (!row) throw errors.notFound("metric");
  return row;
}

/** `PATCH /api/v1/progress/metrics/{id}`: the merged mark must pass every rule a new mark passes. */
export async function updateMetric(db: Database, writer: Writer, id: string, patch: UpdateMetricInput) {
  const current = await ownMark(db, writer.userId, id);
  const merged = {
    metric: patch.metric ?? normalizeMetric(current.metric),
    value: patch.value ?? current.value,
    // Renamed between a race distance and anything else, a mark takes the unit given, or the new metric's default.
    unit:
      patch.metric !== undefined && isRaceMetric(patch.metric) !== isRaceMetric(current.metric)
        ? resolveUnit(patch.metric, patch.unit)
        : (patch.unit ?? (current.unit as MetricUnit)),
    timing: patch.timing !== undefined ? patch.timing : current.timing,
    wind_mps: patch.wind_mps !== undefined ? patch.wind_mps : current.windMps,
    date: patch.date ?? current.date,
    notes: patch.notes !== undefined ? patch.notes || null : current.notes,
  };
  const others = (await marksOf(db, writer.userId, [merged.metric])).filter((r) => r.id !== id);
  const [problems] = problemsOf([merged], todayIn(writer.timezone), others);
  if (problems && Object.keys(problems).length > 0) throw errors.validation(problems);
  const [row] = await db
    .update(progressMetrics)
    .set({
      metric: merged.metric,
      value: merged.value,
      unit: merged.unit,
      timing: merged.timing,
      windMps: merged.wind_mps,
      date: merged.date,
      notes: merged.notes,
    })
    .where(and(eq(progressMetrics.id, id), eq(progressMetrics.userId, writer.userId)))
    .returning();
  if (!row) throw errors.notFound("metric");
  await invalidate.metricWritten(writer.userId);
  return dtoWithPb(row, [...others, toMetricRow(row)]);
}

/** `DELETE /api/v1/progress/metrics/{id}`. */
export async function deleteMetric(db: Database, userId: string, id: string): Promise<void> {
  if (!uuidField.safeParse(id).success) throw errors.notFound("metric");
  const deleted = await db
    .delete(progressMetrics)
    .where(and(eq(progressMetrics.id, id), eq(progressMetrics.userId, userId)))
    .returning({ id: progressMetrics.id });
  if (deleted.length === 0) throw errors.notFound("metric");
  await invalidate.metricWritten(userId);
}

/**
 * The loader behind `GET /api/v1/progress/{user_id}` (and the cache warm-up): two queries, the athlete (zone, sex,
 * birth date) and every mark of the metric, or of all metrics. The window is the last `days` days ending today in
 * the athlete's zone.
 */
export async function progressAnalytics(
  db: Database,
  userId: string,
  type: string,
  days: number,
  now: Date = new Date(),
): Promise<ProgressAnalytics> {
  const [[athlete], rows] = await Promise.all([
    db
      .select({ timezone: users.timezone, sex: athleteProfiles.sex, birthDate: athleteProfiles.birthDate })
      .from(users)
      .leftJoin(athleteProfiles, eq(athleteProfiles.userId, users.id))
      .where(eq(users.id, userId))
      .limit(1),
    db
      .select()
      .from(progressMetrics)
      .where(
        and(
          eq(progressMetrics.userId, userId),
          type === ALL_METRICS ? undefined : sql`lower(${progressMetrics.metric}) = ${type}`,
        ),
      ),
  ]);
  if (!athlete) throw errors.notFound("athlete");
  const asOf = todayIn(athlete.timezone, now);
  return buildProgressAnalytics(
    rows.map(toMetricRow),
    { from: addDays(asOf, -(days - 1)), asOf },
    { sex: athlete.sex ?? null, birthDate: athlete.birthDate ?? null },
  );
}

/** The cached read (PRODUCT 5: 30 minutes; cleared by a new session or metric). */
export function cachedProgressAnalytics(db: Database, userId: string, type: string, days: number) {
  return cached(cacheKeys.progressAnalytics(userId, type, days), CACHE_TTL_SECONDS.progressAnalytics, () =>
    progressAnalytics(db, userId, type, days),
  );
}
