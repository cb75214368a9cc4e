import { type NextFetchEvent, type NextMiddleware, type NextRequest, NextResponse } from "next/server";
import { auth } from "@/lib/auth";
import { apiEdgeResponse } from "@/lib/http/edge";

/**
 * Runs before Next matches a route (its docs, proxy.md "Execution order": the proxy precedes dynamic routes).
 * - /api: only the edge guard (lib/http/edge.ts), which answers a broken percent-encoding and an unsupported
 *   method in the API's JSON shape; the routes check access themselves (lib/auth/access.ts).
 * - pages: coarse redirects only, signed-out visits to private pages go to /sign-in. Auth.js's `auth` is called as
 *   the middleware itself: wrapped around a function of ours it would skip that redirect.
 */

const pages = auth as unknown as NextMiddleware;

export function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    return apiEdgeResponse(request.method, pathname) ?? NextResponse.next();
  }
  return pages(request, event);
}

export const config = {
  matcher: ["/api/:path*", "/((?!api|_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|webmanifest)$).*)"],
};
