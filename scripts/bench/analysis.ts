import { sql } from "drizzle-orm";
import { type DbHandle, openDatabase, queryRows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { isoDate } from "@/lib/core/dates";
import { loadAthleteFeatures } from "@/lib/insights/athlete-features";
import { runJob } from "@/lib/jobs/runner";
import { HOT_ATHLETES_LIMIT, warmHotKeys } from "@/lib/jobs/warm-hot-keys";
import { createKv } from "@/lib/kv";
import { seedContent } from "@/lib/seed";
import { benchDatabase } from "@/scripts/bench/support/database";
import { parseOptions, whole } from "@/scripts/bench/support/options";
import { withServers } from "@/scripts/bench/support/servers";
import { fixed, ratio, secondsSince } from "@/scripts/bench/support/stats";

/**
 * npm run bench -- analysis [--athletes N] [--batch N]
 *
 * Generates N synthetic athletes with 12 weeks of history (server-side, with generate_series), runs the weekly
 * comprehensive analysis over all of them through the real batch runner, and times the floor: one single-scan
 * aggregate query over the same tables. Also times the analysis's database part alone: the features query
 * (lib/insights/athlete-features.ts) over every athlete, batch by batch. Runs on the database the environment selects — embedded PGlite by default
 * (in memory, so nothing of yours is touched), or a fresh database created on the server DATABASE_URL points at
 * (dropped afterwards, on Ctrl-C too).
 */

/** Twelve weeks for every athlete: ~4.5 sessions a week, wellness, time trials, goals, meets and some injuries. */
export async function generateAthletes(handle: DbHandle, count: number): Promise<void> {
  const db = handle.db;
  await db.execute(sql`
    insert into users (email, name, role, timezone, active, last_active_at)
    select 'bench-' || g || '@bench.example', 'Bench Athlete ' || g, 'athlete',
           (array['UTC','Europe/London','America/New_York','Australia/Sydney','Africa/Lagos'])[1 + g % 5], true, now()
    from generate_series(1, ${count}) g`);
  await db.execute(sql`
    insert into athlete_profiles (user_id, events, experience_years, birth_date, sex)
    select id, '{100m,200m}', (abs(hashtext(id::text)) % 14)::float, date '1984-01-01' + abs(hashtext(id::text)) % 9000,
           (array['female','male'])[1 + abs(hashtext(id::text)) % 2]
    from users where role = 'athlete'`);
  await db.execute(sql`
    insert into training_sessions (user_id, date, type, duration_min, rpe, mood)
    select u.id, current_date - d,
           (array['acceleration','max_velocity','speed_endurance','special_endurance','tempo','technique',
                  'plyometrics','strength','recovery'])[1 + floor(random() * 9)::int],
           30 + floor(random() * 80)::int, 3 + floor(random() * 7)::int, 1 + floor(random() * 5)::int
    from users u cross join generate_series(0, 83) d
    where u.role = 'athlete' and random() < 0.65`);
  await db.execute(sql`
    insert into wellness_logs (user_id, date, sleep, stress, fatigue, soreness)
    select u.id, current_date - d, 1 + floor(random() * 5)::int, 1 + floor(random() * 5)::int,
           1 + floor(random() * 6)::int, 1 + floor(random() * 6)::int
    from users u cross join generate_series(0, 83) d
    where u.role = 'athlete' and random() < 0.4`);
  await db.execute(sql`
    insert into progress_metrics (user_id, metric, value, unit, timing, wind_mps, date)
    select u.id, '100m', 10.4 + random() * 2.2, 's', 'fat', round((random() * 4 - 1.5)::numeric, 1)::float, current_date - d
    from users u cross join generate_series(3, 83, 14) d where u.role = 'athlete'`);
  await db.execute(sql`
    insert into goals (user_id, title, metric, baseline_value, target_value, current_value, progress_pct, target_date)
    select id, 'Faster 100 m', '100m', 12.2, 11.6, 11.9, 50, current_date + 60 from users where role = 'athlete'`);
  await db.execute(sql`
    insert into injuries (user_id, body_part, side, severity, status, onset_date)
    select id, 'hamstring', 'left', 'mild', 'active', current_date - (abs(hashtext(id::text)) % 20)
    from users where role = 'athlete' and abs(hashtext(id::text)) % 10 = 0`);
  await db.execute(sql`
    insert into pain_logs (injury_id, user_id, level, date)
    select i.id, i.user_id, 2 + floor(random() * 6)::int, i.onset_date + k
    from injuries i cross join generate_series(0, 2) k`);
  await db.execute(sql`
    insert into calendar_events (user_id, title, type, starts_at)
    select id, 'Club meet', 'competition', now() + interval '30 days' from users where role = 'athlete'`);
  // A live database has statistics and a visibility map (autovacuum keeps both); freshly bulk-loaded tables have
  // neither until autovacuum comes by, and without the map no scan can be index-only.
  await db.execute(sql`vacuum analyze`);
}

/** The floor: every table the analysis reads, scanned once and aggregated per athlete, in one statement. */
const FLOOR_QUERY = sql`
  select u.id, s.n, s.load, s.last_date, w.hooper, m.best, g.goals, p.pain
  from users u
  left join (select user_id, count(*) n, sum(rpe * duration_min) load, max(date) last_date
             from training_sessions where date >= current_date - 120 group by user_id) s on s.user_id = u.id
  left join (select user_id, max(sleep + stress + fatigue + soreness) hooper
             from wellness_logs where date >= current_date - 30 group by user_id) w on w.user_id = u.id
  left join (select user_id, min(value) best from progress_metrics group by user_id) m on m.user_id = u.id
  left join (select user_id, count(*) goals from goals group by user_id) g on g.user_id = u.id
  left join (select user_id, max(level) pain from pain_logs group by user_id) p on p.user_id = u.id
  where u.role = 'athlete' and u.active`;

/**
 * A second reference: the rows the analysis reads (the same windows), fetched into this process by plain selects
 * without any analysis or write. The distance from the floor to this is the cost of moving the data at all.
 */
const FETCH_QUERIES = [
  sql`select user_id, id, date, type, duration_min, rpe, mood from training_sessions where date >= current_date - 120`,
  sql`select user_id, date, sleep, stress, fatigue, soreness from wellness_logs where date >= current_date - 30`,
  sql`select user_id, metric, value, unit, timing, wind_mps, date from progress_metrics where date >= current_date - 365`,
  sql`select user_id, injury_id, level, date from pain_logs where date >= current_date - 120`,
  sql`select user_id, id, title, metric, baseline_value, target_value, current_value, target_date, status from goals`,
];

const OPTIONS = { athletes: whole(1000), batch: whole(1000) };

export async function main(args: string[]): Promise<void> {
  const options = parseOptions("analysis", args, OPTIONS);
  const athletes = options.athletes;
  await withServers(async (servers) => {
    const { config, label } = await benchDatabase(servers);
    const handle = await openDatabase(config);
    servers.add("the database connection", () => handle.close());
    console.log(`database: ${label}`);
    await migrateDatabase(handle);
    await seedContent(handle.db);
    let started = performance.now();
    await generateAthletes(handle, athletes);
    const [rows] = await queryRows<{ sessions: number }>(
      handle.db,
      sql`select count(*)::int sessions from training_sessions`,
    );
    console.log(`generated ${athletes} athletes, ${rows?.sessions} sessions in ${secondsSince(started).toFixed(1)} s`);

    // Warm both paths once (plans, caches), then time each.
    await queryRows(handle.db, FLOOR_QUERY);
    started = performance.now();
    const floorRows = await queryRows(handle.db, FLOOR_QUERY);
    const floorS = secondsSince(started);
    console.log(`floor: single-scan aggregate over ${floorRows.length} athletes in ${floorS.toFixed(3)} s`);
    started = performance.now();
    let fetched = 0;
    for (const query of FETCH_QUERIES) fetched += (await queryRows(handle.db, query)).length;
    const fetchS = secondsSince(started);
    console.log(`fetch: the ${fetched} rows analysed, selected raw into this process, in ${fetchS.toFixed(3)} s`);

    // The part of the analysis that reads the database: every athlete's features, batch by batch, nothing stored.
    const ids = (
      await queryRows<{ id: string }>(handle.db, sql`select id from users where role = 'athlete' order by id`)
    ).map((r) => r.id);
    const today = isoDate(new Date());
    const allFeatures = async () => {
      for (let from = 0; from < ids.length; from += options.batch) {
        await loadAthleteFeatures(
          handle.db,
          ids.slice(from, from + options.batch).map((userId) => ({ userId, asOf: today })),
        );
      }
    };
    await allFeatures(); // warmed once, as the floor is
    started = performance.now();
    await allFeatures();
    const featuresS = secondsSince(started);
    console.log(
      `features: ${ids.length} athletes' features computed in the database in ${featuresS.toFixed(3)} s (one statement per batch of ${options.batch}), floor ratio ${fixed(ratio(featuresS, floorS), 1)}`,
    );

    const kv = createKv({ backend: "memory", prefix: "bench:" });
    // The first run writes every result row new; the next scheduled run finds them and mostly confirms them.
    for (const run of ["analysis", "again"] as const) {
      started = performance.now();
      const report = await runJob(handle.db, "comprehensive", {
        budgetMs: Number.POSITIVE_INFINITY,
        batchSize: options.batch,
        kv,
        warm: false,
        onBatch: ({ processed, errors }) =>
          process.stdout.write(`\ranalysing… ${processed}/${athletes} athletes, ${errors} errors`),
      });
      const seconds = secondsSince(started);
      process.stdout.write("\n");
      if (!report.done || report.errors > 0) console.log(`warning: done=${report.done}, errors=${report.errors}`);
      console.log(
        `${run}: ${report.processed} athletes in ${seconds.toFixed(2)} s, ${Math.round(report.processed / seconds)} athletes/s, floor ratio ${fixed(ratio(seconds, floorS), 1)}${run === "again" ? " (the next run, over the results of the first)" : ""}`,
      );
      if (run === "analysis") {
        console.log(`(the analysis took ${fixed(ratio(seconds, fetchS), 1)} times as long as fetching its rows raw)`);
      }
    }
    // What a finished run does next, timed apart: a bounded step whose cost does not grow with N.
    started = performance.now();
    const warmed = await warmHotKeys(handle.db, new Date(), kv);
    console.log(
      `cache warming after the run: ${warmed.warmed} hot keys in ${secondsSince(started).toFixed(2)} s (at most ${HOT_ATHLETES_LIMIT} athletes seen in the last day)`,
    );
  });
}
