import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { AppError, toAppError, validationError } from "@/lib/core/errors";
import { logger } from "@/lib/core/logger";
import { errorResponse } from "./errors";

/**
 * Wraps a route handler: a request id, one structured log line per request (route, status, duration), and every
 * thrown error rendered in the API's JSON shape. Route handlers stay thin: parse → authorize → call → respond.
 */

export interface RouteContext<P> {
  request: Request;
  params: P;
  requestId: string;
}

type NextRouteArgs<P> = { params: Promise<P> };

export function route<P = Record<string, string>>(name: string, handler: (ctx: RouteContext<P>) => Promise<Response>) {
  return async (request: Request, args?: NextRouteArgs<P>): Promise<Response> => {
    const requestId = request.headers.get("x-request-id") ?? randomUUID();
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
    const line = {
      requestId,
      route: name,
      method: request.method,
      status: response.status,
      durationMs: Math.round(performance.now() - started),
    };
    if (response.status >= 500) {
      logger().error({ ...line, err: failure instanceof Error ? failure : undefined }, "request failed");
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
