import { z } from "zod";
import { formatDate } from "@/lib/core/dates";
import { CALENDAR_EVENT_TYPES } from "@/lib/core/domain";
import {
  DATE_RANGE_MESSAGE,
  enumField,
  expecting,
  isCalendarDate,
  isWithinDateRange,
  lineField,
  requireSomeField,
  textField,
  titleField,
} from "@/lib/core/validation";

/**
 * Calendar events. `start` and `end` take a calendar date (`2026-06-14`, an all-day event, stored as 00:00 UTC that
 * day) or a date and time with an explicit zone (`2026-06-14T18:30:00+02:00` or `…Z`), taken as given. A time
 * without a zone is refused rather than guessed.
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ALL_DAY_SUFFIX = "T00:00:00.000Z";
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;
const EVENT_TIME_MESSAGE = "must be a date (YYYY-MM-DD) or a date and time with a zone, e.g. 2026-06-14T18:30:00+02:00";

const eventTimeField = z
  .string(expecting(EVENT_TIME_MESSAGE))
  .trim()
  .transform((value, ctx) => {
    const allDay = DATE_ONLY.test(value);
    const day = allDay ? value : DATE_TIME.exec(value)?.[1];
    if (!day || !isCalendarDate(day)) {
      ctx.addIssue({ code: "custom", message: EVENT_TIME_MESSAGE });
      return z.NEVER;
    }
    if (!isWithinDateRange(day)) {
      ctx.addIssue({ code: "custom", message: DATE_RANGE_MESSAGE });
      return z.NEVER;
    }
    return new Date(allDay ? `${value}${ALL_DAY_SUFFIX}` : value);
  });

/** The day of an all-day event (stored at 00:00 UTC that day, as above), or null for an event at a time. */
export function allDayDate(stored: Date | string): string | null {
  const iso = typeof stored === "string" ? new Date(stored).toISOString() : stored.toISOString();
  return iso.endsWith(ALL_DAY_SUFFIX) ? iso.slice(0, 10) : null;
}

/** When an event starts or ends, in words: "Sat 18 Apr" for an all-day one, "Sat 18 Apr, 10:00" in the athlete's zone. */
export function eventTimeLabel(stored: Date | string, timeZone: string, now = new Date()): string {
  return formatDate(allDayDate(stored) ?? stored, { timeZone, time: true, now });
}

const endNotBeforeStart = {
  check: (event: { start?: Date; end?: Date | null }) => !event.start || !event.end || event.end >= event.start,
  message: "must not be before start",
};

const eventFields = z.object({
  title: titleField(200),
  type: enumField(CALENDAR_EVENT_TYPES),
  start: eventTimeField,
  end: eventTimeField.nullable().optional(),
  location: lineField(200).nullable().optional(),
  notes: textField(2_000).nullable().optional(),
});

export const calendarEventInput = eventFields.refine(endNotBeforeStart.check, {
  message: endNotBeforeStart.message,
  path: ["end"],
});
export type CalendarEventInput = z.infer<typeof calendarEventInput>;

/** PATCH: any subset; `end: null` makes it open-ended. The stored start or end is checked in the service. */
export const calendarEventUpdate = requireSomeField(eventFields.partial()).refine(endNotBeforeStart.check, {
  message: endNotBeforeStart.message,
  path: ["end"],
});
export type CalendarEventUpdate = z.infer<typeof calendarEventUpdate>;

export const END_BEFORE_START = { end: endNotBeforeStart.message };
