import { type SQL, sql } from "drizzle-orm";
import { type Database, queryRows } from "@/db/client";
import {
  type AthleteFeatures,
  byAchievementOrder,
  byGoalOrder,
  byInjuryOrder,
  bySessionOrder,
  COMPLETE_WEEKS_IN_28,
  fortnightFigures,
  type InjuryFeatures,
  type MetricFeature,
} from "@/lib/analysis/features";
import { acwrZone, weekLoad } from "@/lib/analysis/load";
import {
  ACUTE_EWMA_LAMBDA,
  ACWR_MIN_HISTORY_DAYS,
  CHRONIC_EWMA_LAMBDA,
  CHRONIC_WINDOW_DAYS,
  METRICS_WINDOW_DAYS,
  NEGATIVE_MOOD_MAX,
  PAIN_TREND_LOGS,
  VARIETY_WINDOW_DAYS,
  WEEKS_IN_CHRONIC_WINDOW,
} from "@/lib/analysis/thresholds";
import type { AchievementInput, GoalInput, SessionInput } from "@/lib/analysis/types";
import { addDays } from "@/lib/core/dates";
import type { SessionType } from "@/lib/core/domain";

/**
 * Each athlete's analysis features (lib/analysis/features.ts), computed in the database: one set-based statement for
 * a whole batch, one row per athlete, each as of its own date. The rules then run on a few numbers and a handful of
 * recent rows instead of every raw row of four months. `featuresFromInput` is the reference it must equal
 * (athlete-features.test.ts holds it to that on every adapter).
 *
 * The history windows, as of each athlete's date: sessions and pain logs of the last HISTORY_DAYS days (the EWMA
 * chronic load reaches back furthest, and after 120 days a day's weight in it is below 0.02 %), wellness of the last
 * WELLNESS_DAYS, metrics of the last METRIC_HISTORY_DAYS.
 */

export const HISTORY_DAYS = 120;
export const WELLNESS_DAYS = 30;
export const METRIC_HISTORY_DAYS = 365;

export interface AthleteAsOf {
  userId: string;
  asOf: string;
}

const num = (value: number) => sql.raw(String(value));

/**
 * Sessions as one text, `id|daysAgo|type|durationMin|rpe|mood` joined by `;` (mood empty when not given): the
 * database builds it at a third of the cost of JSON, and a day count costs it less than writing out a date. No field
 * can hold either separator (a uuid, a type name, whole numbers).
 */
const sessionText = (alias: string, daysAgo: string) =>
  sql.raw(
    `concat_ws('|', ${alias}.id, ${daysAgo}, ${alias}.type, ${alias}.duration_min, ${alias}.rpe, coalesce(${alias}.mood::text, ''))`,
  );

/**
 * The statement, in parts that each read as little as they need:
 * - `h`, the whole history window: how far back the log goes and both EWMAs. They are the closed form of load.ts's
 *   recurrence e(t) = λ·L(t) + (1 − λ)·e(t − 1) started at 0 with rest days as 0: the sum over logged days of
 *   λ·(1 − λ)^(days ago)·L (it agrees with the recurrence to float rounding, ~1e-15 relative).
 * - `st`, the last 28 days only, row by row: the load, sessions and low moods, complete weeks and the evidence rows.
 *   The evidence rows hold every session of the last 14 days, so the figures of those days (counts, types, RPE, the
 *   week's load and monotony) are worked out from them (features.ts fortnightFigures), not counted twice here.
 * - Index probes for the latest metric and wellness log (plain columns), the open injuries with their pain, goals and
 *   achievements.
 * Sessions are read from the index alone: it carries every column used here (training_sessions_user_date_idx).
 * Text ordering is by code point (`collate "C"`), as `compareText` orders.
 */
