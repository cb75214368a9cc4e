import type { CheckInType, SessionType } from "@/lib/core/domain";

/**
 * Every number the analysis rules compare against, in one place. Each line names its source; "Aria" marks a
 * product choice that PRODUCT.md leaves open, documented where it is used.
 */

// ---------------------------------------------------------------- windows (inclusive days ending on as-of)

/** PRODUCT 4 / 4.1: "last 7 days" is as_of−6 … as_of. */
export const ACUTE_WINDOW_DAYS = 7;
/** PRODUCT 4.1 needs_metrics and low_variety, 4.2 variety, 4.3 drills: the last 14 days. */
export const VARIETY_WINDOW_DAYS = 14;
/** PRODUCT 4.1 overtraining, low_frequency, mental_training, 4.2 sessions per week: the last 28 days. */
export const CHRONIC_WINDOW_DAYS = 28;
/** PRODUCT 4.1 needs_metrics: no progress metric in the last 30 days. */
export const METRICS_WINDOW_DAYS = 30;
/** PRODUCT 4.1: weekly averages over 28 days are count ÷ 4. */
export const WEEKS_IN_CHRONIC_WINDOW = CHRONIC_WINDOW_DAYS / ACUTE_WINDOW_DAYS;

// ---------------------------------------------------------------- suggestions (PRODUCT 4.1)

/** PRODUCT 4.1 high_rpe, recovery_needed, 4.5 recovery_check: an RPE of 8 or more is hard (Foster 2001 CR-10). */
export const HIGH_RPE = 8;
/** PRODUCT 4.1 high_rpe: 3 or more hard sessions in the last 7 days. */
export const HIGH_RPE_SESSIONS = 3;
/** PRODUCT 4.1 overtraining: more than 6 sessions a week on average over 28 days. */
export const MAX_SESSIONS_PER_WEEK = 6;
/** PRODUCT 4.1 low_frequency and 4.2 optimal range: fewer than 3 sessions a week is low. */
export const MIN_SESSIONS_PER_WEEK = 3;
/** PRODUCT 4.1 needs_metrics: 3 or more sessions in the last 14 days. */
export const NEEDS_METRICS_MIN_SESSIONS = 3;
/** PRODUCT 4.1 recovery_needed: average RPE ≥ 8 needs at least 2 sessions in the last 7 days. */
export const RECOVERY_NEEDED_MIN_SESSIONS = 2;
/** PRODUCT 2: a mood of 2 or less (on 1–5) is negative. */
export const NEGATIVE_MOOD_MAX = 2;
/** PRODUCT 4.1 mental_training, 4.2: 5 or more negative-mood sessions in the last 28 days. */
export const NEGATIVE_MOOD_SESSIONS = 5;
/** PRODUCT 4.1 low_variety, 4.2, 4.3: fewer than 2 distinct session types in the last 14 days. */
export const MIN_SESSION_TYPES = 2;
/** PRODUCT 4.1 low_variety: only with at least 3 sessions in the last 14 days. */
export const LOW_VARIETY_MIN_SESSIONS = 3;
/** PRODUCT 4.1 pain_improving: the three latest pain logs strictly decrease. */
export const PAIN_TREND_LOGS = 3;

// ---------------------------------------------------------------- training load (PRODUCT 4.2)

/** Williams et al. 2017: EWMA decay λ = 2 / (N + 1) with N = 7 days (acute). */
export const ACUTE_EWMA_LAMBDA = 2 / (ACUTE_WINDOW_DAYS + 1);
/** Williams et al. 2017: EWMA decay λ = 2 / (N + 1) with N = 28 days (chronic). */
export const CHRONIC_EWMA_LAMBDA = 2 / (CHRONIC_WINDOW_DAYS + 1);
/** Aria: no ACWR until the history spans one chronic window, so a new athlete's first week is not a "spike". */
export const ACWR_MIN_HISTORY_DAYS = CHRONIC_WINDOW_DAYS;
/** PRODUCT 4.2 (Gabbett 2016 bands): below 0.8 the athlete is under-loaded. */
export const ACWR_SWEET_SPOT_LOW = 0.8;
/** PRODUCT 4.2 (Gabbett 2016 bands): 0.8–1.3 is the sweet spot. */
export const ACWR_SWEET_SPOT_HIGH = 1.3;
/** PRODUCT 4.1 overtraining and 4.2: an ACWR above 1.5 is the danger zone. */
export const ACWR_DANGER = 1.5;
/** PRODUCT 4.1 monotony_high (Foster 1998): monotony above 2.0 over the last 7 days. */
export const MONOTONY_HIGH = 2.0;
/** Aria: an RPE average moving by less than half a point between weeks is "flat" (RPE is logged in whole points). */
export const RPE_TREND_FLAT_BAND = 0.5;
/** Aria: comparisons first drop float noise past 6 decimals (10.4 / 0.1 is 104.00000000000001, not 104). */
export const FLOAT_NOISE_DECIMALS = 6;
/** Aria: display values (patterns, load) are rounded to 2 decimals. */
export const DISPLAY_DECIMALS = 2;

