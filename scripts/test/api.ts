import { randomBytes } from "node:crypto";

/** Calls a Next.js route handler module directly, as the framework would, for integration tests. */

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface CallOptions {
  params?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  token?: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

/**
 * The /api/v1 route modules by the path the OpenAPI document gives them (`./goals/[id]/route.ts` → `/api/v1/goals/{id}`).
 * The glob is Vite's, so outside Vitest (a benchmark under tsx) there are none and responses go unchecked.
 */
function apiRouteFiles(): Record<string, () => Promise<Record<string, unknown>>> {
  try {
    return import.meta.glob<Record<string, unknown>>("../../app/api/v1/**/route.ts");
  } catch {
    return {};
  }
}

const documentPath = (file: string) =>
  `/api/v1/${file
    .replace(/^.*\/app\/api\/v1\//, "")
    .replace(/\/route\.ts$/, "")
    .replace(/\[([^\]]+)\]/g, "{$1}")}`;

let handlerPaths: Promise<Map<unknown, string>> | undefined;

/** Each exported handler of every /api/v1 route module → its document path: a test passes the module, not a path. */
function pathsByHandler(): Promise<Map<unknown, string>> {
  handlerPaths ??= (async () => {
    const modules = await Promise.all(
      Object.entries(apiRouteFiles()).map(async ([file, load]) => [documentPath(file), await load()] as const),
    );
    return new Map(
      modules.flatMap(([path, module]) =>
        Object.values(module)
          .filter((handler) => typeof handler === "function")
          .map((handler) => [handler, path] as const),
      ),
    );
  })();
  return handlerPaths;
}

/** Fails the calling test when an /api/v1 response breaks the OpenAPI document (lib/openapi/contract.ts). */
async function checkContract(handler: Handler, method: Method, response: Response): Promise<void> {
  const path = (await pathsByHandler()).get(handler);
  if (!path) return;
  const { contractProblem } = await import("@/lib/openapi/contract");
  const problem = await contractProblem(path, method, response);
  if (problem)
    throw new Error(`${method} ${path} answered ${response.status} against its OpenAPI description: ${problem}`);
}

/** A different client address per call unless one is given, so that abuse limits only apply where a test wants them. */
function randomAddress(): string {
  const bytes = randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

export async function callRoute(
  module: Record<string, unknown>,
  method: Method,
  options: CallOptions = {},
): Promise<Response> {
  const handler = module[method] as Handler | undefined;
  if (!handler) throw new Error(`the route module exports no ${method}`);
  const url = new URL("http://aria.test/api");
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  const headers: Record<string, string> = { "x-forwarded-for": randomAddress(), ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers["content-type"] = "application/json";
  }
  if (headers.cookie && !("origin" in headers) && !("sec-fetch-site" in headers)) {
    // A browser sends its page's origin with every write; the cookie-write check (lib/http/csrf.ts) expects it.
    headers.origin = url.origin;
    headers["sec-fetch-site"] = "same-origin";
  }
  const request = new Request(url, { method, headers, body });
  const response = await handler(request, { params: Promise.resolve(options.params ?? {}) });
  await checkContract(handler, method, response);
  return response;
}