function featuresQuery(athletes: readonly AthleteAsOf[]): SQL {
  const rows = JSON.stringify(athletes.map((a) => ({ user_id: a.userId, as_of: a.asOf })));
  const load = (alias: string) => sql.raw(`greatest(${alias}.rpe * ${alias}.duration_min, 0)`);
  const recentFilter = sql.raw(`ago < ${VARIETY_WINDOW_DAYS} or mood <= ${NEGATIVE_MOOD_MAX}`);
  return sql`
with a as (
  select t.user_id, t.as_of,
         -- features.ts firstMondayOf28: (8 − weekday) mod 7 days into the window, weekday 0 a Sunday
         (t.as_of - ${num(CHRONIC_WINDOW_DAYS - 1)}
          + (8 - extract(dow from t.as_of - ${num(CHRONIC_WINDOW_DAYS - 1)})::int) % 7) as monday
  from jsonb_to_recordset(${rows}::jsonb) as t(user_id uuid, as_of date)
),
h as (
  select s.user_id as h_user_id,
      max(a.as_of - s.date) as first_ago,
      sum(${load("s")} * ${num(ACUTE_EWMA_LAMBDA)}::float8
          * power(${num(1 - ACUTE_EWMA_LAMBDA)}::float8, a.as_of - s.date)) as acute_ewma,
      sum(${load("s")} * ${num(CHRONIC_EWMA_LAMBDA)}::float8
          * power(${num(1 - CHRONIC_EWMA_LAMBDA)}::float8, a.as_of - s.date)) as chronic_ewma
  from a join training_sessions s on s.user_id = a.user_id
  where s.date between a.as_of - ${num(HISTORY_DAYS)} and a.as_of
  group by s.user_id
),
s28 as (
  select s.user_id, s.id, s.date, s.type, s.duration_min, s.rpe, s.mood, (a.as_of - s.date) as ago,
         (s.date - a.monday) as since_monday, ${load("s")} as load
  from a join training_sessions s on s.user_id = a.user_id
  where s.date between a.as_of - ${num(CHRONIC_WINDOW_DAYS - 1)} and a.as_of
),
st as (
  select user_id as st_user_id,
      sum(load)::float8 as load28,
      count(*)::int as sessions28,
      count(*) filter (where mood <= ${num(NEGATIVE_MOOD_MAX)})::int as moods28,
      ${weekCountColumns()},
      min(ago) as nearest_ago,
      string_agg(${sessionText("s28", "s28.ago")}, ';') filter (where ${recentFilter}) as recent
  from s28 group by user_id
)
select a.user_id::text as user_id, a.as_of::text as as_of,
       case when h.first_ago + 1 >= ${num(ACWR_MIN_HISTORY_DAYS)} and h.chronic_ewma > 0
            then h.acute_ewma / h.chronic_ewma end as acwr,
       h.acute_ewma, h.chronic_ewma, st.*, mc.metrics30, lm.*, wl.*,
       -- The latest session is among the evidence rows when the last 14 days hold one; only otherwise is it looked up.
       case when st.nearest_ago < ${num(VARIETY_WINDOW_DAYS)} then null else
       (select ${sessionText("l", "a.as_of - l.date")} from training_sessions l
        where l.user_id = a.user_id
          and l.date = (select max(m.date) from training_sessions m
                        where m.user_id = a.user_id and m.date between a.as_of - ${num(HISTORY_DAYS)} and a.as_of)
        order by l.type collate "C" desc, l.rpe desc, l.duration_min desc, coalesce(l.mood, 0) desc,
                 l.id::text collate "C" desc
        limit 1) end as last_session,
       (select json_agg(json_build_object(
                 'injury', json_build_object('id', i.id, 'bodyPart', i.body_part, 'side', i.side,
                                             'severity', i.severity, 'status', i.status,
                                             'onsetDate', i.onset_date, 'resolvedDate', i.resolved_date),
                 'pain', coalesce(
                   (select json_agg(json_build_object('date', p.date, 'level', p.level) order by p.date desc)
                    from (select p.date, max(p.level) as level from pain_logs p
                          where p.injury_id = i.id and p.user_id = a.user_id
                            and p.date between a.as_of - ${num(HISTORY_DAYS)} and a.as_of
                          group by p.date order by p.date desc limit ${num(PAIN_TREND_LOGS)}) p),
                   '[]'::json)))
        from injuries i
        where i.user_id = a.user_id and i.status <> 'resolved' and i.onset_date <= a.as_of) as injuries,
       (select json_agg(json_build_object('id', g.id, 'title', g.title, 'metric', g.metric,
                                          'baselineValue', g.baseline_value, 'targetValue', g.target_value,
                                          'currentValue', g.current_value, 'targetDate', g.target_date,
                                          'status', g.status))
        from goals g where g.user_id = a.user_id) as goals,
       (select json_agg(json_build_object('goalId', x.goal_id, 'milestone', x.milestone))
        from achievements x where x.user_id = a.user_id) as achievements
from a
left join h on h.h_user_id = a.user_id
left join st on st.st_user_id = a.user_id
left join lateral (
  select count(*) filter (where m.date > a.as_of - ${num(METRICS_WINDOW_DAYS)})::int as metrics30,
         max(m.date) as last_metric_date
  from progress_metrics m
  where m.user_id = a.user_id and m.date between a.as_of - ${num(METRIC_HISTORY_DAYS)} and a.as_of) mc on true
left join lateral (
  select m.metric as metric_name, m.value as metric_value, m.unit as metric_unit, m.date::text as metric_date
  from progress_metrics m
  where m.user_id = a.user_id and m.date = mc.last_metric_date
  order by m.metric collate "C" desc, m.value desc, m.unit collate "C" desc
  limit 1) lm on true
left join lateral (
  select w.date::text as wellness_date, w.sleep, w.stress, w.fatigue, w.soreness,
         w.sleep + w.stress + w.fatigue + w.soreness as hooper
  from wellness_logs w
  where w.user_id = a.user_id and w.date between a.as_of - ${num(WELLNESS_DAYS)} and a.as_of
  -- One log a day (wellness_logs_user_date_unique): the latest date decides, no tie to break.
  order by w.date desc
  limit 1) wl on true`;
}