// ---------------------------------------------------------------- sprint specifics (PRODUCT 4.7)

/** PRODUCT 4.7 (World Athletics / ATFS convention): hand times are rounded up to the next 0.1 s. */
export const HAND_TIME_ROUNDING_S = 0.1;
/** World Athletics: fully automatic times are read to 0.01 s, so FAT equivalents are kept to 2 decimals. */
export const TIME_DECIMALS = 2;
/** PRODUCT 4.7: +0.24 s converts a hand time to a FAT equivalent for races up to 200 m. */
export const HAND_TO_FAT_SHORT_S = 0.24;
/** PRODUCT 4.7: +0.14 s at 400 m (Aria also uses it for the 300 m, which PRODUCT does not name). */
export const HAND_TO_FAT_LONG_S = 0.14;
/** PRODUCT 4.7: the +0.24 s conversion applies to races up to 200 m. */
export const HAND_TO_FAT_SHORT_MAX_M = 200;
/** World Athletics wind rule (PRODUCT 4.7): a tailwind over +2.0 m/s makes a mark wind-aided; exactly 2.0 is legal. */
export const WIND_LEGAL_MAX_MPS = 2.0;
/** Moinat, Fabius & Emanuel 2018, 100 m: a = A0 + A1 · tw. */
export const MOINAT_100M_A0 = -0.0449;
/** Moinat, Fabius & Emanuel 2018, 100 m: a = A0 + A1 · tw. */
export const MOINAT_100M_A1 = 0.009459;
/** Moinat, Fabius & Emanuel 2018, 100 m: b. */
export const MOINAT_100M_B = -0.0042;
/** Moinat, Fabius & Emanuel 2018, 200 m: a. */
export const MOINAT_200M_A = 0.09;
/** Moinat, Fabius & Emanuel 2018, 200 m: b. */
export const MOINAT_200M_B = -0.01;
/** Moinat, Fabius & Emanuel 2018, 100/110 m hurdles: a. */
export const MOINAT_HURDLES_A = 0.093;
/** Moinat, Fabius & Emanuel 2018, 100/110 m hurdles: b. */
export const MOINAT_HURDLES_B = -0.01;
/** Silbernagel et al. 2007 pain-monitoring model: 0–3 is safe. */
export const PAIN_SAFE_MAX = 3;
/** Silbernagel et al. 2007: 4–5 is acceptable; above 5 is not (PRODUCT 4.7 pain_high). */
export const PAIN_ACCEPTABLE_MAX = 5;
/** Hooper & Mackinnon 1995 (PRODUCT 4.7 wellness_low): a Hooper index above 12 is poor wellness. */
export const HOOPER_HIGH = 12;

// ---------------------------------------------------------------- plausibility (PRODUCT 9)

/**
 * Aria: the fastest time a mark may claim per event, in seconds, a few per cent under the world record so that no
 * real mark (wind-aided or hand-timed included) is refused and a typo or a made-up mark is. Records: World Athletics.
 */
export const FASTEST_PLAUSIBLE_TIME_S: Readonly<Record<string, { limit: number; record: number }>> = {
  /** Christian Coleman, 6.34 s (Albuquerque 2018). */
  "60m": { limit: 5.8, record: 6.34 },
  /** Usain Bolt, 9.58 s (Berlin 2009). */
  "100m": { limit: 9.0, record: 9.58 },
  /** Usain Bolt, 19.19 s (Berlin 2009). */
  "200m": { limit: 18.5, record: 19.19 },
  /** Wayde van Niekerk, 43.03 s (Rio de Janeiro 2016). */
  "400m": { limit: 40.0, record: 43.03 },
  /** Grant Holloway, 7.27 s (Glasgow 2024), 60 m hurdles indoors. */
  "60mh": { limit: 6.8, record: 7.27 },
  /** Tobi Amusan, 12.12 s (Eugene 2022), 100 m hurdles. */
  "100mh": { limit: 11.0, record: 12.12 },
  /** Aries Merritt, 12.80 s (Brussels 2012), 110 m hurdles. */
  "110mh": { limit: 12.0, record: 12.8 },
  /** Karsten Warholm, 45.94 s (Tokyo 2021), 400 m hurdles. */
  "400mh": { limit: 44.0, record: 45.94 },
};
/**
 * The fastest speed any time over a distance may imply (a mark with no row above, a rep of a session): Bolt's peak
 * of about 12.3 m/s in the 2009 Berlin final (Graubner & Nixdorf 2011) is the fastest measured human sprint.
 */
