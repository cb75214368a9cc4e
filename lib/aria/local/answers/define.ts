import { num } from "@/lib/analysis/format";
import { sessionLoad } from "@/lib/analysis/load";
import { stillAirTime, toFatEquivalent } from "@/lib/analysis/sprint";
import {
  ACUTE_WINDOW_DAYS,
  ACWR_DANGER,
  CHRONIC_WINDOW_DAYS,
  HAND_TIME_ROUNDING_S,
  HAND_TO_FAT_LONG_S,
  HAND_TO_FAT_SHORT_MAX_M,
  HAND_TO_FAT_SHORT_S,
  HOOPER_HIGH,
  MONOTONY_HIGH,
  WIND_LEGAL_MAX_MPS,
} from "@/lib/analysis/thresholds";
import { detectTerm, type Term } from "@/lib/aria/local/intents";
import { RPE_MAX, RPE_MIN } from "@/lib/aria/local/parse-session";
import { type Ctx, describeAcwr, SWEET_SPOT_RANGE, sentence } from "./phrasing";

// The worked examples are computed by the engine, so they can never contradict what it does to real marks.
const loadOf = (rpe: number, durationMin: number) => sessionLoad({ rpe, durationMin });
const HAND_EXAMPLE_S = 10.5;
const HAND_EXAMPLE_FAT = num(toFatEquivalent(HAND_EXAMPLE_S, "hand", "100m"));
const WIND_EXAMPLE_S = 10;
const WIND_EXAMPLE_STILL_AIR = stillAirTime("100m", WIND_EXAMPLE_S, WIND_LEGAL_MAX_MPS)!.toFixed(2);
const LEGAL_WIND = `+${WIND_LEGAL_MAX_MPS.toFixed(1)}`;

const ACWR = `ACWR (acute:chronic workload ratio) compares your recent load with what you're used to: the acute load is the last ${ACUTE_WINDOW_DAYS} days and the chronic load the last ${CHRONIC_WINDOW_DAYS} days, each an exponentially weighted moving average (EWMA, λ = 2/(N+1), so recent days count more; Williams et al. 2017). Session load is RPE × minutes. The sweet spot is ${SWEET_SPOT_RANGE}; above ${ACWR_DANGER} is the danger zone, where injury risk climbs.`;
const RPE = `RPE (rating of perceived exertion) is how hard the whole session felt, on a ${RPE_MIN}–${RPE_MAX} scale: ${RPE_MIN} is very easy, ${RPE_MAX} is maximal. Session load = RPE × minutes (Foster's sRPE): RPE 7 for 45 minutes is a load of ${loadOf(7, 45)}.`;
const LOAD = `Session load (Foster's session-RPE method) is RPE × minutes: a 60-minute session at RPE 6 is ${loadOf(6, 60)} units. Summing it over ${ACUTE_WINDOW_DAYS} days gives your acute load, over ${CHRONIC_WINDOW_DAYS} days your chronic load; their ratio is the ACWR.`;
const MONOTONY = `Monotony (Foster) is your mean daily load divided by its standard deviation over ${ACUTE_WINDOW_DAYS} days, with rest days counting as 0. Above ${MONOTONY_HIGH.toFixed(1)} means your days are too alike — hard days not hard enough, easy days not easy enough — which raises illness and overtraining risk. Strain is weekly load × monotony.`;
const HOOPER = `The Hooper index is a quick daily wellness check: rate sleep, stress, fatigue and muscle soreness each from 1 (best) to 7 (worst) and add them up, so it runs from 4 to 28. Lower is better; a score above ${HOOPER_HIGH} suggests you're not recovering well and I'll flag it. Log it in the morning, before training.`;
const FAT = `FAT is fully automatic timing: the clock starts from the gun and stops on a photo-finish, to 0.01 s. Hand timing reacts late to the gun, so hand times are quicker. To compare, round the hand time up to the next ${HAND_TIME_ROUNDING_S} s and add ${HAND_TO_FAT_SHORT_S} s for races up to ${HAND_TO_FAT_SHORT_MAX_M} m (${HAND_TO_FAT_LONG_S} s at 400 m): a hand-timed ${HAND_EXAMPLE_S} is about ${HAND_EXAMPLE_FAT} FAT. I always convert hand times before comparing or counting a personal best.`;
const WIND = `In the 100 m, 200 m and the hurdles, a tailwind over ${LEGAL_WIND} m/s makes a mark wind-aided: it stands as a result but can't be a record or a personal best here. ${LEGAL_WIND} exactly is legal. I also show a still-air equivalent (Moinat, Fabius & Emanuel 2018): for example, ${WIND_EXAMPLE_S.toFixed(2)} s with ${LEGAL_WIND} m/s is worth about ${WIND_EXAMPLE_STILL_AIR} s in still air.`;
const MENU =
  "I can explain ACWR, RPE and session load, monotony and strain, the Hooper wellness index, FAT vs hand timing and wind-aided marks. Which one would you like?";

export function defineAnswer(ctx: Ctx, message: string, term: Term | null = detectTerm(message)): string {
  switch (term) {
    case "acwr":
    case "ewma": {
      const own =
        ctx?.load.acwr != null
          ? ` Yours is ${describeAcwr(ctx.load.acwr, ctx.load.zone)} (acute ${num(ctx.load.acute)} vs chronic ${num(ctx.load.chronic)}).`
          : "";
      return ACWR + own;
    }
    case "rpe": {
      const parts: string[] = [RPE];
      if (ctx?.week.average_rpe != null)
        parts.push(`Your average RPE over the last ${ACUTE_WINDOW_DAYS} days is ${num(ctx.week.average_rpe)}.`);
      if (ctx?.last_session) {
        const s = ctx.last_session;
        parts.push(
          `Your last session was RPE ${s.rpe} for ${s.duration_min} min — a load of ${loadOf(s.rpe, s.duration_min)}.`,
        );
      }
      return sentence(parts);
    }
    case "load":
      return ctx
        ? `${LOAD} Your acute load is ${num(ctx.load.acute)} and your chronic load ${num(ctx.load.chronic)}.`
        : LOAD;
    case "monotony":
    case "strain":
      return ctx?.load.monotony != null
        ? `${MONOTONY} Your monotony is ${num(ctx.load.monotony)}${ctx.load.monotony > MONOTONY_HIGH ? ", which is high" : ", which is fine"}.`
        : MONOTONY;
    case "hooper":
      return HOOPER;
    case "fat":
      return FAT;
    case "wind":
      return WIND;
    default:
      return MENU;
  }
}
