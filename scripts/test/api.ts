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
  const request = new Request(url, { method, headers, body });
  return handler(request, { params: Promise.resolve(options.params ?? {}) });
}
