/**
 * The edge of /api, run by proxy.ts before Next matches a route: what the framework would otherwise answer in its
 * own non-JSON way becomes the API's JSON error shape.
 * - A path with a broken percent-encoding (`/api/v1/goals/%E0%A4%A`): Next fails to decode the dynamic segment while
 *   matching the route, before any handler runs, and answers a plain-text error; here it is a 400.
 * - A method the route does not serve: Next answers an empty 405 without `Allow`; here it is a JSON 405 with `Allow`.
 * Next needs a route's methods only once it has loaded the route's module, which the proxy cannot do, hence the
 * table below; lib/http/edge.test.ts keeps it equal to the route files.
 */

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Each route folder under app/api, as written, and the methods its route.ts exports. */
export const API_ROUTE_METHODS: Record<string, readonly Method[]> = {
  "auth/[...nextauth]": ["GET", "POST"],
  chat: ["POST"],
  "cron/[task]": ["GET"],
  health: ["GET"],
  "v1/achievements/[user_id]": ["GET"],
  "v1/ai/analyze/[user_id]": ["POST"],
  "v1/ai/checkins/schedule/[user_id]": ["POST"],
  "v1/ai/drills/recommend/[user_id]": ["POST"],
  "v1/ai/goals/analyze/[user_id]": ["POST"],
  "v1/ai/patterns/[user_id]": ["GET"],
  "v1/ai/readiness/[user_id]": ["GET"],
  "v1/ai/suggestions/generate/[user_id]": ["POST"],
  "v1/aria/ask": ["POST"],
  "v1/aria/sessions/[session_id]/messages": ["GET"],
  "v1/aria/sessions": ["GET"],
  "v1/auth/register": ["POST"],
  "v1/auth/token": ["POST"],
  "v1/cache/stats": ["GET"],
  "v1/calendar/[id]": ["DELETE", "PATCH"],
  "v1/calendar": ["GET", "POST"],
  "v1/calendar/feed/[token]": ["GET"],
  "v1/check-ins/[id]/respond": ["POST"],
  "v1/coach/athletes/[id]/notes/[note_id]": ["DELETE"],
  "v1/coach/athletes/[id]/notes": ["GET", "POST"],
  "v1/coach/athletes/[id]": ["DELETE"],
  "v1/coach/athletes": ["GET"],
  "v1/coach/invites/[code]": ["DELETE"],
  "v1/coach/invites": ["GET", "POST"],
  "v1/coach/join": ["POST"],
  "v1/drills/[slug]": ["GET"],
  "v1/drills/recommended/[user_id]": ["GET"],
  "v1/drills": ["GET"],
  "v1/export/[kind]": ["GET"],
  "v1/goals/[id]/progress": ["PUT"],
  "v1/goals/[id]": ["DELETE", "PATCH"],
  "v1/goals": ["GET", "POST"],
  "v1/import/[kind]/preview": ["POST"],
  "v1/import/[kind]": ["POST"],
  "v1/injuries/[id]/pain": ["POST"],
  "v1/injuries/[id]": ["PATCH"],
  "v1/injuries": ["GET", "POST"],
  "v1/me/calendar-feed": ["DELETE", "GET", "POST"],
  "v1/me/coach-notes": ["GET"],
  "v1/me/coaches/[id]": ["DELETE"],
  "v1/me/coaches": ["GET"],
  "v1/me/profile": ["PUT"],
  "v1/me": ["GET"],
  "v1/me/tokens/[id]": ["DELETE"],
  "v1/me/tokens": ["GET", "POST"],
  "v1/mental/exercises/[slug]": ["GET"],
  "v1/mental/exercises": ["GET"],
  "v1/notifications/read": ["POST"],
  "v1/notifications": ["GET"],
  "v1/openapi.json": ["GET"],
  "v1/plans/[user_id]/compliance": ["GET"],
  "v1/plans/[user_id]": ["GET"],
  "v1/plans/copy-week": ["POST"],
  "v1/plans/items/[id]": ["DELETE", "PATCH"],
  "v1/plans": ["POST"],
  "v1/nutrition/[id]": ["DELETE"],
  "v1/nutrition": ["GET", "POST"],
  "v1/progress/[user_id]": ["GET"],
  "v1/progress/metrics/[id]": ["DELETE", "PATCH"],
  "v1/progress/track": ["POST"],
  "v1/sessions/[id]": ["DELETE", "GET", "PATCH"],
  "v1/sessions": ["GET", "POST"],
  "v1/sprint-profiles/[user_id]": ["GET"],
  "v1/sprint-profiles/import/preview": ["POST"],
  "v1/sprint-profiles/import": ["POST"],
  "v1/sprint-profiles/items/[id]": ["DELETE"],
  "v1/sprint-profiles": ["POST"],
  "v1/suggestions/[id]": ["PATCH"],
  "v1/wellness": ["GET", "POST"],
};

