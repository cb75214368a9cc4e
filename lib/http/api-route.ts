import type { Database } from "@/db/client";
import { principalFromRequest } from "@/lib/auth/principal";
import type { Principal, Role } from "@/lib/core/domain";
import { env } from "@/lib/core/env";
import { errors } from "@/lib/core/errors";
import { getDb } from "@/lib/database";
import { getKv } from "@/lib/kv";
import { crossSiteRefusal } from "./csrf";
import { withIdempotency } from "./idempotency";
import { type RouteContext, route } from "./route";

/**
 * Every /api/v1 route goes through one of these two wrappers. `apiRoute` resolves the caller once (bearer token or
 * session cookie): 401 when signed out, 403 when the route is for another role, and 403 for a write on the cookie
 * that another site may have made (lib/http/csrf.ts). Access to another user's data is decided by
 * lib/auth/access.ts inside the handler, where the `{user_id}` is known. A write that carries an `Idempotency-Key`
 * is then made once per caller and key (lib/http/idempotency.ts), except on the session-only routes: their answer
 * holds a secret shown once (a new API token), which the KV store must not keep. Every answer to a signed-in caller
 * is `Cache-Control: no-store`, whatever the handler set.
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

/** The configured public origin, when the app is reached under a name its requests may not carry. */
function publicOrigins(): string[] {
  const url = env().AUTH_URL;
  return url ? [new URL(url).origin] : [];
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
    if (principal.via === "session") {
      const refusal = crossSiteRefusal(ctx.request, publicOrigins());
      if (refusal) throw errors.forbidden(refusal);
    }
    if (options.sessionOnly && principal.via !== "session") {
      // A leaked token must not be able to mint its own replacement.
      throw errors.forbidden("Sign in on the web to manage this; API tokens cannot do it.");
    }
    if (options.role && principal.role !== options.role) {
      throw errors.forbidden(options.role === "coach" ? "Only coaches can do this." : "Only athletes can do this.");
    }
    const run = () => handler({ ...ctx, db, principal });
    const response = options.sessionOnly
      ? await run()
      : await withIdempotency(
          { kv: getKv(), request: ctx.request, callerId: principal.userId, requestId: ctx.requestId },
          run,
        );
    response.headers.set("cache-control", "no-store");
    return response;
  });
}

export function created(body: unknown): Response {
  return Response.json(body, { status: 201 });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}
