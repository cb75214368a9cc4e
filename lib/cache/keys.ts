/** The cached reads of PRODUCT.md section 5: one key builder and one TTL each. */

export const CACHE_TTL_SECONDS = {
  recommendedDrills: 60 * 60,
  progressAnalytics: 30 * 60,
  mentalExercises: 24 * 60 * 60,
  achievements: 60 * 60,
} as const;

export const cacheKeys = {
  recommendedDrills: (userId: string, limit: number) => `drills:recommended:${userId}:${limit}`,
  progressAnalytics: (userId: string, type: string, days: number) => `progress:analytics:${userId}:${type}:${days}`,
  mentalExercises: (type: string) => `mental:exercises:${type}`,
  achievements: (userId: string, days: number) => `achievements:${userId}:${days}`,
};

/** Patterns that clear every variant of a read for one athlete. */
export const cachePatterns = {
  recommendedDrills: (userId: string) => `drills:recommended:${userId}:*`,
  progressAnalytics: (userId: string) => `progress:analytics:${userId}:*`,
  mentalExercises: () => "mental:exercises:*",
  achievements: (userId: string) => `achievements:${userId}:*`,
};