/** Next answers these itself for every route: HEAD wherever GET is served, OPTIONS everywhere. */
function allowed(methods: readonly Method[]): string[] {
  return [...methods, ...(methods.includes("GET") ? ["HEAD"] : []), "OPTIONS"].sort();
}

type SegmentKind = 0 | 1 | 2;

interface Pattern {
  route: string;
  segments: { kind: SegmentKind; text: string }[];
}

const PATTERNS: Pattern[] = Object.keys(API_ROUTE_METHODS).map((route) => ({
  route,
  segments: route.split("/").map((text) => ({
    kind: text.startsWith("[...") ? 2 : text.startsWith("[") ? 1 : 0,
    text,
  })),
}));

function matches(pattern: Pattern, parts: string[]): boolean {
  for (const [i, segment] of pattern.segments.entries()) {
    if (segment.kind === 2) return parts.length > i;
    const part = parts[i];
    if (part === undefined || (segment.kind === 0 && segment.text !== part)) return false;
  }
  return parts.length === pattern.segments.length;
}

/** Next's precedence: at the first segment where two routes differ, a static one beats a dynamic one beats a catch-all. */
function moreSpecific(a: Pattern, b: Pattern): number {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const difference = (a.segments[i]?.kind ?? 0) - (b.segments[i]?.kind ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The route folder (a key of API_ROUTE_METHODS) that serves a pathname under /api, if any. */
export function apiRouteFor(pathname: string): string | undefined {
  const parts = pathname
    .replace(/^\/api\/?/, "")
    .replace(/\/$/, "")
    .split("/");
  return PATTERNS.filter((pattern) => matches(pattern, parts)).sort(moreSpecific)[0]?.route;
}

function hasBrokenEncoding(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

function edgeError(status: number, error: Record<string, unknown>, headers: Record<string, string> = {}): Response {
  return Response.json(
    { error },
    { status, headers: { "cache-control": "no-store", "x-request-id": crypto.randomUUID(), ...headers } },
  );
}

/**
 * The answer for a request under /api that must not reach a route, or undefined to let it through. `pathname` is
 * the raw path as the client sent it, still percent-encoded.
 */
export function apiEdgeResponse(method: string, pathname: string): Response | undefined {
  if (hasBrokenEncoding(pathname)) {
    return edgeError(400, {
      code: "validation_error",
      message: "The address is not valid: part of its path is not properly percent-encoded.",
      fields: { path: "must be valid percent-encoding (%XX, UTF-8)" },
    });
  }
  const route = apiRouteFor(pathname);
  if (!route) return undefined;
  const allow = allowed(API_ROUTE_METHODS[route]!);
  if (allow.includes(method.toUpperCase())) return undefined;
  return edgeError(
    405,
    { code: "method_not_allowed", message: `${method.toUpperCase()} is not supported here; use ${allow.join(", ")}.` },
    { allow: allow.join(", ") },
  );
}
