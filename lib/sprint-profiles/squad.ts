import { and, asc, desc, eq, gte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { coachAthletes, sprintProfiles, users } from "@/db/schema";
import { anyUuid } from "@/db/sql";
import { readSprintProfiles, type SprintReading } from "@/lib/analysis/sprint-profile";
import { SEASON_DAYS } from "@/lib/analysis/sprint-profile/reading";
import { type SprintProfileDto, toSprintProfileDto } from "./responses";

/**
 * The coach's squad comparison of sprint profiles (PRODUCT 4.9): each linked athlete's latest profile side by side,
 * with the same plain-words reading the athlete sees. Two queries whatever the squad size: the linked athletes, then
 * every athlete's profiles of their own season (up to SEASON_DAYS before their latest, all the reading looks at).
 */

export interface SquadSprintRow {
  id: string;
  name: string;
  /** Newest first; empty for an athlete who has not measured a sprint. */
  profiles: SprintProfileDto[];
  latest: SprintProfileDto | null;
  reading: SprintReading | null;
}

export async function squadSprintProfiles(db: Database, coachId: string): Promise<SquadSprintRow[]> {
  const athletes = await db
    .select({ id: users.id, name: users.name })
    .from(coachAthletes)
    .innerJoin(users, eq(users.id, coachAthletes.athleteId))
    .where(eq(coachAthletes.coachId, coachId))
    .orderBy(asc(users.name), asc(users.id));
  if (athletes.length === 0) return [];
  const ids = athletes.map((a) => a.id);

  const latest = db
    .select({ userId: sprintProfiles.userId, date: sql<string>`max(${sprintProfiles.date})`.as("latest_date") })
    .from(sprintProfiles)
    .where(anyUuid(sprintProfiles.userId, ids))
    .groupBy(sprintProfiles.userId)
    .as("latest");
  const rows = await db
    .select({ profile: sprintProfiles })
    .from(sprintProfiles)
    .innerJoin(latest, eq(latest.userId, sprintProfiles.userId))
    .where(
      and(anyUuid(sprintProfiles.userId, ids), gte(sprintProfiles.date, sql`(${latest.date} - ${SEASON_DAYS}::int)`)),
    )
    .orderBy(desc(sprintProfiles.date), desc(sprintProfiles.createdAt), desc(sprintProfiles.id));

  const byAthlete = new Map<string, SprintProfileDto[]>();
  for (const { profile } of rows) {
    const list = byAthlete.get(profile.userId) ?? [];
    list.push(toSprintProfileDto(profile));
    byAthlete.set(profile.userId, list);
  }
  return athletes.map((athlete) => {
    const profiles = byAthlete.get(athlete.id) ?? [];
    return { ...athlete, profiles, latest: profiles[0] ?? null, reading: readSprintProfiles(profiles) };
  });
}
