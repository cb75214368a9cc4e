import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { injuries, painLogs } from "@/db/schema";
import { withinDates } from "@/db/sql";
import { type PainZone, painZone } from "@/lib/analysis/sprint";
import { invalidate } from "@/lib/cache";
import { dayLabel, formatDate, todayIn } from "@/lib/core/dates";
import { errors } from "@/lib/core/errors";
import { uuidField } from "@/lib/core/validation";
import type { InjuryResponse, PainLogResponse } from "./responses";
import type { CreateInjuryInput, InjuriesQuery, PainLogInput, UpdateInjuryInput } from "./schemas";

/** Injuries and pain monitoring (PRODUCT 2, 4.7). An athlete reaches only their own injuries (404 otherwise). */

type InjuryRow = typeof injuries.$inferSelect;
type PainRow = typeof painLogs.$inferSelect;

/** The pain history shown with each injury: its latest logs, oldest first (a sparkline). */
const PAIN_HISTORY_LOGS = 30;

/** The athlete who writes: their id and zone (their "today" bounds dates and is the date an injury resolves). */
export interface Writer {
  userId: string;
  timezone: string;
}

export interface PainPoint {
  level: number;
  date: string;
}

export interface InjuryDto {
  id: string;
  body_part: string;
  side: InjuryRow["side"];
  severity: InjuryRow["severity"];
  status: InjuryRow["status"];
  onset_date: string;
  resolved_date: string | null;
  notes: string | null;
  created_at: string;
  pain: PainPoint[];
  latest_pain: PainPoint | null;
  /** Silbernagel 2007 zone of the latest pain log. */
  pain_zone: PainZone | null;
}

function toInjuryDto(injury: InjuryRow, pain: readonly PainPoint[]): InjuryResponse {
  const latest = pain[pain.length - 1] ?? null;
  return {
    id: injury.id,
    body_part: injury.bodyPart,
    side: injury.side,
    severity: injury.severity,
    status: injury.status,
    onset_date: injury.onsetDate,
    resolved_date: injury.resolvedDate,
    notes: injury.notes,
    created_at: injury.createdAt.toISOString(),
    pain: [...pain],
    latest_pain: latest,
    pain_zone: latest ? painZone(latest.level) : null,
  };
}

/** An injury changes which drills are safe to recommend: never serve sprint drills from before it. */
const clearInjuryDependentCaches = (userId: string) => invalidate.injuryChanged(userId);

/** The latest PAIN_HISTORY_LOGS logs of each injury, oldest first, in one query for all of them. */
async function painHistories(db: Database, injuryIds: readonly string[]): Promise<Map<string, PainPoint[]>> {
  const histories = new Map<string, PainPoint[]>(injuryIds.map((id) => [id, []]));
  if (injuryIds.length === 0) return histories;
  const ranked = db
    .select({
      injuryId: painLogs.injuryId,
      level: painLogs.level,
      date: painLogs.date,
      createdAt: painLogs.createdAt,
      rank: sql<number>`row_number() over (partition by ${painLogs.injuryId}
        order by ${painLogs.date} desc, ${painLogs.createdAt} desc)`.as("rank"),
    })
    .from(painLogs)
    .where(inArray(painLogs.injuryId, [...injuryIds]))
    .as("ranked");
  const rows = await db
    .select({ injuryId: ranked.injuryId, level: ranked.level, date: ranked.date })
    .from(ranked)
    .where(lte(ranked.rank, PAIN_HISTORY_LOGS))
    .orderBy(asc(ranked.injuryId), asc(ranked.date), asc(ranked.createdAt));
  for (const row of rows) histories.get(row.injuryId)?.push({ level: row.level, date: row.date });
  return histories;
}

async function withPain(db: Database, injury: InjuryRow): Promise<InjuryDto> {
  return toInjuryDto(injury, (await painHistories(db, [injury.id])).get(injury.id) ?? []);
}

function notInFuture(field: string, date: string, today: string): void {
  if (date > today) throw errors.validation({ [field]: `must not be in the future (today is ${dayLabel(today)})` });
}

const injuryNotFound = () => errors.notFound("injury");

/** `POST /api/v1/injuries`: a new injury is active. */
export async function createInjury(db: Database, writer: Writer, input: CreateInjuryInput): Promise<InjuryDto> {
  notInFuture("onset_date", input.onset_date, todayIn(writer.timezone));
  const [injury] = await db
    .insert(injuries)
    .values({
      userId: writer.userId,
      bodyPart: input.body_part,
      side: input.side,
      severity: input.severity,
      status: "active",
      onsetDate: input.onset_date,
      notes: input.notes || null,
    })
    .returning();
  if (!injury) throw new Error("insert returned no injury");
  await clearInjuryDependentCaches(writer.userId);
  return toInjuryDto(injury, []);
}

