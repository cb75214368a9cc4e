import type { Database } from "@/db/client";
import { principalFromRequest } from "@/lib/auth/principal";
import type { Principal, Role } from "@/lib/core/domain";
import { errors } from "@/lib/core/errors";
import { getDb } from "@/lib/database";
import { type RouteContext, route } from "./route";

/**
 * Every /api/v1 route goes through one of these two wrappers. `apiRoute` resolves the caller once (bearer token or
 * session cookie): 401 when signed out, 403 when the route is for another role. Access to another user's data is
 * decided by lib/auth/access.ts inside the handler, where the `{user_id}` is known.
 */

interface PublicContext<P> extends RouteContext<P> {
  db: Database;
}

interface ApiContext<P> extends PublicContext<P> {
  principal: Principal;
}

export function publicApiRoute<P = Record<string, string>>(
  name: string,
  handler: (ctx: PublicContext<P>) => Promise<Response>,
) {
  return route<P>(name, async (ctx) => handler({ ...ctx, db: await getDb() }));
}

export function apiRoute<P = Record<string, string>>(
  name: string,
  handler: (ctx: ApiContext<P>) => Promise<Response>,
  options: { role?: Role; sessionOnly?: boolean } = {},
) {
  return route<P>(name, async (ctx) => {
    const db = await getDb();
    const principal = await principalFromRequest(db, ctx.request);
    if (!principal) throw errors.unauthorized();
    if (options.sessionOnly && principal.via !== "session") {
      // A leaked token must not be able to mint its own replacement.
      throw errors.forbidden("Sign in on the web to manage this; API tokens cannot do it.");
    }
    if (options.role && principal.role !== options.role) {
      throw errors.forbidden(options.role === "coach" ? "Only coaches can do this." : "Only athletes can do this.");
    }
    return handler({ ...ctx, db, principal });
  });
}

export function created(body: unknown): Response {
  return Response.json(body, { status: 201 });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}
