import type { RepDetail } from "@/db/schema";
import { MIN_SPLITS } from "@/lib/analysis/sprint-profile";

/**
 * Split times from a logged session's reps (PRODUCT 4.9): sprints of different lengths from the same start — 10, 20
 * and 30 m, say — each timed, read as the splits of one maximal sprint, taking the best time at each distance. Pure,
 * so the page can offer it as the athlete picks a session. Null when fewer than 3 distances have a time.
 */
export function splitsFromReps(reps: readonly RepDetail[] | null): { distances_m: number[]; times_s: number[] } | null {
  const best = new Map<number, number>();
  for (const rep of reps ?? []) {
    if (!rep.distanceM || rep.distanceM <= 0) continue;
    const times = (rep.timesS ?? []).filter((t) => Number.isFinite(t) && t > 0);
    if (times.length === 0) continue;
    const fastest = Math.min(...times);
    best.set(rep.distanceM, Math.min(best.get(rep.distanceM) ?? Number.POSITIVE_INFINITY, fastest));
  }
  if (best.size < MIN_SPLITS) return null;
  const distances = [...best.keys()].sort((a, b) => a - b);
  return { distances_m: distances, times_s: distances.map((d) => best.get(d)!) };
}