// Active first, then recovering, then resolved; within each, the latest onset first.
const STATUS_ORDER = sql`case ${injuries.status} when 'active' then 0 when 'recovering' then 1 else 2 end`;

/** `GET /api/v1/injuries`: two queries, the injuries and the pain histories of all of them. */
export async function listInjuries(
  db: Database,
  userId: string,
  query: Omit<InjuriesQuery, "user_id">,
): Promise<InjuryDto[]> {
  const rows = await db
    .select()
    .from(injuries)
    .where(
      and(
        eq(injuries.userId, userId),
        query.status ? eq(injuries.status, query.status) : undefined,
        withinDates(injuries.onsetDate, query),
      ),
    )
    .orderBy(STATUS_ORDER, desc(injuries.onsetDate), desc(injuries.createdAt))
    .limit(query.limit);
  const pain = await painHistories(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toInjuryDto(row, pain.get(row.id) ?? []));
}

/**
 * `PATCH /api/v1/injuries/{id}`. Resolving sets the resolved date to today in the athlete's zone (kept when it was
 * already resolved; never before the onset, should the athlete have moved zones since); any other status clears it.
 */
export async function updateInjury(
  db: Database,
  writer: Writer,
  injuryId: string,
  patch: UpdateInjuryInput,
): Promise<InjuryDto> {
  if (!uuidField.safeParse(injuryId).success) throw injuryNotFound();
  const today = todayIn(writer.timezone);
  const updated = await db.transaction(async (tx) => {
    const [injury] = await tx
      .select()
      .from(injuries)
      .where(and(eq(injuries.id, injuryId), eq(injuries.userId, writer.userId)))
      .limit(1)
      .for("update");
    if (!injury) throw injuryNotFound();
    let resolvedDate = injury.resolvedDate;
    if (patch.status === "resolved" && injury.status !== "resolved") {
      resolvedDate = today < injury.onsetDate ? injury.onsetDate : today;
    } else if (patch.status !== undefined && patch.status !== "resolved") {
      resolvedDate = null;
    }
    const [row] = await tx
      .update(injuries)
      .set({
        ...(patch.status !== undefined ? { status: patch.status, resolvedDate } : {}),
        ...(patch.notes !== undefined ? { notes: patch.notes || null } : {}),
        updatedAt: new Date(),
      })
      .where(eq(injuries.id, injury.id))
      .returning();
    return row!;
  });
  if (patch.status !== undefined) await clearInjuryDependentCaches(writer.userId);
  return withPain(db, updated);
}

interface PainLogDto {
  id: string;
  injury_id: string;
  level: number;
  date: string;
  notes: string | null;
  pain_zone: PainZone;
  created_at: string;
}

const toPainLogDto = (row: PainRow): PainLogResponse => ({
  id: row.id,
  injury_id: row.injuryId,
  level: row.level,
  date: row.date,
  notes: row.notes,
  pain_zone: painZone(row.level),
  created_at: row.createdAt.toISOString(),
});

/** `POST /api/v1/injuries/{id}/pain`: a pain level on a day from the onset to today. */
export async function addPainLog(
  db: Database,
  writer: Writer,
  injuryId: string,
  input: PainLogInput,
): Promise<PainLogDto> {
  if (!uuidField.safeParse(injuryId).success) throw injuryNotFound();
  const [injury] = await db
    .select({ id: injuries.id, onsetDate: injuries.onsetDate })
    .from(injuries)
    .where(and(eq(injuries.id, injuryId), eq(injuries.userId, writer.userId)))
    .limit(1);
  if (!injury) throw injuryNotFound();
  if (input.date < injury.onsetDate) {
    throw errors.validation({
      date: `must not be before the injury's onset (${formatDate(injury.onsetDate, { timeZone: writer.timezone })})`,
    });
  }
  notInFuture("date", input.date, todayIn(writer.timezone));
  const [row] = await db
    .insert(painLogs)
    .values({
      injuryId: injury.id,
      userId: writer.userId,
      level: input.level,
      date: input.date,
      notes: input.notes || null,
    })
    .returning();
  if (!row) throw new Error("insert returned no pain log");
  return toPainLogDto(row);
}
