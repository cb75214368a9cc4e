import { and, asc, eq, lt, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { calendarEvents } from "@/db/schema";
import { addDays, parseIsoDate } from "@/lib/core/dates";
import { errors } from "@/lib/core/errors";
import type { ListQuery } from "@/lib/core/validation";
import type { EventResponse } from "./responses";
import { type CalendarEventInput, type CalendarEventUpdate, END_BEFORE_START } from "./schemas";

/** Calendar events (competitions, training camps, rest days): the athlete writes, linked coaches read. */

type EventRow = typeof calendarEvents.$inferSelect;

function toEventDto(row: EventRow): EventResponse {
  return {
    id: row.id,
    title: row.title,
    type: row.type,
    start: row.startsAt.toISOString(),
    end: row.endsAt?.toISOString() ?? null,
    location: row.location,
    notes: row.notes,
    created_at: row.createdAt.toISOString(),
  };
}
export type EventDto = ReturnType<typeof toEventDto>;

export async function createEvent(db: Database, userId: string, input: CalendarEventInput): Promise<EventDto> {
  const [row] = await db
    .insert(calendarEvents)
    .values({
      userId,
      title: input.title,
      type: input.type,
      startsAt: input.start,
      endsAt: input.end ?? null,
      location: input.location ?? null,
      notes: input.notes ?? null,
    })
    .returning();
  if (!row) throw new Error("insert returned no event");
  return toEventDto(row);
}

/**
 * Events that overlap the days `from`…`to` (UTC), in order of start: an event that began before `from` and is still
 * running is included, so a week view shows the championship that started on Friday.
 */
export async function listEvents(db: Database, userId: string, query: ListQuery): Promise<EventDto[]> {
  const rows = await db
    .select()
    .from(calendarEvents)
    .where(
      and(
        eq(calendarEvents.userId, userId),
        query.from
          ? sql`coalesce(${calendarEvents.endsAt}, ${calendarEvents.startsAt}) >= ${parseIsoDate(query.from).toISOString()}::timestamptz`
          : undefined,
        query.to ? lt(calendarEvents.startsAt, parseIsoDate(addDays(query.to, 1))) : undefined,
      ),
    )
    .orderBy(asc(calendarEvents.startsAt), asc(calendarEvents.id))
    .limit(query.limit);
  return rows.map(toEventDto);
}

/** Changes the fields given; a new start or end is checked against the stored other one, in one transaction. */
export async function updateEvent(
  db: Database,
  userId: string,
  id: string,
  input: CalendarEventUpdate,
): Promise<EventDto> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(calendarEvents)
      .where(and(eq(calendarEvents.id, id), eq(calendarEvents.userId, userId)))
      .for("update")
      .limit(1);
    if (!current) throw errors.notFound("event");
    const start = input.start ?? current.startsAt;
    const end = input.end === undefined ? current.endsAt : input.end;
    if (end && end < start) throw errors.validation(END_BEFORE_START);
    const [row] = await tx
      .update(calendarEvents)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.type !== undefined ? { type: input.type } : {}),
        ...(input.start !== undefined ? { startsAt: input.start } : {}),
        ...(input.end !== undefined ? { endsAt: input.end } : {}),
        ...(input.location !== undefined ? { location: input.location } : {}),
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
      })
      .where(eq(calendarEvents.id, id))
      .returning();
    if (!row) throw errors.notFound("event");
    return toEventDto(row);
  });
}

export async function deleteEvent(db: Database, userId: string, id: string): Promise<void> {
  const deleted = await db
    .delete(calendarEvents)
    .where(and(eq(calendarEvents.id, id), eq(calendarEvents.userId, userId)))
    .returning({ id: calendarEvents.id });
  if (deleted.length === 0) throw errors.notFound("event");
}
