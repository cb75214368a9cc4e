import { z } from "zod";
import type {
  ZodObjectInput,
  ZodOpenApiOperationObject,
  ZodOpenApiPathsObject,
  ZodOpenApiResponseObject,
} from "zod-openapi";
import type { ErrorCode } from "@/lib/core/errors";

/**
 * The vocabulary the area files describe operations in: who may call, the request's zod schemas (the same ones the
 * route parses) and a response for every status the route returns. `operation` adds what every route of the
 * wrapper shares, so that no area can forget a 401 or a 500.
 */

// A Record keyed by ErrorCode fails to compile when lib/core/errors.ts gains a code this list lacks.
export const ERROR_CODES: Record<ErrorCode, string> = {
  validation_error: "400",
  unauthorized: "401",
  forbidden: "403",
  not_found: "404",
  conflict: "409",
  rate_limited: "429",
  internal: "500",
  unavailable: "503",
};

/**
 * The answers about an `Idempotency-Key` rather than the request (lib/http/idempotency.ts): not AppError codes, but
 * the same error shape.
 */
export const IDEMPOTENCY_ERROR_CODES = {
  idempotency_key_in_progress: "409",
  idempotency_key_reused: "422",
} as const;

/** Every `error.code` a response may carry, with its status. */
export const RESPONSE_ERROR_CODES: Record<string, string> = { ...ERROR_CODES, ...IDEMPOTENCY_ERROR_CODES };

/** The one error shape of the API (API.md, Errors), rendered by lib/http/errors.ts. */
export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(RESPONSE_ERROR_CODES) as [string, ...string[]]).meta({
        description: Object.entries(RESPONSE_ERROR_CODES)
          .map(([code, status]) => `\`${code}\` ${status}`)
          .join(" · "),
      }),
      message: z.string().meta({ description: "A sentence to show a person." }),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .meta({ description: "Each field at fault and what it must be; nested fields are dotted (`reps.0.reps`)." }),
      request_id: z
        .string()
        .optional()
        .meta({ description: "On a 5xx: the request's id, which leads to the one log line with the detail." }),
    }),
  })
  .meta({
    id: "Error",
    examples: [
      {
        error: {
          code: "validation_error",
          message: "Some fields are not valid.",
          fields: { rpe: "must be an integer from 1 to 10" },
        },
      },
    ],
  });

const requestIdHeader = z.string().meta({
  description: "The request's id, also in the server log; send your own to trace a call.",
  header: { id: "RequestId" },
});

function headersWith(extra: Record<string, z.ZodType> = {}) {
  return z.object({ "x-request-id": requestIdHeader, ...extra });
}

function errorResponse(id: string, description: string, extraHeaders?: Record<string, z.ZodType>) {
  return {
    id,
    description,
    headers: headersWith(extraHeaders),
    content: { "application/json": { schema: errorBody } },
  } satisfies ZodOpenApiResponseObject;
}

const ERROR_RESPONSES = {
  400: errorResponse(
    "ValidationError",
    "`validation_error`: the body, a query parameter or a path segment is not valid; `fields` names each one. " +
      "Malformed JSON is a 400 too.",
  ),
  401: errorResponse("Unauthorized", "`unauthorized`: signed out, or the bearer token is invalid, expired or revoked."),
  403: errorResponse(
    "Forbidden",
    "`forbidden`: signed in, but this is not yours to read or change; or a change made with the session cookie " +
      "that did not come from Aria's own pages (programs use a bearer token).",
  ),
  404: errorResponse("NotFound", "`not_found`: there is no such thing, or it is not yours."),
  409: errorResponse("Conflict", "`conflict`: the request clashes with what is stored."),
  429: errorResponse("RateLimited", "`rate_limited`: too many attempts; try again after `Retry-After` seconds.", {
    "retry-after": z.string().meta({ description: "Seconds to wait before trying again." }),
  }),
  500: errorResponse("Internal", "`internal`: something failed on Aria's side; it has been logged."),
  503: errorResponse("Unavailable", "`unavailable`: the database (or, for Aria, the model) cannot be reached."),
} as const;

type ErrorStatus = keyof typeof ERROR_RESPONSES;
type SuccessStatus = 200 | 201 | 204;

/** A JSON success response; `headers` are the response headers besides `x-request-id`. */
export function json(
  description: string,
  schema: z.ZodType,
  headers?: Record<string, z.ZodType>,
): ZodOpenApiResponseObject {
  return { description, headers: headersWith(headers), content: { "application/json": { schema } } };
}

