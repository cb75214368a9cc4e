/**
 * Cross-site request forgery, for calls authenticated by the session cookie (PRODUCT.md section 9). A browser
 * attaches the cookie to a request another site makes, and a form or a `fetch` with `text/plain` needs no CORS
 * preflight, so a write must show that Aria's own page sent it:
 * - `Sec-Fetch-Site: same-origin` (every current browser sends it), or an `Origin` whose host is this server's
 *   (the URL it was asked for, `Host`, `X-Forwarded-Host`) or one of the configured public origins. A missing
 *   `Origin` proves nothing and is refused. A page on another site cannot set any of these headers, nor `Host`
 *   (the browser sets it to the target), and `X-Forwarded-Host` only after a preflight that Aria never answers.
 * - a body, when there is one, declared as `application/json`: the one type a cross-site form cannot send.
 * Bearer-token calls carry no ambient credential and are not concerned. Reads (GET, HEAD) change nothing.
 */

const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const CROSS_SITE_MESSAGE =
  "This change must come from Aria's own pages: the request did not show that it came from this site. Programs use an API token (Authorization: Bearer).";
export const NOT_JSON_MESSAGE = "Send changes as JSON, with the header Content-Type: application/json.";

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

function ownHosts(request: Request, publicOrigins: readonly string[]): Set<string> {
  const hosts = new Set<string>();
  const add = (host: string | null | undefined) => {
    const trimmed = host?.split(",")[0]?.trim().toLowerCase();
    if (trimmed) hosts.add(trimmed);
  };
  add(hostOf(request.url));
  add(request.headers.get("host"));
  add(request.headers.get("x-forwarded-host"));
  for (const origin of publicOrigins) add(hostOf(origin));
  return hosts;
}

function fromOwnOrigin(request: Request, publicOrigins: readonly string[]): boolean {
  if (request.headers.get("sec-fetch-site")?.toLowerCase() === "same-origin") return true;
  const origin = request.headers.get("origin");
  // Sandboxed frames and some redirects send the literal "null".
  if (!origin || origin === "null") return false;
  const host = hostOf(origin);
  return host !== undefined && ownHosts(request, publicOrigins).has(host);
}

/**
 * Whether a body comes with the request. In production Next hands every POST a body stream, empty or not, so the
 * headers decide: a length above zero, a chunked transfer, or (where no length is known, as for a Request built in
 * process) a declared type.
 */
function hasBody(request: Request): boolean {
  const length = request.headers.get("content-length");
  if (length !== null) return Number(length) > 0;
  return request.headers.has("transfer-encoding") || request.headers.has("content-type");
}

function isJson(request: Request): boolean {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}

/** Why a cookie-authenticated request may not go on, or undefined when it may. */
export function crossSiteRefusal(request: Request, publicOrigins: readonly string[] = []): string | undefined {
  if (!WRITES.has(request.method.toUpperCase())) return undefined;
  if (!fromOwnOrigin(request, publicOrigins)) return CROSS_SITE_MESSAGE;
  if (hasBody(request) && !isJson(request)) return NOT_JSON_MESSAGE;
  return undefined;
}
