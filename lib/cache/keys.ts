/** The cached reads of PRODUCT.md section 5: one key builder and one TTL each. */

export const CACHE_TTL_SECONDS = {
  recommendedDrills: 60 * 60,
  progressAnalytics: 30 * 60,
  mentalExercises: 24 * 60 * 60,
  achievements: 60 * 60,
  sprintProfiles: 60 * 60,
} as const;

export const cacheKeys = {
  recommendedDrills: (userId: string, limit: number) => `drills:recommended:${userId}:${limit}`,
  progressAnalytics: (userId: string, type: string, days: number) => `progress:analytics:${userId}:${type}:${days}`,
  mentalExercises: (type: string) => `mental:exercises:${type}`,
  achievements: (userId: string, days: number) => `achievements:${userId}:${days}`,
  sprintProfiles: (userId: string, query: string) => `sprint:profiles:${userId}:${query}`,
};

/**
 * The scope a key belongs to: one read family for one athlete (or the mental exercises as a whole). Invalidation
 * works per scope: it bumps the scope's generation, and entries stored under an older generation are misses.
 */
const SCOPES = [
  /^(drills:recommended:[^:]+):/,
  /^(progress:analytics:[^:]+):/,
  /^(achievements:[^:]+):/,
  /^(sprint:profiles:[^:]+):/,
  /^(mental:exercises):/,
] as const;

export function scopeOf(key: string): string {
  for (const pattern of SCOPES) {
    const match = pattern.exec(key);
    if (match?.[1]) return match[1];
  }
  return key;
}

export const cacheScopes = {
  recommendedDrills: (userId: string) => `drills:recommended:${userId}`,
  progressAnalytics: (userId: string) => `progress:analytics:${userId}`,
  achievements: (userId: string) => `achievements:${userId}`,
  sprintProfiles: (userId: string) => `sprint:profiles:${userId}`,
  mentalExercises: () => "mental:exercises",
};

export const generationKey = (scope: string) => `cache:generation:${scope}`;