/** A success response with a body other than JSON (a CSV file, a text stream). */
export function body(
  description: string,
  contentType: string,
  headers?: Record<string, z.ZodType>,
): ZodOpenApiResponseObject {
  return { description, headers: headersWith(headers), content: { [contentType]: { schema: z.string() } } };
}

export function noContent(description: string): ZodOpenApiResponseObject {
  return { description, headers: headersWith() };
}

/**
 * Who may call: anyone; any signed-in user (on their own data, or a linked athlete's where the path or query names
 * one); athletes or coaches only; or a browser session only (an API token may not manage API tokens).
 */
type Access = "public" | "signedIn" | "athlete" | "coach" | "session";

const ACCESS_NOTE: Record<Access, string> = {
  public: "No authentication.",
  signedIn: "Any signed-in user.",
  athlete: "Athletes only (a coach gets 403).",
  coach: "Coaches only (an athlete gets 403).",
  session: "A browser session only: an API token gets 403, so that a leaked token cannot mint or revoke tokens.",
};

const SIGNED_IN: Record<string, string[]>[] = [{ bearerToken: [] }, { sessionCookie: [] }];
const SECURITY: Record<Access, Record<string, string[]>[]> = {
  public: [],
  signedIn: SIGNED_IN,
  athlete: SIGNED_IN,
  coach: SIGNED_IN,
  session: [{ sessionCookie: [] }],
};

interface OperationSpec {
  /** The operationId: the name the route gives `apiRoute`, which is also the `route` of its log lines. */
  id: string;
  summary: string;
  description?: string;
  access: Access;
  path?: ZodObjectInput;
  query?: z.ZodType;
  body?: z.ZodType;
  /** A body such as the demo squad would send, shown and sent by the reference's "Test Request". */
  example?: unknown;
  responses: Partial<Record<SuccessStatus, ZodOpenApiResponseObject>>;
  /** Errors besides those every operation of its access can return (401, 403, 500, 503, and 400 for input). */
  errors?: ErrorStatus[];
}

/** A query schema as parameters: list queries are intersections of `listQuery` and the route's own filters. */
function queryObject(schema: z.ZodType): ZodObjectInput {
  if (schema instanceof z.ZodObject) return schema;
  if (schema instanceof z.ZodIntersection) {
    const left = queryObject(schema.def.left as z.ZodType);
    const right = queryObject(schema.def.right as z.ZodType);
    if (left instanceof z.ZodObject && right instanceof z.ZodObject) return z.object({ ...left.shape, ...right.shape });
  }
  throw new Error("a query schema must be an object or an intersection of objects");
}

export function operation(spec: OperationSpec): ZodOpenApiOperationObject {
  const statuses = new Set<ErrorStatus>(spec.errors);
  if (spec.body || spec.query) statuses.add(400);
  if (spec.access !== "public") statuses.add(401);
  if (spec.access === "athlete" || spec.access === "coach" || spec.access === "session") statuses.add(403);
  statuses.add(500);
  statuses.add(503);
  const errors = Object.fromEntries(
    [...statuses].sort((a, b) => a - b).map((status) => [String(status), ERROR_RESPONSES[status]]),
  );
  return {
    operationId: spec.id,
    summary: spec.summary,
    description: [spec.description, ACCESS_NOTE[spec.access]].filter(Boolean).join("\n\n"),
    security: SECURITY[spec.access],
    ...(spec.path || spec.query
      ? {
          requestParams: {
            ...(spec.path ? { path: spec.path } : {}),
            ...(spec.query ? { query: queryObject(spec.query) } : {}),
          },
        }
      : {}),
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: spec.body,
                ...(spec.example === undefined ? {} : { example: spec.example }),
              },
            },
          },
        }
      : {}),
    responses: { ...spec.responses, ...errors },
  };
}

export interface Area {
  tag: { name: string; description: string };
  paths: ZodOpenApiPathsObject;
}

// ---------------------------------------------------------------- Idempotency-Key (lib/http/idempotency.ts)

const idempotencyKey = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/)
  .optional()
  .meta({
    description:
      "Makes this write safe to retry (a phone that lost signal, a queue sent again): the first answer that says " +
      "what became of the request (a 2xx, or a 4xx other than 429) is kept for 24 hours for you and this key, and " +
      "a retry with the same key gets that answer again, marked `Idempotent-Replayed: true`, without the change " +
      "being made twice. A 5xx or a 429 is not kept, so a retry can succeed. The same key with a different method, " +
      "path or body is a 422; a retry while the first is still running is a 409. 1 to 200 visible ASCII " +
      "characters (a UUID, for example); anything else is a 400. A streamed answer is not kept: there the key only " +
      "guards against a second request while the first is under way.",
    examples: ["5b0e7c1e-3f4a-4a8e-9d61-0c2f7f0b9a42"],
    param: { id: "IdempotencyKey" },
  });

