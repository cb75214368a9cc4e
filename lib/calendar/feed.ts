import "server-only";
import { and, eq } from "drizzle-orm";
import ical, { ICalEventStatus } from "ical-generator";
import type { Database } from "@/db/client";
import { calendarFeeds, users } from "@/db/schema";
import { typeLabel } from "@/lib/analysis/format";
import { addDays, parseIsoDate, todayIn } from "@/lib/core/dates";
import { errors } from "@/lib/core/errors";
import { newSecret, sha256Hex } from "@/lib/core/secrets";
import { listPlans } from "@/lib/plans/service";
import { listEvents } from "./events";
import type { CalendarFeedStatus, CreatedCalendarFeed } from "./responses";
import { allDayDate } from "./schemas";

/**
 * The athlete's private calendar feed (PRODUCT 4.10): an iCalendar URL that a phone's calendar subscribes to, with
 * the plan and the competitions. Its token is the only credential, so it is random, shown once, stored as a SHA-256
 * hash (as API tokens are, lib/auth/tokens.ts) and looked up by that hash: the comparison never touches the secret.
 * One live feed per athlete: making a new one replaces the old, whose link stops working at once.
 */

const TOKEN_PREFIX = "aria_cal_";
/** The plan a phone shows: the last four weeks, for what was done, and the next twelve. */
const PAST_DAYS = 28;
const AHEAD_DAYS = 84;
/** How often a calendar app should fetch again (X-PUBLISHED-TTL, REFRESH-INTERVAL). */
const REFRESH_SECONDS = 60 * 60;
/** Recording use once an hour is enough for the settings page; a calendar polls far more often than it changes. */
const LAST_USED_EVERY_MS = 60 * 60 * 1000;

const hashToken = sha256Hex;

export async function createFeed(db: Database, userId: string, now = new Date()): Promise<CreatedCalendarFeed> {
  const token = newSecret(TOKEN_PREFIX);
  const values = { userId, tokenHash: hashToken(token), createdAt: now, lastUsedAt: null };
  await db.insert(calendarFeeds).values(values).onConflictDoUpdate({ target: calendarFeeds.userId, set: values });
  return { token, created_at: now.toISOString() };
}

export async function revokeFeed(db: Database, userId: string): Promise<void> {
  const deleted = await db
    .delete(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId))
    .returning({ id: calendarFeeds.id });
  if (deleted.length === 0) throw errors.notFound("calendar feed");
}

export async function feedStatus(db: Database, userId: string): Promise<CalendarFeedStatus> {
  const [row] = await db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).limit(1);
  return {
    exists: Boolean(row),
    created_at: row?.createdAt.toISOString() ?? null,
    last_used_at: row?.lastUsedAt?.toISOString() ?? null,
  };
}

/** The athlete a feed token belongs to, or null for an unknown or revoked token (or a deactivated account). */
export async function feedByToken(db: Database, token: string, now = new Date()): Promise<string | null> {
  const [row] = await db
    .select({ feedId: calendarFeeds.id, userId: calendarFeeds.userId, lastUsedAt: calendarFeeds.lastUsedAt })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), eq(users.active, true)))
    .limit(1);
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_EVERY_MS) {
    await db.update(calendarFeeds).set({ lastUsedAt: now }).where(eq(calendarFeeds.id, row.feedId));
  }
  return row.userId;
}

/**
 * Text a calendar shows as written. ical-generator escapes commas, semicolons, backslashes and line breaks; control
 * characters have no escape in iCalendar (RFC 5545 3.3.11), so they are dropped, and a CR LF becomes one break.
 */
function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** The athlete's feed as iCalendar text: plans as all-day events, competitions at their time in UTC. */
export async function renderFeed(db: Database, userId: string, now = new Date()): Promise<string> {
  const [user] = await db
    .select({ name: users.name, timezone: users.timezone })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) throw errors.notFound("calendar feed");
  const today = todayIn(user.timezone, now);
  const range = { from: addDays(today, -PAST_DAYS), to: addDays(today, AHEAD_DAYS) };
  const [plans, events] = await Promise.all([
    listPlans(db, [userId], { ...range, limit: 500 }),
    listEvents(db, userId, { ...range, limit: 500 }),
  ]);
  const firstName = user.name.trim().split(/\s+/)[0] || "Your";

  const calendar = ical({
    name: clean(`Aria — ${firstName}'s training`),
    prodId: { company: "Aria", product: "Training calendar", language: "EN" },
    ttl: REFRESH_SECONDS,
  });

  for (const plan of plans) {
    const done = plan.session_id !== null;
    const summary = [
      capitalised(typeLabel(plan.type)),
      plan.duration_min === null ? null : `${plan.duration_min} min`,
      plan.rpe === null ? null : `RPE ${plan.rpe}`,
    ]
      .filter(Boolean)
      .join(" · ");
    const description = [done ? "Done: logged in Aria." : null, plan.reps, plan.notes]
      .filter((line): line is string => Boolean(line))
      .join("\n\n");
    calendar.createEvent({
      id: `plan-${plan.id}@aria`,
      allDay: true,
      start: parseIsoDate(plan.date),
      end: parseIsoDate(addDays(plan.date, 1)),
      stamp: now,
      lastModified: new Date(plan.updated_at),
      summary: clean(done ? `✓ ${summary}` : summary),
      description: description ? clean(description) : null,
      status: ICalEventStatus.CONFIRMED,
    });
  }

  for (const event of events) {
    if (event.type !== "competition") continue;
    const startDay = allDayDate(event.start);
    const endDay = event.end ? allDayDate(event.end) : null;
    const allDay = startDay !== null && (event.end === null || endDay !== null);
    calendar.createEvent({
      id: `event-${event.id}@aria`,
      allDay,
      start: new Date(event.start),
      // An all-day event's end is its last day, inclusive; iCalendar's DTEND is the day after.
      end: allDay ? parseIsoDate(addDays(endDay ?? (startDay as string), 1)) : event.end ? new Date(event.end) : null,
      stamp: now,
      summary: clean(event.title),
      location: event.location ? clean(event.location) : null,
      description: event.notes ? clean(event.notes) : null,
      status: ICalEventStatus.CONFIRMED,
    });
  }

  return calendar.toString();
}