/** Sessions in each complete Monday–Sunday week of the 28-day window, counted from the window's first Monday. */
function weekCountColumns(): SQL {
  return sql.raw(
    Array.from(
      { length: COMPLETE_WEEKS_IN_28 },
      (_, k) => `count(*) filter (where since_monday between ${7 * k} and ${7 * k + 6})::int as week_${k}`,
    ).join(",\n      "),
  );
}

interface FeatureRow {
  user_id: string;
  as_of: string;
  load28: number | null;
  acute_ewma: number | null;
  chronic_ewma: number | null;
  acwr: number | null;
  sessions28: number | null;
  moods28: number | null;
  week_0: number | null;
  week_1: number | null;
  week_2: number | null;
  recent: string | null;
  last_session: string | null;
  metrics30: number | null;
  metric_name: string | null;
  metric_value: number | null;
  metric_unit: string | null;
  metric_date: string | null;
  wellness_date: string | null;
  sleep: number | null;
  stress: number | null;
  fatigue: number | null;
  soreness: number | null;
  hooper: number | null;
  injuries: InjuryFeatures[] | null;
  goals: GoalInput[] | null;
  achievements: AchievementInput[] | null;
}

/** Drivers return a float8 as a number, but an aggregate may come back as text on some; numbers either way. */
const toNumber = (value: unknown): number => (typeof value === "number" ? value : Number(value));

function toFeatures(row: FeatureRow): AthleteFeatures {
  const n = (value: number | null | undefined) => (value == null ? 0 : toNumber(value));
  const asOf = row.as_of;
  const acwr = row.acwr === null ? null : toNumber(row.acwr);
  const recentSessions = sessionsFromText(row.recent, asOf).sort(bySessionOrder);
  // The evidence rows hold every session of the last 14 days: the figures of those days are worked out from them.
  const { acute, monotony } = weekLoad(recentSessions, asOf);
  return {
    asOf,
    recentSessions,
    lastSession: row.last_session ? sessionsFromText(row.last_session, asOf)[0]! : (recentSessions.at(-1) ?? null),
    ...fortnightFigures(recentSessions, asOf),
    sessions28: n(row.sessions28),
    weekSessions28: [n(row.week_0), n(row.week_1), n(row.week_2)],
    negativeMoods28: n(row.moods28),
    load: {
      acute,
      chronic: n(row.load28) / WEEKS_IN_CHRONIC_WINDOW,
      acuteEwma: n(row.acute_ewma),
      chronicEwma: n(row.chronic_ewma),
      acwr,
      acwrZone: acwrZone(acwr),
      monotony,
      strain: monotony === null ? null : acute * monotony,
    },
    metrics30: n(row.metrics30),
    lastMetric: lastMetricOf(row),
    injuries: (row.injuries ?? []).sort((a, b) => byInjuryOrder(a.injury, b.injury)),
    latestWellness: latestWellnessOf(row),
    goals: (row.goals ?? []).sort(byGoalOrder),
    achievements: (row.achievements ?? []).sort(byAchievementOrder),
  };
}

function lastMetricOf(row: FeatureRow): MetricFeature | null {
  if (row.metric_date === null) return null;
  return { metric: row.metric_name!, value: toNumber(row.metric_value), unit: row.metric_unit!, date: row.metric_date };
}

function latestWellnessOf(row: FeatureRow): AthleteFeatures["latestWellness"] {
  if (row.wellness_date === null) return null;
  return {
    date: row.wellness_date,
    sleep: row.sleep!,
    stress: row.stress!,
    fatigue: row.fatigue!,
    soreness: row.soreness!,
    hooper: row.hooper!,
  };
}

function sessionsFromText(text: string | null, asOf: string): SessionInput[] {
  if (!text) return [];
  return text.split(";").map((fields) => {
    const [id, daysAgo, type, durationMin, rpe, mood] = fields.split("|");
    return {
      id: id!,
      date: addDays(asOf, -Number(daysAgo)),
      type: type as SessionType,
      durationMin: Number(durationMin),
      rpe: Number(rpe),
      mood: mood ? Number(mood) : null,
    };
  });
}

/** The features of many athletes, each as of its own date, in one statement. */
export async function loadAthleteFeatures(
  db: Database,
  athletes: readonly AthleteAsOf[],
): Promise<Map<string, AthleteFeatures>> {
  const result = new Map<string, AthleteFeatures>();
  if (athletes.length === 0) return result;
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return queryRows<FeatureRow>(tx, featuresQuery(athletes));
  });
  for (const row of rows) {
    result.set(row.user_id, toFeatures(row));
  }
  return result;
}
