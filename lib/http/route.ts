import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { AppError, toAppError, validationError } from "@/lib/core/errors";
import { logger } from "@/lib/core/logger";
import { errorResponse } from "./errors";

/**
 * Wraps a route handler: a request id, one structured log line per request (route, status, duration), every thrown
 * error rendered in the API's JSON shape (an unclassified one as a bare 500 `internal` with the request id), and
 * `Cache-Control: no-store` unless the handler chose otherwise: API answers are per caller and per moment, and a
 * shared cache or the browser's back button must never replay one. Route handlers stay thin: parse → authorize →
 * call → respond.
 */

export interface RouteContext<P> {
  request: Request;
  params: P;
  requestId: string;
}

type NextRouteArgs<P> = { params: Promise<P> };

/** A caller's id is kept when it is a plain token; anything else (long, or with spaces or quotes) is replaced. */
const CALLER_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export function route<P = Record<string, string>>(name: string, handler: (ctx: RouteContext<P>) => Promise<Response>) {
  return async (request: Request, args?: NextRouteArgs<P>): Promise<Response> => {
    const given = request.headers.get("x-request-id");
    const requestId = given && CALLER_REQUEST_ID.test(given) ? given : randomUUID();
    const started = performance.now();
    let response: Response;
    let failure: unknown;
    try {
      const params = (args ? await args.params : {}) as P;
      response = await handler({ request, params, requestId });
    } catch (error) {
      failure = error;
      response = errorResponse(toAppError(error), requestId);
    }
    response.headers.set("x-request-id", requestId);
    if (!response.headers.has("cache-control")) response.headers.set("cache-control", "no-store");
    const line = {
      requestId,
      route: name,
      method: request.method,
      status: response.status,
      durationMs: Math.round(performance.now() - started),
    };
    if (response.status >= 500) {
      // The serializer (lib/core/logger.ts) keeps a database error's code, constraint and table, never its query.
      logger().error({ ...line, err: failure }, "request failed");
    } else {
      logger().info(line, "request");
    }
    return response;
  };
}

/** Reads and validates a JSON body; malformed JSON is a 400, never a 500. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("validation_error", "The request body is not valid JSON.", { body: "must be valid JSON" });
  }
  const result = schema.safeParse(body);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** Validates query-string parameters against a schema. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const result = schema.safeParse(params);
  if (!result.success) throw validationError(result.error, "Some query parameters are not valid.");
  return result.data;
}
