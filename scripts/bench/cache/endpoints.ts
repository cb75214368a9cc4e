/**
 * What the cache bench calls: the four cached reads of PRODUCT.md section 5, the writes that invalidate them (its
 * table of which write clears which key), and the floor, a static file served outside the auth proxy as /api
 * routes are.
 */

export const READS = {
  drills: { label: "GET /api/v1/drills/recommended/me?limit=10", path: "/api/v1/drills/recommended/me?limit=10" },
  progress: { label: "GET /api/v1/progress/me?days=365", path: "/api/v1/progress/me?days=365" },
  mental: { label: "GET /api/v1/mental/exercises", path: "/api/v1/mental/exercises" },
  achievements: { label: "GET /api/v1/achievements/me?days=365", path: "/api/v1/achievements/me?days=365" },
} as const;
export type Read = keyof typeof READS;

export const WRITES = {
  session: { label: "POST /api/v1/sessions", path: "/api/v1/sessions", invalidates: ["drills", "progress"] },
  metric: { label: "POST /api/v1/progress/track", path: "/api/v1/progress/track", invalidates: ["progress"] },
} as const satisfies Record<string, { label: string; path: string; invalidates: Read[] }>;
export type Write = keyof typeof WRITES;

export const FLOOR_PATH = "/bench-floor.svg";

/** The reads and writes the app serves yet (other areas may still be under construction). */
export interface Available {
  reads: Read[];
  writes: Write[];
}
