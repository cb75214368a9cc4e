import { and, eq, gte, lte, ne, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  achievements,
  athleteProfiles,
  calendarEvents,
  goals,
  injuries,
  painLogs,
  progressMetrics,
  trainingSessions,
  users,
  wellnessLogs,
} from "@/db/schema";
import { anyUuid } from "@/db/sql";
import { athleteWithoutHistory } from "@/lib/analysis/athlete-input";
import type { AthleteInput } from "@/lib/analysis/types";
import { addDays } from "@/lib/core/dates";
import { HISTORY_DAYS, METRIC_HISTORY_DAYS, WELLNESS_DAYS } from "./athlete-features";

/**
 * An athlete's raw rows, for many athletes at once, in a fixed number of set-based queries (nine, whatever the number
 * of athletes), over the same windows as the features the analysis reads (athlete-features.ts): for the pages and
 * answers that show the rows themselves (charts, lists, personal bests, the calendar). The analysis itself reads
 * features, not these rows.
 */

const UPCOMING_DAYS = 180;

export async function loadAthleteInputs(
  db: Database,
  userIds: readonly string[],
  asOf: string,
): Promise<Map<string, AthleteInput>> {
  const result = new Map<string, AthleteInput>();
  if (userIds.length === 0) return result;
  const ids = [...userIds];
  const since = addDays(asOf, -HISTORY_DAYS);
  // One day of margin either side: each athlete's own "today" may differ from the UTC date by a day.
  const until = addDays(asOf, 1);
  const now = new Date(`${asOf}T00:00:00Z`);

  const [people, sessionRows, injuryRows, painRows, metricRows, wellnessRows, goalRows, achievementRows, events] =
    await Promise.all([
      db
        .select({
          id: users.id,
          timezone: users.timezone,
          experienceYears: athleteProfiles.experienceYears,
          birthDate: athleteProfiles.birthDate,
          sex: athleteProfiles.sex,
        })
        .from(users)
        .leftJoin(athleteProfiles, eq(athleteProfiles.userId, users.id))
        .where(anyUuid(users.id, ids)),
      db
        .select({
          userId: trainingSessions.userId,
          id: trainingSessions.id,
          date: trainingSessions.date,
          type: trainingSessions.type,
          durationMin: trainingSessions.durationMin,
          rpe: trainingSessions.rpe,
          mood: trainingSessions.mood,
        })
        .from(trainingSessions)
        .where(
          and(
            anyUuid(trainingSessions.userId, ids),
            gte(trainingSessions.date, since),
            lte(trainingSessions.date, until),
          ),
        ),
      db
        .select({
          userId: injuries.userId,
          id: injuries.id,
          bodyPart: injuries.bodyPart,
          side: injuries.side,
          severity: injuries.severity,
          status: injuries.status,
          onsetDate: injuries.onsetDate,
          resolvedDate: injuries.resolvedDate,
        })
        .from(injuries)
        .where(
          and(
            anyUuid(injuries.userId, ids),
            or(ne(injuries.status, "resolved"), gte(injuries.resolvedDate, addDays(asOf, -28))),
          ),
        ),
      db
        .select({ userId: painLogs.userId, injuryId: painLogs.injuryId, level: painLogs.level, date: painLogs.date })
        .from(painLogs)
        .where(and(anyUuid(painLogs.userId, ids), gte(painLogs.date, since), lte(painLogs.date, until))),
      db
        .select({
          userId: progressMetrics.userId,
          metric: progressMetrics.metric,
          value: progressMetrics.value,
          unit: progressMetrics.unit,
          timing: progressMetrics.timing,
          windMps: progressMetrics.windMps,
          date: progressMetrics.date,
        })
        .from(progressMetrics)
        .where(
          and(
            anyUuid(progressMetrics.userId, ids),
            gte(progressMetrics.date, addDays(asOf, -METRIC_HISTORY_DAYS)),
            lte(progressMetrics.date, until),
          ),
        ),
      db
        .select({
          userId: wellnessLogs.userId,
          date: wellnessLogs.date,
          sleep: wellnessLogs.sleep,
          stress: wellnessLogs.stress,
          fatigue: wellnessLogs.fatigue,
          soreness: wellnessLogs.soreness,
        })
        .from(wellnessLogs)
        .where(
          and(
            anyUuid(wellnessLogs.userId, ids),
            gte(wellnessLogs.date, addDays(asOf, -WELLNESS_DAYS)),
            lte(wellnessLogs.date, until),
          ),
        ),
      db
        .select({
          userId: goals.userId,
          id: goals.id,
          title: goals.title,
          metric: goals.metric,
          baselineValue: goals.baselineValue,
          targetValue: goals.targetValue,
          currentValue: goals.currentValue,
          targetDate: goals.targetDate,
          status: goals.status,
        })
        .from(goals)
        .where(anyUuid(goals.userId, ids)),
      db
        .select({ userId: achievements.userId, goalId: achievements.goalId, milestone: achievements.milestone })
        .from(achievements)
        .where(anyUuid(achievements.userId, ids)),
      db
        .select({
          userId: calendarEvents.userId,
          title: calendarEvents.title,
          type: calendarEvents.type,
          startsAt: calendarEvents.startsAt,
        })
        .from(calendarEvents)
        .where(
          and(
            anyUuid(calendarEvents.userId, ids),
            gte(calendarEvents.startsAt, new Date(now.getTime() - 86_400_000)),
            lte(calendarEvents.startsAt, new Date(now.getTime() + UPCOMING_DAYS * 86_400_000)),
          ),
        ),
    ]);

  for (const person of people) {
    result.set(
      person.id,
      athleteWithoutHistory({
        userId: person.id,
        timezone: person.timezone,
        experienceYears: person.experienceYears,
        birthDate: person.birthDate,
        sex: person.sex,
      }),
    );
  }
  const push = <K extends keyof AthleteInput>(key: K, rows: readonly ({ userId: string } & object)[]) => {
    for (const row of rows) (result.get(row.userId)?.[key] as unknown[] | undefined)?.push(row);
  };
  push("sessions", sessionRows);
  push("injuries", injuryRows);
  push("painLogs", painRows);
  push("metrics", metricRows);
  push("wellness", wellnessRows);
  push("goals", goalRows);
  push("achievements", achievementRows);
  push("calendar", events);
  return result;
}
