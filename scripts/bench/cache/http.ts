import type { App } from "@/scripts/bench/support/app";

/** Latency as the client sees it: from sending a request to having read its whole body, on kept-alive connections. */

export interface Answer {
  status: number;
  ms: number;
  body: string;
  json: boolean;
}

export async function request(
  app: App,
  method: "GET" | "POST",
  pathname: string,
  options: { token?: string; body?: unknown; address?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.address) headers["x-forwarded-for"] = options.address;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const started = performance.now();
  const response = await fetch(app.url + pathname, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: AbortSignal.timeout(60_000),
  });
  const body = await response.text();
  const ms = performance.now() - started;
  return { status: response.status, ms, body, json: Boolean(response.headers.get("content-type")?.includes("json")) };
}

/** Next's own 404 for a path no route serves is a page; a route's 404 is the API's JSON error. */
export const notBuilt = (answer: Answer): boolean => answer.status === 404 && !answer.json;
