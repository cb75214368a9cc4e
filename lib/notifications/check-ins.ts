import { and, desc, eq, gte, lte } from "drizzle-orm";
import type { Database } from "@/db/client";
import { checkIns } from "@/db/schema";
import type { CheckInType } from "@/lib/core/domain";
import { errors, validationError } from "@/lib/core/errors";
import type { CheckInResponse } from "./responses";
import { checkInResponses } from "./schemas";

/**
 * Smart check-ins (PRODUCT 4.5): the ones due now, and answering them (scheduling is the analyses' job:
 * lib/insights). The answer is stored on the check-in; answering twice is a conflict.
 */

type CheckInRow = typeof checkIns.$inferSelect;

/** What each check-in asks, short and kind; the answer form follows `checkInResponses`. */
const CHECK_IN_PROMPTS: Readonly<Record<CheckInType, string>> = {
  morning_motivation: "Good morning! How are you feeling about today?",
  recovery_check: "Yesterday was a hard one (RPE 8+). How do your legs feel?",
  weekly_review: "That's another week done. How did it go, and what do you want to focus on next?",
  injury_status: "How is your injury today? Rate the pain from 0 (none) to 10.",
};

// Aria: an unanswered check-in older than a week is stale; it stays answerable but is no longer shown as due.
const CHECK_IN_SHOWN_DAYS = 7;
const MAX_DUE_SHOWN = 20;

function toCheckInDto(row: CheckInRow): CheckInResponse {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    scheduled_for: row.scheduledFor.toISOString(),
    prompt: CHECK_IN_PROMPTS[row.type],
    response: row.response,
    answered_at: row.answeredAt?.toISOString() ?? null,
  };
}
type CheckInDto = ReturnType<typeof toCheckInDto>;

/** Scheduled check-ins whose time has come (within the last week), newest first. */
export async function dueCheckIns(db: Database, userId: string, now = new Date()): Promise<CheckInDto[]> {
  const rows = await db
    .select()
    .from(checkIns)
    .where(
      and(
        eq(checkIns.userId, userId),
        eq(checkIns.status, "scheduled"),
        lte(checkIns.scheduledFor, now),
        gte(checkIns.scheduledFor, new Date(now.getTime() - CHECK_IN_SHOWN_DAYS * 86_400_000)),
      ),
    )
    .orderBy(desc(checkIns.scheduledFor), desc(checkIns.id))
    .limit(MAX_DUE_SHOWN);
  return rows.map(toCheckInDto);
}

/**
 * Stores the athlete's answer, validated by the check-in's own form. 404 for a check-in that is not theirs, 409 when
 * it was already answered (or skipped); the final update is conditional, so two answers at once store one.
 */
export async function respondToCheckIn(
  db: Database,
  userId: string,
  id: string,
  body: unknown,
  now = new Date(),
): Promise<CheckInDto> {
  const [checkIn] = await db
    .select()
    .from(checkIns)
    .where(and(eq(checkIns.id, id), eq(checkIns.userId, userId)))
    .limit(1);
  if (!checkIn) throw errors.notFound("check-in");
  if (checkIn.status !== "scheduled") throw alreadyClosed(checkIn.status);
  const parsed = checkInResponses[checkIn.type].safeParse(body);
  if (!parsed.success) throw validationError(parsed.error);
  const [answered] = await db
    .update(checkIns)
    .set({ status: "answered", response: parsed.data, answeredAt: now })
    .where(and(eq(checkIns.id, id), eq(checkIns.status, "scheduled")))
    .returning();
  if (!answered) throw alreadyClosed("answered");
  return toCheckInDto(answered);
}

function alreadyClosed(status: CheckInRow["status"]) {
  return errors.conflict(
    status === "answered" ? "This check-in has already been answered." : "This check-in was skipped.",
    { status: `is ${status}` },
  );
}