export const MAX_SPRINT_SPEED_MPS = 13;

// ---------------------------------------------------------------- drills (PRODUCT 4.3)

/** PRODUCT 4.3: under 2 years of experience is a beginner. */
export const BEGINNER_MAX_YEARS = 2;
/** PRODUCT 4.3: 2 to 5 years (inclusive) is intermediate, over 5 advanced. */
export const INTERMEDIATE_MAX_YEARS = 5;
/** PRODUCT 4.3: at most 10 drills. */
export const DRILL_LIMIT = 10;
/** PRODUCT 4.3: the body parts whose active injury removes every lower- and full-body drill. */
export const LOWER_BODY_PARTS = [
  "foot",
  "ankle",
  "achilles",
  "calf",
  "shin",
  "knee",
  "hamstring",
  "quad",
  "hip",
  "groin",
  "glute",
  "lower back",
] as const;
/** Aria: more words for the same lower body (plurals, anatomy, "thigh" or "leg"), matched like the list above. */
export const LOWER_BODY_EXTRA_TERMS = [
  "feet",
  "toe",
  "heel",
  "plantar",
  "calves",
  "tibia",
  "patella",
  "thigh",
  "leg",
  "adductor",
  "lumbar",
  "pelvis",
  "sacroiliac",
] as const;
/** Aria ranking: a drill that trains a session type missing from the last 14 days outranks every other. */
export const DRILL_WEIGHT_UNTRAINED = 100;
/** Aria ranking: with an active lower-body injury, drills tagged "injury-friendly" or for recovery come first. */
export const DRILL_WEIGHT_INJURY_FRIENDLY = 20;
/** Aria ranking: a drill at exactly the athlete's level comes before an easier one. */
export const DRILL_WEIGHT_LEVEL_MATCH = 10;
/** Aria ranking: each drill already picked from the same category lowers the next one, for a varied list. */
export const DRILL_CATEGORY_REPEAT_PENALTY = 4;

// ---------------------------------------------------------------- goals (PRODUCT 4.4)

/** PRODUCT 4.4: behind schedule below 70 % progress… */
export const BEHIND_SCHEDULE_PCT = 70;
/** PRODUCT 4.4: …with fewer than 30 days to the target date. */
export const BEHIND_SCHEDULE_DAYS = 30;
/** PRODUCT 4.4: progress is a percentage clamped to 0–100; 100 is achieved. */
export const PROGRESS_MAX_PCT = 100;
/** Aria: progress is kept to 2 decimals, so that float noise (74.999999…) never hides a milestone. */
export const PROGRESS_DECIMALS = 2;

// ---------------------------------------------------------------- check-ins (PRODUCT 4.5)

/** PRODUCT 4.5: local wall-clock times of each check-in, in the athlete's own zone. */
export const CHECK_IN_LOCAL_TIMES: Readonly<Record<CheckInType, { hour: number; minute: number }>> = {
  morning_motivation: { hour: 7, minute: 0 },
  recovery_check: { hour: 9, minute: 0 },
  weekly_review: { hour: 18, minute: 0 },
  injury_status: { hour: 19, minute: 0 },
};
/** PRODUCT 4.5: the weekly review is on Sunday (0 in JavaScript's getUTCDay numbering). */
export const WEEKLY_REVIEW_WEEKDAY = 0;

// ---------------------------------------------------------------- today's readiness (PRODUCT 4.8)

/** PRODUCT 4.8: a Hooper index of 20 or more on today's log means rest. */
export const READINESS_HOOPER_REST = 20;
/** PRODUCT 4.8: 48 hours between high-intensity sprint sessions — these types, at RPE 8 or more yesterday. */
export const HIGH_INTENSITY_SPRINT_TYPES = [
  "acceleration",
  "max_velocity",
  "speed_endurance",
  "special_endurance",
] as const satisfies readonly SessionType[];
/** PRODUCT 4.8: a competition tomorrow or the day after calls for a taper. */
export const TAPER_DAYS = 2;
/** Aria: the lightest session worth prescribing when volume is cut; below it, a recovery session is the advice. */
export const READINESS_MIN_MINUTES = 20;
/** Aria: a reduced-volume day is kept at or under this effort, so that fewer minutes are not simply run harder. */
export const READINESS_REDUCED_MAX_RPE = 6;