const idempotentReplayed = z
  .literal("true")
  .optional()
  .meta({
    description: "On a retry with an `Idempotency-Key` already used: this is the kept answer of the first request.",
    header: { id: "IdempotentReplayed" },
  });

const KEY_IN_PROGRESS =
  "`idempotency_key_in_progress`: a request with the same `Idempotency-Key` is still being processed; retry in a " +
  "moment.";

const IDEMPOTENCY_RESPONSES = {
  409: errorResponse("IdempotencyKeyInProgress", KEY_IN_PROGRESS),
  /** For an operation that also answers `conflict`. */
  conflict409: errorResponse("ConflictOrKeyInProgress", `${ERROR_RESPONSES[409].description} Or ${KEY_IN_PROGRESS}`),
  422: errorResponse(
    "IdempotencyKeyReused",
    "`idempotency_key_reused`: this `Idempotency-Key` was already used for a different request (method, path or " +
      "body); use a new key for a new change.",
  ),
} as const;

/**
 * Whether lib/http/api-route.ts guards the operation with an `Idempotency-Key`: a write by a signed-in caller that
 * an API token may make. The session-only ones are not guarded: they answer with a secret the KV store must not keep.
 */
function isIdempotent(method: (typeof METHODS)[number], op: ZodOpenApiOperationObject): boolean {
  return method !== "get" && Boolean(op.security?.some((scheme) => "bearerToken" in scheme));
}

/** A success that can be kept and replayed: JSON, or no body. */
function isReplayable(response: ZodOpenApiResponseObject): boolean {
  return Object.keys(response.content ?? {}).every((type) => type === "application/json");
}

/** The header parameter, the 409 and 422 answers and, on each success, the replay header. */
function withIdempotencyKey(op: ZodOpenApiOperationObject): void {
  const header = op.requestParams?.header;
  op.requestParams = {
    ...op.requestParams,
    header:
      header instanceof z.ZodObject
        ? header.extend({ "Idempotency-Key": idempotencyKey })
        : z.object({ "Idempotency-Key": idempotencyKey }),
  };
  const responses: Record<string, unknown> = { ...op.responses };
  for (const [status, response] of Object.entries(responses)) {
    const documented = response as ZodOpenApiResponseObject;
    if (!status.startsWith("2") || !isReplayable(documented) || !(documented.headers instanceof z.ZodObject)) continue;
    responses[status] = {
      ...documented,
      headers: documented.headers.extend({ "idempotent-replayed": idempotentReplayed }),
    };
  }
  responses["409"] = op.responses["409"] ? IDEMPOTENCY_RESPONSES.conflict409 : IDEMPOTENCY_RESPONSES[409];
  responses["422"] = IDEMPOTENCY_RESPONSES[422];
  op.responses = responses as ZodOpenApiOperationObject["responses"];
}

/**
 * One area of the API: its operations, each tagged with the area's name. A change made with the session cookie
 * may be refused as cross-site (lib/http/csrf.ts), so every signed-in write can answer 403; and most writes take an
 * `Idempotency-Key` (isIdempotent).
 */
export function area(tag: Area["tag"], paths: ZodOpenApiPathsObject): Area {
  for (const item of Object.values(paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      op.tags = [tag.name];
      if (method !== "get" && op.security?.length && !op.responses["403"]) {
        op.responses = Object.fromEntries(
          Object.entries({ ...op.responses, 403: ERROR_RESPONSES[403] }).sort(([a], [b]) => a.localeCompare(b)),
        );
      }
      if (isIdempotent(method, op)) withIdempotencyKey(op);
    }
  }
  return { tag, paths };
}

export const METHODS = ["get", "post", "put", "patch", "delete"] as const;

// ---------------------------------------------------------------- path parameters shared by the areas

/** `{user_id}`: whose data, `me` or an id (API.md, Authentication). */
export const subjectPath = z.object({
  user_id: z.string().meta({
    description: "`me`, or the id of an athlete you may read: yourself, or as a coach one of your linked athletes.",
    examples: ["me"],
  }),
});

/** `{id}` of a row of the caller's; an id that is not a UUID is a 404 like any unknown one. */
export const idPath = (what: string) => z.object({ id: z.uuid().meta({ description: `The ${what}'s id.` }) });
