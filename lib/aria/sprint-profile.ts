import { arrayOverlaps, asc } from "drizzle-orm";
import type { Database } from "@/db/client";
import { drills } from "@/db/schema";
import { activeLowerBodyInjuries, recommendDrills } from "@/lib/analysis/drills";
import { injuryLabel } from "@/lib/analysis/format";
import { readSprintProfiles, type SprintFocus, type SprintReading } from "@/lib/analysis/sprint-profile";
import type { AthleteInput, RecommendedDrill } from "@/lib/analysis/types";
import type { SessionType } from "@/lib/core/domain";
import type { SprintProfileDto } from "@/lib/sprint-profiles/responses";
import { listSprintProfiles } from "@/lib/sprint-profiles/service";
import type { SprintProfileBrief } from "./context-types";

/**
 * What Aria knows of an athlete's sprint profiles (PRODUCT 4.9): the engine's reading of them, in its own words, and
 * the drills that train its focus, picked by the drill rules (level, injuries, variety) from the drills whose
 * `trains` serve that focus. The context (every prompt) and the get_sprint_profile tool both read it from here.
 */

/** The session types a drill must train to serve each focus. */
export const FOCUS_SESSION_TYPES: Readonly<Record<SprintFocus, readonly SessionType[]>> = {
  acceleration: ["acceleration"],
  top_speed: ["max_velocity"],
  both: ["acceleration", "max_velocity"],
};
const SPRINT_SESSION_TYPES: SessionType[] = ["acceleration", "max_velocity"];
/** Aria: a short list an athlete can take to the track. */
const FOCUS_DRILLS = 3;
/** The profiles read for the trend: the API's default list, far more than a season holds. */
const READ_PROFILES = 100;

export interface AthleteSprintProfiles {
  /** Newest first, up to the athlete's as-of date. */
  profiles: SprintProfileDto[];
  reading: SprintReading | null;
  drills: RecommendedDrill[];
  /** The active lower-body injuries that keep the sprint drills out ("right hamstring"). */
  heldBackFor: string[];
}

/**
 * The drills for a focus, best first: the drill rules applied to the library's drills that train it. With "both",
 * acceleration and max-velocity picks alternate so that each is served.
 */
export function focusDrills(
  input: AthleteInput,
  library: readonly (typeof drills.$inferSelect)[],
  focus: SprintFocus,
  asOf: string,
  limit = FOCUS_DRILLS,
): RecommendedDrill[] {
  const perType = FOCUS_SESSION_TYPES[focus].map(
    (type) =>
      recommendDrills(
        input,
        library.filter((d) => d.trains.includes(type)),
        asOf,
        limit,
      ).drills,
  );
  const picked: RecommendedDrill[] = [];
  for (let i = 0; picked.length < limit && perType.some((list) => i < list.length); i++) {
    for (const list of perType) {
      const drill = list[i];
      if (drill && picked.length < limit && !picked.some((p) => p.slug === drill.slug)) picked.push(drill);
    }
  }
  return picked;
}

/** Two queries: the athlete's profiles and the sprint drills of the library. */
export async function athleteSprintProfiles(
  db: Database,
  input: AthleteInput,
  asOf: string,
): Promise<AthleteSprintProfiles> {
  const [stored, library] = await Promise.all([
    listSprintProfiles(db, input.userId, { limit: READ_PROFILES }),
    db
      .select()
      .from(drills)
      .where(arrayOverlaps(drills.trains, SPRINT_SESSION_TYPES))
      .orderBy(asc(drills.category), asc(drills.slug)),
  ]);
  const profiles = stored.filter((p) => p.date <= asOf);
  const reading = readSprintProfiles(
    profiles.map((p) => ({
      date: p.date,
      mss: p.mss,
      mac: p.mac,
      tau: p.tau,
      start: p.start,
      time_correction_s: p.time_correction_s,
    })),
  );
  const heldBackFor = activeLowerBodyInjuries(input.injuries, asOf).map(injuryLabel);
  return {
    profiles,
    reading,
    drills: reading ? focusDrills(input, library, reading.focus, asOf) : [],
    heldBackFor: reading ? heldBackFor : [],
  };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The compact form every prompt carries; null without a profile. */
export function sprintProfileBrief({
  reading,
  drills: picks,
  heldBackFor,
}: AthleteSprintProfiles): SprintProfileBrief | null {
  if (!reading) return null;
  const { latest } = reading;
  return {
    latest: { date: latest.date, mss: round(latest.mss, 2), tau: round(latest.tau, 2), mac: round(latest.mac, 2) },
    since: reading.since?.date ?? null,
    mss_change_pct: reading.mss ? round(reading.mss.pct, 1) : null,
    mac_change_pct: reading.mac ? round(reading.mac.pct, 1) : null,
    summary: reading.summary,
    focus: reading.focus,
    focus_reason: reading.focusReason,
    drills: picks.map((d) => ({ slug: d.slug, name: d.name })),
    drills_held_back_for: heldBackFor,
  };
}
