import { z } from "zod";
import type { ZodOpenApiPathsObject, ZodOpenApiResponseObject } from "zod-openapi";
import { API_PATHS } from "./document";
import { type METHODS, RESPONSE_ERROR_CODES } from "./operation";

/**
 * Checks a response against what the document promises for its path, method and status: the status is documented,
 * the content type is the documented one, a JSON body parses with the documented schema and has no field the schema
 * does not name, the documented headers are there, and an error's code is the one of its status. The route tests
 * run every response they receive through it (scripts/test/api.ts).
 */

type Method = (typeof METHODS)[number];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Fields in the body that the parsed output lost: a plain `z.object` strips the keys its schema does not name. */
export function undocumentedFields(input: unknown, output: unknown, at = ""): string[] {
  if (Array.isArray(input) && Array.isArray(output)) {
    return input.flatMap((item, i) => undocumentedFields(item, output[i], `${at}[${i}]`));
  }
  if (!isPlainObject(input) || !isPlainObject(output)) return [];
  return Object.keys(input).flatMap((key) => {
    const path = at ? `${at}.${key}` : key;
    return key in output ? undocumentedFields(input[key], output[key], path) : [path];
  });
}

/**
 * Lets go of the clone's body unread. Not awaited: cancelling one branch of a cloned body settles only once the
 * caller's branch is done too.
 */
function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

const mediaType = (contentType: string | null) => (contentType ?? "").split(";")[0]!.trim().toLowerCase();

function headerProblems(documented: ZodOpenApiResponseObject, response: Response): string[] {
  const headers = documented.headers;
  if (!(headers instanceof z.ZodObject)) return [];
  return Object.entries(headers.shape as Record<string, z.ZodType>)
    .filter(([name, schema]) => !schema.safeParse(undefined).success && !response.headers.has(name))
    .map(([name]) => `the documented header ${name} is missing`);
}

async function bodyProblems(documented: ZodOpenApiResponseObject, response: Response): Promise<string[]> {
  const content = documented.content ?? {};
  const types = Object.keys(content);
  if (types.length === 0) return (await response.text()) === "" ? [] : ["a body was sent where none is documented"];
  const received = mediaType(response.headers.get("content-type"));
  const type = types.find((t) => mediaType(t) === received);
  if (!type) {
    discard(response);
    return [`content type ${received || "(none)"} is not documented (${types.join(", ")})`];
  }
  const schema = content[type]?.schema;
  // A file or a text stream is checked by its type alone; reading a stream here would hold the caller until it ends.
  if (received !== "application/json" || !(schema instanceof z.ZodType)) {
    discard(response);
    return [];
  }
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    return ["the body is not JSON"];
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`);
  }
  const problems = undocumentedFields(body, parsed.data).map((path) => `${path} is not in the schema`);
  const code = isPlainObject(body) && isPlainObject(body.error) ? body.error.code : undefined;
  if (typeof code === "string" && RESPONSE_ERROR_CODES[code] !== String(response.status)) {
    problems.push(`the error code ${code} does not go with status ${response.status}`);
  }
  return problems;
}

/**
 * What is wrong with `response` as an answer to `method path` (a path of the document, e.g. `/api/v1/goals/{id}`),
 * or null when it keeps the contract. Reads a clone, so the caller can still read the response.
 */
export async function contractProblem(
  path: string,
  method: string,
  response: Response,
  paths: ZodOpenApiPathsObject = API_PATHS,
): Promise<string | null> {
  const operation = paths[path]?.[method.toLowerCase() as Method];
  if (!operation) return `${method} ${path} is not in the OpenAPI document`;
  const entry = operation.responses[String(response.status) as `${2 | 4 | 5}${string}`];
  // The area files never write a $ref: every response is a zod-openapi object with its schemas.
  const documented = entry && "description" in entry ? (entry as ZodOpenApiResponseObject) : undefined;
  if (!documented) {
    const listed = Object.keys(operation.responses).join(", ");
    return `status ${response.status} is not documented for ${operation.operationId} (it lists ${listed})`;
  }
  const problems = [...headerProblems(documented, response), ...(await bodyProblems(documented, response.clone()))];
  return problems.length === 0 ? null : problems.join("; ");
}
