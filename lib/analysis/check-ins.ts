import { addDays, weekdayOf, zonedTimeToUtc } from "@/lib/core/dates";
import type { CheckInType } from "@/lib/core/domain";
import { compareText } from "./format";
import { CHECK_IN_LOCAL_TIMES, HIGH_RPE, WEEKLY_REVIEW_WEEKDAY } from "./thresholds";
import type { AthleteInput, ScheduledCheckIn } from "./types";
import { assertAsOf } from "./windows";

/**
 * Smart check-ins (PRODUCT 4.5) for one local day, `asOf`, in the athlete's zone, as UTC instants:
 * - morning_motivation at 07:00 every day;
 * - recovery_check at 09:00 when the day before held a session with RPE ≥ 8;
 * - weekly_review at 18:00 on Sundays;
 * - injury_status at 19:00 while any injury is active.
 * Local times become UTC with Intl only, so a daylight-saving day gets the right offset. The list is the same
 * every time it is computed; storing it twice is deduplicated by the database's unique key. An unknown zone (the
 * API validates zones, so only a bad row can hold one) is read as UTC, so that one row cannot fail a batch.
 */
export function scheduleCheckIns(
  input: Pick<AthleteInput, "sessions" | "injuries">,
  asOf: string,
  timeZone: string,
): ScheduledCheckIn[] {
  assertAsOf(asOf);
  const zone = isKnownTimeZone(timeZone) ? timeZone : "UTC";
  const due: CheckInType[] = ["morning_motivation"];
  const yesterday = addDays(asOf, -1);
  if (input.sessions.some((s) => s.date === yesterday && s.rpe >= HIGH_RPE)) due.push("recovery_check");
  if (weekdayOf(asOf) === WEEKLY_REVIEW_WEEKDAY) due.push("weekly_review");
  if (input.injuries.some((i) => i.status === "active" && i.onsetDate <= asOf)) due.push("injury_status");
  return due
    .map((type) => {
      const { hour, minute } = CHECK_IN_LOCAL_TIMES[type];
      return { type, scheduledFor: zonedTimeToUtc(asOf, hour, minute, zone) };
    })
    .sort((a, b) => a.scheduledFor.getTime() - b.scheduledFor.getTime() || compareText(a.type, b.type));
}

const knownTimeZones = new Map<string, boolean>();

export function isKnownTimeZone(timeZone: string): boolean {
  let known = knownTimeZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone });
      known = true;
    } catch {
      known = false;
    }
    if (knownTimeZones.size < 1_000) knownTimeZones.set(timeZone, known);
  }
  return known;
}
