import { sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import { addDays, isoDate } from "@/lib/core/dates";
import { squadRoster } from "./roster";
import { flagCounts } from "./roster-view";

/**
 * The squad at a glance: each linked athlete's weekly training load (RPE × minutes) over the last weeks, and each
 * flag the roster shows now with the athletes carrying it. The counts come from the roster's own rows (roster.ts),
 * not from stored suggestions, so a flag on a roster card is counted here and a flag since cleared is not. One
 * aggregate query beside the roster's, whatever the squad size.
 */

export const SQUAD_WEEKS = 8;

export async function squadView(db: Database, coachId: string, now = new Date()) {
  const today = isoDate(now);
  const weekStarts = Array.from({ length: SQUAD_WEEKS }, (_, i) => addDays(today, -7 * (SQUAD_WEEKS - 1 - i) - 6));
  const from = weekStarts[0]!;
  const [loads, roster] = await Promise.all([
    queryRows<{ id: string; name: string; week: number | null; load: number | null }>(
      db,
      sql`select u.id, u.name,
                 floor((s.date - ${from}::date) / 7)::int as week,
                 sum(s.rpe * s.duration_min)::int as load
          from coach_athletes ca
          join users u on u.id = ca.athlete_id
          left join training_sessions s on s.user_id = u.id and s.date between ${from}::date and ${today}::date
          where ca.coach_id = ${coachId}::uuid
          group by u.id, u.name, week
          order by u.name`,
    ),
    squadRoster(db, coachId, now),
  ]);
  const athletes = new Map<string, { id: string; name: string; weeks: number[] }>();
  for (const row of loads) {
    const athlete = athletes.get(row.id) ?? { id: row.id, name: row.name, weeks: Array(SQUAD_WEEKS).fill(0) };
    if (row.week !== null && row.week >= 0 && row.week < SQUAD_WEEKS) athlete.weeks[row.week] = row.load ?? 0;
    athletes.set(row.id, athlete);
  }
  return { weekStarts, athletes: [...athletes.values()], flagCounts: flagCounts(roster), squadSize: roster.length };
}
