import { isIP } from "node:net";
import { type Env, env } from "@/lib/core/env";

/** What `clientAddress` answers when nothing the server can trust names the client. */
export const UNKNOWN_ADDRESS = "unknown";

/**
 * The client's address for abuse limits, from a source the client cannot write:
 * - on Vercel (`VERCEL` set), the platform's own `x-vercel-forwarded-for`;
 * - behind `TRUSTED_PROXY_HOPS` = N reverse proxies of your own, the Nth entry from the right of
 *   `X-Forwarded-For`: each proxy appends the address it was called from, so the entries to the left of the one
 *   the outermost proxy wrote are whatever the client sent;
 * - otherwise "unknown". A route handler never sees the socket: Next.js puts the socket's address into
 *   `X-Forwarded-For` only when the request came without one, so that header proves nothing on its own, and the
 *   limits fall back to their per-account and deployment-wide budgets.
 */
export function clientAddress(headers: Headers, e: Env = env()): string {
  if (e.VERCEL) return parseAddress(headers.get("x-vercel-forwarded-for")?.split(",")[0]);
  if (e.TRUSTED_PROXY_HOPS) {
    const hops = (headers.get("x-forwarded-for") ?? "").split(",");
    // Fewer entries than trusted proxies: the request skipped one of them, so no entry can be believed.
    return parseAddress(hops[hops.length - e.TRUSTED_PROXY_HOPS]);
  }
  return UNKNOWN_ADDRESS;
}

const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/;
const BRACKETED_IPV6 = /^\[([^\]]+)\](?::\d+)?$/;

/** An IP address as a proxy wrote it (some add the port), or "unknown" for anything that is not one. */
function parseAddress(entry: string | undefined): string {
  const value = entry?.trim() ?? "";
  const address = value.match(IPV4_WITH_PORT)?.[1] ?? value.match(BRACKETED_IPV6)?.[1] ?? value;
  return isIP(address) ? address.toLowerCase() : UNKNOWN_ADDRESS;
}
